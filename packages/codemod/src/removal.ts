import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { indentAt, type TextEdit } from "./edits.js";
import { textFixer } from "./fixer.js";
import { MARKER, markerText, staleMarkers } from "./marker.js";

/** A follow-up to leave where a removed property stood. */
export interface Note {
  readonly code: string;
  readonly message: string;
}

/**
 * Edits that remove a property and keep every comment written on it (the codemod never drops
 * what it does not understand). A property with its line(s) to itself goes with its whole
 * lines, and its comments (trailing or inside it) stay there, each on a line of its own, after
 * the note when there is one; inline, they stay where the property stood, after the note. The
 * codemod's own follow-ups about the property go with it. `interior: false` drops the comments
 * inside the property: a moved property carries them in its text.
 */
export function removeWholeProperty(
  sourceCode: TSESLint.SourceCode,
  property: TSESTree.Property,
  note?: Note,
  { interior = true }: { interior?: boolean } = {},
): TextEdit[] {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(property);
  const before = sourceCode.getTokenBefore(property);
  const commaAfter = after?.value === "," ? after : undefined;
  const codeEnd = commaAfter ? commaAfter.range[1] : property.range[1];
  const lineStart = text.lastIndexOf("\n", property.range[0] - 1) + 1;
  const lineEnd = text.indexOf("\n", codeEnd);
  const next = sourceCode.getTokenAfter(commaAfter ?? property);
  const indent = indentAt(text, property.range[0]);
  const alone =
    lineEnd !== -1 &&
    text.slice(lineStart, property.range[0]).trim() === "" &&
    (next === null || next.range[0] > lineEnd) &&
    sourceCode.getAllComments().every((c) => c.range[0] < codeEnd || c.range[0] >= lineEnd || c.range[1] <= lineEnd);

  const edits: TextEdit[] = [];
  let range: [number, number];
  if (alone) {
    range = [lineStart, lineEnd + 1];
    // The last property loses the comma before it, as the code had none after its last one.
    if (!commaAfter && before?.value === ",") edits.push(textFixer.removeRange(before.range));
  } else if (commaAfter) {
    range = [property.range[0], codeEnd + /^[ \t]*/u.exec(text.slice(codeEnd))![0].length];
  } else if (before?.value === ",") {
    range = [before.range[0], property.range[1]];
  } else {
    range = [property.range[0], property.range[1]];
  }
  const kept = commentsIn(sourceCode, range).filter(
    (c) => !MARKER.test(c.value) && (interior || c.range[1] <= property.range[0] || c.range[0] >= property.range[1]),
  );
  const parts = [...(note ? [markerText(note.code, note.message, alone)] : []), ...kept.map((c) => ({ text: sourceCode.getText(c as never), line: c.type === "Line" }))];
  let replacement: string;
  if (alone) replacement = parts.map((p) => `${indent}${p.text}\n`).join("");
  else if (commaAfter || before?.value !== ",") replacement = parts.map((p) => p.text + (p.line ? `\n${indent}` : " ")).join("");
  else replacement = parts.map((p) => ` ${p.text}${p.line ? `\n${indent}` : ""}`).join("");
  edits.push(textFixer.replaceTextRange(range, replacement));
  // Follow-ups about this property left before it, outside the removed text, go too.
  edits.push(...staleMarkers(sourceCode, property).filter((e) => e.range[1] <= range[0] || e.range[0] >= range[1]));
  return edits;
}

/** The comments that lie wholly inside `[start, end)`. */
export function commentsIn(sourceCode: TSESLint.SourceCode, [start, end]: readonly [number, number]): TSESTree.Comment[] {
  return sourceCode.getAllComments().filter((c) => c.range[0] >= start && c.range[1] <= end);
}
