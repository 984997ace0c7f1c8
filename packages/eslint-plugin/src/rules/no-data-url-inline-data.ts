import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, memberName, staticKeyName, unwrap } from "@gemini-image/locator";
import { resolveBinding } from "@gemini-image/locator";
import { inputsOf, locateRequests, locatorContext, mayHoldRequests, nestedObjects, type LocatedRequest, type LocatorContext } from "@gemini-image/locator";
import { viewOf } from "@gemini-image/locator";
import { field } from "@gemini-image/locator";
import { staticText } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData } from "../util/report.js";

export type MessageIds = "dataUrl" | "url";
export type Options = [];

const MAX_DEPTH = 4;
const INLINE_DATA = /inline_?[dD]ata/u;
const INTERACTIONS = /interactions/u;

export default createRule<Options, MessageIds>({
  name: "no-data-url-inline-data",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `data:` URLs and http(s) URLs as `inlineData.data`",
      recommended: "recommended",
      severity: FINDINGS["data-url-inline-data"].severity,
    },
    messages: { dataUrl: "{{message}}", url: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // An interaction's image entry (`{ type: "image", data }`) is found through the locator: the
    // shape alone is other APIs' too (MCP, chat SDKs), so only located Gemini interactions count.
    const interactions = INTERACTIONS.test(context.sourceCode.text) && mayHoldRequests(context);
    if (!INLINE_DATA.test(context.sourceCode.text) && !interactions) return {};
    const ctx = locatorContext(context);
    /** Objects `x` on which the file calls `x.readAsDataURL(...)`: their `.result` is a data: URL. */
    const dataUrlReaders = new Set<string>();
    const inlineProperties: TSESTree.Property[] = [];

    return {
      CallExpression(node) {
        const object = calleeObject(node.callee);
        if (calleeName(node.callee) === "readAsDataURL" && object?.type === AST_NODE_TYPES.Identifier) dataUrlReaders.add(object.name);
      },
      // `{ inlineData: { mimeType, data } }` is Gemini's part shape in every client.
      Property(property) {
        const key = staticKeyName(property.key, property.computed);
        if (key === "inlineData" || key === "inline_data") inlineProperties.push(property);
      },
      // At the end, so a `readAsDataURL` call anywhere in the file is known.
      "Program:exit"() {
        for (const property of inlineProperties) {
          const inlineData = viewOf(ctx, property.value);
          const data = inlineData?.get("data");
          if (!data || !field(inlineData, "mimeType")) continue;
          report(data.value, {});
        }
        if (interactions) for (const request of locateRequests(context)) checkInteraction(request);
      },
    };

    function report(node: TSESTree.Node, words: { api?: "interactions" }): void {
      const kind = classify(ctx, node, dataUrlReaders, 0);
      if (kind === "data-url") context.report({ node, messageId: "dataUrl", data: findingData("data-url-inline-data", words) });
      else if (kind === "url") context.report({ node, messageId: "url", data: findingData("url-inline-data", words) });
    }

    /** The `data` of each image entry in an interaction's input (facts page "The Interactions API"). */
    function checkInteraction(request: LocatedRequest): void {
      if (request.shape !== "interactions") return;
      for (const input of inputsOf(request)) {
        for (const entry of nestedObjects(ctx, input)) {
          const type = entry.get("type");
          const data = entry.get("data");
          if (data && type && staticText(ctx, type.value) === "image") report(data.value, { api: "interactions" });
        }
      }
    }
  },
});

/** What a `data` value holds when it is visibly a URL rather than base64. */
function classify(ctx: LocatorContext, node: TSESTree.Node, readers: ReadonlySet<string>, depth: number): "data-url" | "url" | undefined {
  const value = unwrap(node);
  const text = staticText(ctx, value);
  if (text !== undefined) {
    if (text.startsWith("data:")) return "data-url";
    if (/^https?:\/\//u.test(text)) return "url";
  }
  if (value.type === AST_NODE_TYPES.CallExpression && calleeName(value.callee) === "toDataURL") return "data-url";
  if (value.type === AST_NODE_TYPES.MemberExpression && memberName(value) === "result") {
    const object = unwrap(value.object);
    if (object.type === AST_NODE_TYPES.Identifier && readers.has(object.name)) return "data-url";
  }
  if (value.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const binding = resolveBinding(ctx, value);
    return binding ? classify(ctx, binding.init, readers, depth + 1) : undefined;
  }
  return undefined;
}
