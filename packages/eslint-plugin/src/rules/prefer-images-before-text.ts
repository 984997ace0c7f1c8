import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import {
  inputsOf,
  locatorContext,
  mayHoldRequests,
  onRequests,
  partKind,
  removeProperty,
  resolveBinding,
  unwrap,
  viewOf,
  type LocatedRequest,
  type LocatorContext,
} from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "textBeforeImages" | "moveTextLast";
export type Options = [];

const MAX_DEPTH = 6;

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
    if (!mayHoldRequests(context)) return {};
    const { sourceCode } = context;
    const report = reportOnce(context);
    const ctx = locatorContext(context);

    function checkParts(array: TSESTree.ArrayExpression): void {
      const kinds = array.elements.map((element) => {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
        const part = viewOf(ctx, element);
        return part ? partKind(ctx, part) : undefined;
      });
      const firstText = kinds.indexOf("text");
      const lastImage = kinds.lastIndexOf("image");
      // Audio, PDF, text files and videos are inputs to read, not images to edit: their order is not ours.
      if (firstText === -1 || lastImage < firstText || kinds.includes("other")) return;
      const text = array.elements[firstText] as TSESTree.Expression;
      const last = array.elements.at(-1)!;
      // Reordering changes what the model reads first, so it is offered, not applied.
      report({
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
    }

    function check(request: LocatedRequest): void {
      // Only where the images are inputs of image generation (editing, references): elsewhere
      // Google's guidance for image understanding applies, which is not this plugin's business.
      if (request.classification.verdict !== "image") return;
      // Google's ordering advice is written for generateContent's parts; for an interaction's
      // input entries it is not stated, and a guess would be a false report.
      if (request.shape === "interactions") return;
      for (const input of inputsOf(request)) for (const array of partLists(ctx, input)) checkParts(array);
    }

    return onRequests(context, check);
  },
});

/**
 * The arrays that may hold parts: the input itself (`@google/genai` contents of parts, the
 * legacy SDK's array argument) and every `parts` of its Content objects, through local consts.
 */
function partLists(ctx: LocatorContext, node: TSESTree.Node, depth = 0): TSESTree.ArrayExpression[] {
  const value = unwrap(node);
  if (depth > MAX_DEPTH) return [];
  if (value.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(ctx, value);
    return binding ? partLists(ctx, binding.init, depth + 1) : [];
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression) {
    const lists = [value];
    for (const element of value.elements) {
      if (element && element.type !== AST_NODE_TYPES.SpreadElement) lists.push(...contentParts(ctx, element, depth + 1));
    }
    return lists;
  }
  return contentParts(ctx, value, depth + 1);
}

/** The part lists of one Content object (`{ role, parts }`). */
function contentParts(ctx: LocatorContext, node: TSESTree.Node, depth: number): TSESTree.ArrayExpression[] {
  const parts = viewOf(ctx, node)?.get("parts");
  return parts ? partLists(ctx, parts.value, depth) : [];
}
