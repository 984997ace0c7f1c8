import { FOLLOW_UP, followUpText, indentAt } from "@gemini-image/locator";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "./edits.js";
import { textFixer } from "./fixer.js";

/**
 * A follow-up comment the codemod left in the code: the locator's `FOLLOW_UP` marker and its
 * code (`// gemini-image(non-literal-size): …`). The report is read back from these comments,
 * so a second run reports what is still to do and adds nothing.
 */
export interface Marker {
  readonly code: string;
  readonly message: string;
  readonly line: number;
}

/** Every follow-up comment in the file. */
export function markersIn(sourceCode: TSESLint.SourceCode): Marker[] {
  return sourceCode.getAllComments().flatMap((comment) => {
    const match = FOLLOW_UP.exec(comment.value);
    return match ? [{ code: match[1]!, message: match[2]!.replace(/\s*\n\s*\/\/\s*/gu, " ").trim(), line: comment.loc.start.line }] : [];
  });
}

/** True when this very follow-up (code and words) already sits right before `node`. */
export function hasMarker(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, code: string, message: string): boolean {
  return sourceCode.getCommentsBefore(node).some((comment) => {
    const match = FOLLOW_UP.exec(comment.value);
    return match?.[1] === code && [message, message.replaceAll("*/", "* /")].some((m) => match[2]!.trim() === m.trim());
  });
}

/**
 * A comment before `node` that tells a person what to do: a line comment on its own line
 * when the node starts a line, a block comment otherwise. Nothing when one is already there.
 */
export function markerBefore(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, code: string, message: string): TextEdit[] {
  if (hasMarker(sourceCode, node, code, message)) return [];
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf("\n", node.range[0] - 1) + 1;
  const startsLine = text.slice(lineStart, node.range[0]).trim() === "";
  if (startsLine) {
    const indent = indentAt(text, node.range[0]);
    return [textFixer.insertTextBeforeRange([lineStart, lineStart], `${indent}${followUpText(code, message, true).text}\n`)];
  }
  return [textFixer.insertTextBefore(node, `${followUpText(code, message, false).text} `)];
}

/**
 * A node's code for quoting in a follow-up: on one line, without the comments inside it (they
 * stay in the code; a copy in the note would end a block comment early or double the comment).
 */
export function quotedCode(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  let text = "";
  let cursor = node.range[0];
  for (const comment of sourceCode.getAllComments()) {
    if (comment.range[0] < node.range[0] || comment.range[1] > node.range[1]) continue;
    text += sourceCode.text.slice(cursor, comment.range[0]);
    cursor = comment.range[1];
  }
  return (text + sourceCode.text.slice(cursor, node.range[1])).replace(/\s+/gu, " ");
}
