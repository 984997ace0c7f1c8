import { modalityOf } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, memberName, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { fullText, literalBehind } from "./static-text.js";

/** One element of a `responseModalities` list. */
export interface ModalityElement {
  readonly node: TSESTree.Node;
  /** The value as written (`"image"`, `"IMAGE"` for `Modality.IMAGE`); `undefined` when not known. */
  readonly value: string | undefined;
  /** The string literal holding the value, when a fix can edit it. */
  readonly literal: TSESTree.StringLiteral | undefined;
}

const MAX_DEPTH = 4;
/** `Modality` of `@google/genai` (also reached as `genai.Modality`, `types.Modality`). */
const MODALITY_ENUM = /Modality$/u;

/**
 * The elements of a `responseModalities` value: an array literal, directly or through a local
 * const, whose elements are strings (through consts) or enum members (`Modality.IMAGE`, whose
 * value in `@google/genai` is the member's name). `undefined` when the value is not an array
 * the locator can read; spreads and run-time elements are elements of unknown value.
 */
export function modalityElements(ctx: LocatorContext, node: TSESTree.Node, depth = 0): ModalityElement[] | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const binding = resolveBinding(ctx, value);
    return binding ? modalityElements(ctx, binding.init, depth + 1) : undefined;
  }
  if (value.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  return value.elements.map((element): ModalityElement => {
    if (!element) return { node: value, value: undefined, literal: undefined };
    if (element.type === AST_NODE_TYPES.SpreadElement) return { node: element, value: undefined, literal: undefined };
    return { node: element, value: fullText(ctx, element) ?? enumMember(element), literal: literalBehind(ctx, element) };
  });
}

/** The member name of `Modality.IMAGE` when it names a modality; `undefined` otherwise. */
function enumMember(node: TSESTree.Node): string | undefined {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(current);
  const object = calleeName(current.object);
  return name !== undefined && object !== undefined && MODALITY_ENUM.test(object) && modalityOf(name) === name ? name : undefined;
}
