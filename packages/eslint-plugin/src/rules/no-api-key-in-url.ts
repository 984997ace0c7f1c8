import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { locatorContext } from "@gemini-image/locator";
import { isGeminiInteractionsUrl, isGenerateContentUrl } from "@gemini-image/locator";
import { staticText } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData } from "../util/report.js";

export type MessageIds = "keyInUrl";
export type Options = [];

const KEY_PARAM = /[?&]key=/u;

export default createRule<Options, MessageIds>({
  name: "no-api-key-in-url",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow the API key in the query of a generateContent or Interactions URL",
      recommended: "recommended",
      severity: FINDINGS["key-in-url"].severity,
    },
    messages: { keyInUrl: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    if (!KEY_PARAM.test(context.sourceCode.text)) return {};
    const ctx = locatorContext(context);

    const checked = new Set<TSESTree.Node>();

    /**
     * Checks the outermost string expression around a piece of text holding `key=`, once: a URL
     * built as `base + "?key=" + k` or `${base}?key=${k}` is one URL. Climbing from the literal
     * costs only the pieces that hold `key=`, where a listener on every `+` would read the text
     * of each nested concatenation again.
     */
    function check(piece: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      let node: TSESTree.Node = piece;
      while (
        node.parent &&
        (node.parent.type === AST_NODE_TYPES.TemplateLiteral ||
          (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === "+"))
      ) {
        node = node.parent;
      }
      if (checked.has(node)) return;
      checked.add(node);
      const text = staticText(ctx, node);
      // File download URLs (no :generateContent, no /interactions) need the key in the query and are left alone.
      if (text === undefined || !KEY_PARAM.test(text) || !(isGenerateContentUrl(text) || isGeminiInteractionsUrl(text))) return;
      context.report({ node, messageId: "keyInUrl", data: findingData("key-in-url", {}) });
    }

    return {
      Literal(node) {
        if (typeof node.value === "string" && node.value.includes("key=")) check(node);
      },
      TemplateLiteral(node) {
        if (node.quasis.some((quasi) => quasi.value.raw.includes("key="))) check(node);
      },
    };
  },
});
