import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, memberName, staticKeyName, unwrap } from "@gemini-image/locator";
import { resolveBinding } from "@gemini-image/locator";
import { locatorContext, type LocatorContext } from "@gemini-image/locator";
import { viewOf } from "@gemini-image/locator";
import { field } from "@gemini-image/locator";
import { staticText } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData } from "../util/report.js";

export type MessageIds = "dataUrl" | "url";
export type Options = [];

const MAX_DEPTH = 4;
const INLINE_DATA = /inline_?[dD]ata/u;

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
    if (!INLINE_DATA.test(context.sourceCode.text)) return {};
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
          const kind = classify(ctx, data.value, dataUrlReaders, 0);
          if (kind === "data-url") context.report({ node: data.value, messageId: "dataUrl", data: findingData("data-url-inline-data", {}) });
          else if (kind === "url") context.report({ node: data.value, messageId: "url", data: findingData("url-inline-data", {}) });
        }
      },
    };
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
