import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, staticKeyName, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { modelFromSettings, modelFromUrl } from "./model.js";
import { viewOf, type ObjectView } from "./object-view.js";
import { staticText } from "./static-text.js";
import type { FoundRequest } from "./types.js";

const GENERATE_CONTENT_URL = /:(?:generateContent|streamGenerateContent)\b/u;

/** True when a URL text ends in a generateContent method (`…/models/<id>:generateContent`). */
export function isGenerateContentUrl(text: string | undefined): text is string {
  return text !== undefined && GENERATE_CONTENT_URL.test(text);
}

/** Option keys that carry the body: fetch/undici `body`, ky/got `json`, axios `data`. */
const BODY_KEYS = ["body", "json", "data"] as const;

/**
 * A REST generateContent request sent by a call: `fetch(url, { body })`, `axios.post(url, data)`,
 * `axios({ url, data })`, `ky.post(url, { json })`, `got.post(url, { json })`,
 * `undici.request(url, { body })`, and any wrapper whose first argument is a visible
 * generateContent URL (`fetchWithRetry(url, { body })`).
 */
export function locateHttpRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | undefined {
  const [first, second] = call.arguments;
  if (ctx.mayHaveUrls === false) return undefined;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;

  let urlNode: TSESTree.Node | undefined;
  let body: ObjectView | undefined;
  const firstText = staticText(ctx, first);
  if (isGenerateContentUrl(firstText)) {
    urlNode = first;
    if (second && second.type !== AST_NODE_TYPES.SpreadElement) body = bodyFromOptions(ctx, second);
  } else {
    // axios({ url, data }) and axios.request({ url, data }); most calls have no such object.
    if (!hasUrlKey(ctx, first)) return undefined;
    const config = viewOf(ctx, first);
    const url = config?.get("url");
    if (!config || !url || !isGenerateContentUrl(staticText(ctx, url.value))) return undefined;
    urlNode = url.value;
    body = bodyFromOptions(ctx, first);
  }
  if (!body) return undefined;

  const url = staticText(ctx, urlNode)!;
  return {
    shape: "rest",
    api: calleeName(call.callee) ?? "call",
    origin: "call",
    node: call,
    root: body,
    model: modelFromUrl(url, urlNode, ctx) ?? modelFromSettings(ctx),
    url,
  };
}

/**
 * The body inside request options (`{ method, headers, body }`), or the options themselves when
 * they are the body (`axios.post(url, body)`).
 */
function bodyFromOptions(ctx: LocatorContext, node: TSESTree.Node): ObjectView | undefined {
  const options = viewOf(ctx, node);
  if (!options) return undefined;
  if (options.get("contents") || options.get("generationConfig") || options.get("generation_config")) return options;
  for (const key of BODY_KEYS) {
    const entry = options.get(key);
    if (entry) return viewOf(ctx, unwrap(entry.value));
  }
  return undefined;
}

/** True when the argument is an object literal (or a const holding one) with a `url` key. */
function hasUrlKey(ctx: LocatorContext, node: TSESTree.Node): boolean {
  let value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = resolveBinding(ctx, value)?.init;
    if (!init) return false;
    value = unwrap(init);
  }
  return (
    value.type === AST_NODE_TYPES.ObjectExpression &&
    value.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && staticKeyName(property.key, property.computed) === "url",
    )
  );
}
