import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { applyEdits, type TextEdit } from "../edits.js";

/** A piece of the interaction written out, or why the codemod will not write it. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = (reason: string): Outcome<never> => ({ ok: false, reason });

/** The first refusal among outcomes, or all their values. */
export function all<T>(outcomes: readonly Outcome<T>[]): Outcome<T[]> {
  const values: T[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) return outcome;
    values.push(outcome.value);
  }
  return done(values);
}

/**
 * A node's text with `edits` (which lie inside it) applied: a rebuilt value keeps the comments
 * and layout of what it does not change.
 */
export function editedText(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, edits: readonly TextEdit[]): string {
  const [start, end] = node.range;
  const shifted = edits.map((edit) => ({ range: [edit.range[0] - start, edit.range[1] - start] as const, text: edit.text }));
  return applyEdits(sourceCode.text.slice(start, end), shifted);
}

/** A node's code on one line, for a follow-up message. */
export function brief(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/gu, " ");
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
