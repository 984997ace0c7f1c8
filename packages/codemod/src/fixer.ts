import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "./edits.js";

type Ranged = TSESTree.Node | TSESTree.Token;

/**
 * ESLint's RuleFixer, producing plain text edits: the checks and fixes shared with the ESLint
 * rules (the locator's `fixes/`, `FindingFix`) then write the same edits in the codemod.
 */
export const textFixer: TSESLint.RuleFixer = {
  insertTextAfter: (node: Ranged, text: string) => edit(node.range[1], node.range[1], text),
  insertTextAfterRange: (range: TSESTree.Range, text: string) => edit(range[1], range[1], text),
  insertTextBefore: (node: Ranged, text: string) => edit(node.range[0], node.range[0], text),
  insertTextBeforeRange: (range: TSESTree.Range, text: string) => edit(range[0], range[0], text),
  remove: (node: Ranged) => edit(node.range[0], node.range[1], ""),
  removeRange: (range: TSESTree.Range) => edit(range[0], range[1], ""),
  replaceText: (node: Ranged, text: string) => edit(node.range[0], node.range[1], text),
  replaceTextRange: (range: TSESTree.Range, text: string) => edit(range[0], range[1], text),
};

function edit(start: number, end: number, text: string): TextEdit & TSESLint.RuleFix {
  return { range: [start, end], text };
}
