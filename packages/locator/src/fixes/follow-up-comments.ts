import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/**
 * Every follow-up the codemod leaves is a comment starting with this marker and its code:
 * `// gemini-image(non-literal-size): …`. The shared fixes know it too: a fix that resolves what
 * such a comment asked for removes the comment with the code it was about.
 */
export const FOLLOW_UP = /^\s*gemini-image\(([a-z-]+)\):\s*(.*)$/su;

/** A follow-up comment's text: a line comment, or a block comment that cannot end early. */
export function followUpText(code: string, message: string, line: boolean): { readonly text: string; readonly line: boolean } {
  return line ? { text: `// gemini-image(${code}): ${message}`, line } : { text: `/* gemini-image(${code}): ${message.replaceAll("*/", "* /")} */`, line };
}

/**
 * Edits that delete the follow-up comments right before `node`: when a later run resolves
 * what a comment asked for (say, `--model` now maps the size), the comment goes with it.
 */
export function staleFollowUps(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESLint.RuleFix[] {
  const text = sourceCode.text;
  return sourceCode
    .getCommentsBefore(node)
    .filter((comment) => FOLLOW_UP.test(comment.value))
    .map((comment) => {
      const lineStart = text.lastIndexOf("\n", comment.range[0] - 1) + 1;
      const lineEnd = text.indexOf("\n", comment.range[1]);
      const alone = text.slice(lineStart, comment.range[0]).trim() === "" && text.slice(comment.range[1], lineEnd).trim() === "";
      if (alone && lineEnd !== -1) return fixer.removeRange([lineStart, lineEnd + 1]);
      // A block comment inline: take the space after it too.
      const end = text[comment.range[1]] === " " ? comment.range[1] + 1 : comment.range[1];
      return fixer.removeRange([comment.range[0], end]);
    });
}
