import { FINDINGS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import {
  assignedValues,
  inputsOf,
  locatorContext,
  mayHoldRequests,
  onRequests,
  removeProperty,
  resolveBinding,
  unwrap,
  viewOf,
  type LocatedRequest,
  type LocatorContext,
} from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { elementKind } from "../util/element-kind.js";
import { pushedElements, type PushedElement } from "../util/pushed-elements.js";
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
      const kinds = array.elements.map((element) => (!element || element.type === AST_NODE_TYPES.SpreadElement ? undefined : elementKind(ctx, element)));
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

    /**
     * A part list built with `.push(...)`: reported when a text part every run adds comes
     * before an image part. Reordering statements is the author's call, so no suggestion.
     */
    function checkPushed(elements: readonly PushedElement[]): void {
      const kinds = elements.map((element) => elementKind(ctx, element.node));
      const firstText = elements.findIndex((element, i) => element.always && kinds[i] === "text");
      if (firstText === -1 || kinds.lastIndexOf("image") < firstText || kinds.includes("other")) return;
      report({ node: elements[firstText]!.node, messageId: "textBeforeImages", data: findingData("text-before-images", {}) });
    }

    function check(request: LocatedRequest): void {
      // Only where the images are inputs of image generation (editing, references): elsewhere
      // Google's guidance for image understanding applies, which is not this plugin's business.
      if (request.classification.verdict !== "image") return;
      const pushed: PushedElement[][] = [];
      for (const input of inputsOf(request)) for (const array of partLists(ctx, input, { sentBy: request.node, pushed })) checkParts(array);
      for (const elements of pushed) checkPushed(elements);
    }

    return onRequests(context, check);
  },
});

/**
 * The arrays that may hold parts: the input itself (`@google/genai` contents of parts, the
 * legacy SDK's array argument) and every `parts` of its Content objects, through local consts
 * and the values a local `let` is assigned; arrays extended with `.push` go to `found.pushed`.
 */
function partLists(ctx: LocatorContext, node: TSESTree.Node, found: Found, depth = 0): TSESTree.ArrayExpression[] {
  const value = unwrap(node);
  if (depth > MAX_DEPTH) return [];
  if (value.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(ctx, value);
    if (binding) {
      const elements = pushedElements(ctx, value, found.sentBy);
      if (elements) found.pushed.push(elements);
      return partLists(ctx, binding.init, found, depth + 1);
    }
    // A `let` assigned in branches (`let contents; if (ref) contents = [text, image]; else
    // contents = prompt;`): each value is what one branch sends, so each list is checked.
    return assignedValues(ctx, value)?.values.flatMap((assigned) => partLists(ctx, assigned, found, depth + 1)) ?? [];
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression) {
    const lists = [value];
    for (const element of value.elements) {
      if (element && element.type !== AST_NODE_TYPES.SpreadElement) lists.push(...contentParts(ctx, element, found, depth + 1));
    }
    return lists;
  }
  return contentParts(ctx, value, found, depth + 1);
}

/** What `partLists` gathers besides literal arrays: the lists built with `.push`, and the call that sends them. */
interface Found {
  readonly sentBy: TSESTree.Node;
  readonly pushed: PushedElement[][];
}

/** The part lists of one Content object (`{ role, parts }`). */
function contentParts(ctx: LocatorContext, node: TSESTree.Node, found: Found, depth: number): TSESTree.ArrayExpression[] {
  const parts = viewOf(ctx, node)?.get("parts");
  return parts ? partLists(ctx, parts.value, found, depth) : [];
}
