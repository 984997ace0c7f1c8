import type { FieldEntry } from "@gemini-image/locator";
import type { TSESLint } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { EditGroup } from "./types.js";

/**
 * The edit that writes `fix` over a value written right here as a string literal, in the
 * literal's own quotes. The fix itself comes from the protocol check the ESLint rule runs
 * (`imageSizeFinding`, `aspectRatioFinding`), so `eslint --fix` and `migrate` write the same value.
 */
export function replaceLiteral(sourceCode: TSESLint.SourceCode, entry: FieldEntry | undefined, fix: (text: string) => string | undefined): EditGroup[] {
  const value = entry?.value;
  if (value?.type !== AST_NODE_TYPES.Literal || typeof value.value !== "string") return [];
  const fixed = fix(value.value);
  if (fixed === undefined || fixed === value.value) return [];
  const quote = sourceCode.getText(value).startsWith("'") ? "'" : '"';
  return [[{ range: value.range, text: `${quote}${fixed}${quote}` }]];
}
