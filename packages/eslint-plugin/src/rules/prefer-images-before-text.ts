import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { staticKeyName, unwrap } from "@gemini-image/locator";
import { locatorContext } from "@gemini-image/locator";
import { viewOf } from "@gemini-image/locator";
import { partKind } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeProperty } from "@gemini-image/locator";
import { findingData } from "../util/report.js";

const IMAGE_PART = /inline_?[dD]ata|file_?[dD]ata/u;

export type MessageIds = "textBeforeImages" | "moveTextLast";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "prefer-images-before-text",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require image parts before the text prompt in Gemini `parts`",
      recommended: "strict",
      severity: FINDINGS["text-before-images"].severity,
    },
    hasSuggestions: true,
    messages: {
      textBeforeImages: "{{message}}",
      moveTextLast: "Move the text part after the images.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // Without an image part there is nothing to order.
    if (!IMAGE_PART.test(sourceCode.text)) return {};
    const ctx = locatorContext(context);
    return {
      // `parts: [...]`, or @google/genai `contents: [...]` holding parts directly.
      Property(property) {
        const key = staticKeyName(property.key, property.computed);
        if (key !== "parts" && key !== "contents") return;
        const array = unwrap(property.value);
        if (array.type !== AST_NODE_TYPES.ArrayExpression) return;
        const kinds = array.elements.map((element) => {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
          const part = viewOf(ctx, element);
          return part ? partKind(part) : undefined;
        });
        const firstText = kinds.indexOf("text");
        const lastImage = kinds.lastIndexOf("image");
        if (firstText === -1 || lastImage < firstText) return;
        const text = array.elements[firstText] as TSESTree.Expression;
        const last = array.elements.at(-1)!;
        // Reordering changes what the model reads first, so it is offered, not applied.
        context.report({
          node: text,
          messageId: "textBeforeImages",
          data: findingData("text-before-images", {}),
          suggest: [
            {
              messageId: "moveTextLast",
              fix: (fixer) => [removeProperty(fixer, sourceCode, text), fixer.insertTextAfter(last, `, ${sourceCode.getText(text)}`)],
            },
          ],
        });
      },
    };
  },
});
