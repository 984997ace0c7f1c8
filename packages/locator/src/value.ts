import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "./ast.js";
import type { LocatorContext } from "./context.js";
import { fullText } from "./static-text.js";

/** A field value the locator can read: a string (through consts and templates) or a number literal. */
export interface KnownValue {
  /** The value as a message shows it: `"1k"` quoted, `1024` bare. */
  readonly shown: string;
  readonly text: string;
  readonly kind: "string" | "number";
  /** True when the value is written right here as a literal, so a fix can replace it. */
  readonly literal: boolean;
}

/** Reads a field value, or `undefined` when it is computed at run time. */
export function knownValue(ctx: LocatorContext, node: TSESTree.Node): KnownValue | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === "number") {
    return { shown: String(value.value), text: String(value.value), kind: "number", literal: true };
  }
  const text = fullText(ctx, value);
  if (text === undefined) return undefined;
  const literal = value.type === AST_NODE_TYPES.Literal || (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0);
  return { shown: `"${text}"`, text, kind: "string", literal };
}
