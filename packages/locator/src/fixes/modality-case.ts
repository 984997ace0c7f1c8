import { interactionModalityCase, modalityProblems } from "@gemini-image/protocol";
import type { TSESTree } from "@typescript-eslint/utils";
import type { LocatorContext } from "../context.js";
import { apiOfRequest } from "../interactions.js";
import { modalityElements } from "../modality-values.js";
import { configOf, field } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import type { FindingFix } from "./types.js";

/** A modality written in another case than its API documents (`response-modality-case`). */
export interface ModalityCaseCheck {
  /** The element of the list, where the finding is reported. */
  readonly node: TSESTree.Node;
  readonly value: string;
  /** The documented spelling: uppercase for generateContent, lowercase for an interaction. */
  readonly expected: string;
  /** The field as the message names it, for an interaction (`response_modalities`, the AI SDK's `responseModalities`). */
  readonly field: string | undefined;
  /** Writes `expected` into the string literal that holds the value; `undefined` when none does. */
  readonly fix: FindingFix | undefined;
  /**
   * True when that literal is the list's element itself. A literal behind a const may be read
   * elsewhere too: `require-image-modality` offers the edit as a suggestion either way, `migrate`
   * applies it only here.
   */
  readonly inPlace: boolean;
}

/**
 * The `response-modality-case` findings of an image request, each with the fix that writes the
 * documented spelling, for `require-image-modality` (a suggestion) and `migrate` (applied):
 * generateContent's values in uppercase, as the protocol's `modalityProblems` judges them; an
 * interaction's (and the AI SDK's `google.interactions` options') in lowercase, Google's spelling
 * there (facts page "The Interactions API"; the other case is UNCONFIRMED, so a warning).
 */
export function modalityCaseChecks(ctx: LocatorContext, request: LocatedRequest): ModalityCaseCheck[] {
  if (request.classification.verdict !== "image") return [];
  // generateImage sets responseModalities itself.
  if (request.shape === "ai-sdk" && request.api === "generateImage") return [];
  const interactions = apiOfRequest(request) === "interactions";
  const aiSdk = request.shape === "ai-sdk";
  const name = interactions && !aiSdk ? "response_modalities" : "responseModalities";
  const entry = interactions && !aiSdk ? request.root.get(name) : field(configOf(request), name);
  const elements = entry && modalityElements(ctx, entry.value);
  if (!elements) return [];
  const check = (element: (typeof elements)[number], value: string, expected: string): ModalityCaseCheck => {
    const { literal } = element;
    return {
      node: element.node,
      value,
      expected,
      field: interactions ? name : undefined,
      fix: literal ? (fixer) => fixer.replaceText(literal, `${literal.raw[0]}${expected}${literal.raw[0]}`) : undefined,
      // Inside the element (`"image"`, `"image" as const`), not behind a const it names.
      inPlace: literal !== undefined && literal.range[0] >= element.node.range[0] && literal.range[1] <= element.node.range[1],
    };
  };
  if (interactions) {
    return elements.flatMap((element) => {
      const expected = element.value === undefined ? undefined : interactionModalityCase(element.value);
      return expected === undefined ? [] : [check(element, element.value!, expected)];
    });
  }
  return modalityProblems(
    elements.map((e) => e.value),
    request.classification,
  ).flatMap((problem) => (problem.id === "response-modality-case" ? [check(elements[problem.index]!, problem.value, problem.expected)] : []));
}
