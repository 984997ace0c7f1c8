import type { TSESLint } from "@typescript-eslint/utils";

/**
 * The edits that fix one finding, written once for both tools: the ESLint rule hands it
 * ESLint's fixer (it is a `ReportFixFunction`), the codemod its `textFixer`, so `eslint --fix`
 * and `migrate` write the same code.
 */
export type FindingFix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/** The edits of a fix as one list, whatever the fix returned. */
export function fixEdits(fix: FindingFix, fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] {
  const result = fix(fixer);
  return Array.isArray(result) ? result : [result];
}
