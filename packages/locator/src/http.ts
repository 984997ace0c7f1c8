import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, staticKeyName, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { isGeminiInteraction, isInteractionsUrl } from "./interactions.js";
import { modelCandidates, modelChoice, modelSegment, modelsFromUrl, orSettings, type ModelChoice } from "./model.js";
import { viewOf, viewsOf, type ObjectView } from "./object-view.js";
import { staticText } from "./static-text.js";
import type { FoundRequest } from "./types.js";
import { argumentFor, callSites, forwardedParameter } from "./wrapper.js";

const GENERATE_CONTENT_URL = /:(?:generateContent|streamGenerateContent)\b/u;

/** True when a URL text ends in a generateContent method (`…/models/<id>:generateContent`). */
export function isGenerateContentUrl(text: string | undefined): text is string {
  return text !== undefined && GENERATE_CONTENT_URL.test(text);
}

/** True when a URL text is a generateContent or an Interactions URL. */
function isRequestUrl(text: string | undefined): text is string {
  return isGenerateContentUrl(text) || isInteractionsUrl(text);
}

/** Option keys that carry the body: fetch/undici `body`, ky/got `json`, axios `data`. */
const BODY_KEYS = ["body", "json", "data"] as const;

/**
 * A REST generateContent or Interactions request sent by a call: `fetch(url, { body })`, `axios.post(url, data)`,
 * `axios({ url, data })`, `ky.post(url, { json })`, `got.post(url, { json })`,
 * `undici.request(url, { body })`, and any wrapper whose first argument is a visible
 * generateContent or Interactions URL (`fetchWithRetry(url, { body })`). The first of
 * `locateHttpRequests`.
 */
export function locateHttpRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | undefined {
  return locateHttpRequests(ctx, call)[0];
}

/**
 * Every request a REST call may send: one per body when the body is assigned in branches, and
 * one per call site when the body is a parameter of a function in this file
 * (`function send(payload) { return fetch(URL, { body: JSON.stringify(payload) }); }`,
 * `this.post(body)` in a class): those requests are the call sites, with the URL seen inside.
 * A POST to `…/interactions` is an `interactions` request, its model read from the body's
 * `model`, and only when something says it is Gemini's (`isGeminiInteraction`).
 */
export function locateHttpRequests(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest[] {
  const [first, second] = call.arguments;
  if (ctx.mayHaveUrls === false) return [];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return [];

  let urlNode: TSESTree.Node | undefined;
  let options: TSESTree.Node | undefined;
  const firstText = staticText(ctx, first);
  if (isRequestUrl(firstText)) {
    urlNode = first;
    if (second && second.type !== AST_NODE_TYPES.SpreadElement) options = second;
  } else {
    // axios({ url, data }) and axios.request({ url, data }); most calls have no such object.
    if (!hasUrlKey(ctx, first)) return [];
    const config = viewOf(ctx, first);
    const url = config?.get("url");
    if (!config || !url || !isRequestUrl(staticText(ctx, url.value))) return [];
    urlNode = url.value;
    options = first;
  }
  if (!options) return [];

  const url = staticText(ctx, urlNode)!;
  const api = calleeName(call.callee) ?? "call";
  const interactions = isInteractionsUrl(url);
  const isBody = interactions ? isInteractionsBody : isGenerateContentBody;
  const request = (node: TSESTree.Node, root: ObjectView, model: ModelChoice, name = api): FoundRequest => ({
    shape: interactions ? "interactions" : "rest",
    api: name,
    origin: "call",
    node,
    root,
    ...orSettings(ctx, model),
    url,
  });
  const found = bodiesFromOptions(ctx, options, isBody);
  if (interactions) {
    // The model is in the body; the URL names none.
    const gemini = (root: ObjectView) => isGeminiInteraction(ctx, modelProperty(ctx, root), url);
    if (found.bodies.length > 0) return found.bodies.filter(gemini).map((root) => request(call, root, modelProperty(ctx, root) ?? { model: undefined }));
  } else if (found.bodies.length > 0) {
    return found.bodies.map((root) => request(call, root, modelsFromUrl(ctx, url, urlNode)));
  }

  const forwarded = found.forwarded && forwardedParameter(ctx, found.forwarded);
  if (!forwarded) return [];
  // The model may be a parameter of the same wrapper too (`send(model, body)`).
  const segment = modelSegment(ctx, urlNode);
  const modelParameter = segment && forwardedParameter(ctx, segment);
  const requests: FoundRequest[] = [];
  for (const site of callSites(ctx, forwarded.fn)) {
    const argument = argumentFor(site, forwarded.index);
    if (!argument) continue;
    const modelArgument = modelParameter && modelParameter.fn === forwarded.fn ? argumentFor(site, modelParameter.index) : undefined;
    const urlModel = modelArgument ? modelChoice(modelCandidates(ctx, modelArgument, "url")) : interactions ? undefined : modelsFromUrl(ctx, url, urlNode);
    const bodies = found.forwardedOptions ? bodiesFromOptions(ctx, argument, isBody).bodies : viewsOf(ctx, argument).filter(isBody);
    for (const root of bodies) {
      const model = urlModel ?? modelProperty(ctx, root) ?? { model: undefined };
      if (interactions && !isGeminiInteraction(ctx, model, url)) continue;
      // What the wrapper adds to its parameter (`payload.generationConfig = …`) is part of the body.
      if (!found.forwardedOptions) for (const mutation of forwarded.usage.mutations) root.addMutation(mutation);
      if (forwarded.usage.escapes || (found.forwardedOptions && forwarded.usage.mutations.length > 0)) root.mayHaveUnknownKeys = true;
      requests.push(request(site, root, model, calleeName(site.callee)));
    }
  }
  return requests;
}

/** True when an object has the keys of a generateContent body. */
function isGenerateContentBody(view: ObjectView): boolean {
  return Boolean(view.get("contents") || view.get("generationConfig") || view.get("generation_config"));
}

/** True when an object has the keys of an Interactions body (a model's or an agent's). */
function isInteractionsBody(view: ObjectView): boolean {
  return Boolean(view.get("model") || view.get("input") || view.get("response_format") || view.get("agent"));
}

/**
 * The bodies inside request options (`{ method, headers, body }`), or the options themselves when
 * they are the body (`axios.post(url, body)`); `forwarded` is the expression to follow to the
 * callers when the body (or, with `forwardedOptions`, the whole options object) is a parameter.
 */
function bodiesFromOptions(
  ctx: LocatorContext,
  node: TSESTree.Node,
  isBody: (view: ObjectView) => boolean,
): { bodies: ObjectView[]; forwarded?: TSESTree.Node; forwardedOptions?: boolean } {
  const options = viewOf(ctx, node);
  if (!options) {
    const bodies = viewsOf(ctx, node).filter(isBody);
    return bodies.length > 0 ? { bodies } : { bodies, forwarded: node, forwardedOptions: true };
  }
  if (isBody(options)) return { bodies: [options] };
  for (const key of BODY_KEYS) {
    const entry = options.get(key);
    if (entry) {
      const bodies = viewsOf(ctx, unwrap(entry.value));
      return bodies.length > 0 ? { bodies } : { bodies, forwarded: entry.value };
    }
  }
  return { bodies: [] };
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
