import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { FOLLOW_UP, followUpText, staleFollowUps } from "./follow-up-comments.js";
import { indentAt } from "./layout.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

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
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  removed: TSESTree.Property | readonly TSESTree.Property[],
  note?: Note,
  { interior = true }: { interior?: boolean } = {},
): TSESLint.RuleFix[] {
  // Neighbours go as one span, so the comma between them is not removed twice.
  const run = Array.isArray(removed) ? (removed as readonly TSESTree.Property[]) : [removed as TSESTree.Property];
  const property = { range: [run[0]!.range[0], run.at(-1)!.range[1]] as const };
  const last = run.at(-1)!;
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(last);
  const before = sourceCode.getTokenBefore(run[0]!);
  const commaAfter = after?.value === "," ? after : undefined;
  const codeEnd = commaAfter ? commaAfter.range[1] : property.range[1];
  const lineStart = text.lastIndexOf("\n", property.range[0] - 1) + 1;
  const lineEnd = text.indexOf("\n", codeEnd);
  const next = sourceCode.getTokenAfter(commaAfter ?? last);
  const indent = indentAt(text, property.range[0]);
  const alone =
    lineEnd !== -1 &&
    text.slice(lineStart, property.range[0]).trim() === "" &&
    (next === null || next.range[0] > lineEnd) &&
    sourceCode.getAllComments().every((c) => c.range[0] < codeEnd || c.range[0] >= lineEnd || c.range[1] <= lineEnd);

  const edits: TSESLint.RuleFix[] = [];
  let range: [number, number];
  if (alone) {
    range = [lineStart, lineEnd + 1];
    // The last property loses the comma before it, as the code had none after its last one.
    if (!commaAfter && before?.value === ",") edits.push(fixer.removeRange(before.range));
  } else if (commaAfter) {
    range = [property.range[0], codeEnd + /^[ \t]*/u.exec(text.slice(codeEnd))![0].length];
  } else if (before?.value === ",") {
    range = [before.range[0], property.range[1]];
  } else {
    range = [property.range[0], property.range[1]];
  }
  const kept = commentsIn(sourceCode, range).filter(
    (c) => !FOLLOW_UP.test(c.value) && (interior || !run.some((p) => c.range[0] >= p.range[0] && c.range[1] <= p.range[1])),
  );
  const parts = [...(note ? [followUpText(note.code, note.message, alone)] : []), ...kept.map((c) => ({ text: sourceCode.getText(c as never), line: c.type === "Line" }))];
  let replacement: string;
  if (alone) replacement = parts.map((p) => `${indent}${p.text}\n`).join("");
  else if (commaAfter || before?.value !== ",") replacement = parts.map((p) => p.text + (p.line ? `\n${indent}` : " ")).join("");
  else replacement = parts.map((p) => ` ${p.text}${p.line ? `\n${indent}` : ""}`).join("");
  edits.push(fixer.replaceTextRange(range, replacement));
  // Follow-ups about this property left before it, outside the removed text, go too.
  edits.push(...run.flatMap((p) => staleFollowUps(fixer, sourceCode, p)).filter((e) => e.range[1] <= range[0] || e.range[0] >= range[1]));
  return edits;
}

/** Removes properties, neighbours in one object together (see removeWholeProperty). */
export function removeProperties(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  properties: readonly TSESTree.Property[],
  options: { interior?: boolean } = {},
): TSESLint.RuleFix[] {
  const runs: TSESTree.Property[][] = [];
  const indexOf = (p: TSESTree.Property): number => (p.parent as TSESTree.ObjectExpression).properties.indexOf(p);
  for (const p of [...properties].sort((a, b) => a.range[0] - b.range[0])) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.parent === p.parent && indexOf(p) === indexOf(previous) + 1) run.push(p);
    else runs.push([p]);
  }
  return runs.flatMap((run) => removeWholeProperty(fixer, sourceCode, run, undefined, options));
}

/** The comments that lie wholly inside `[start, end)`. */
export function commentsIn(sourceCode: SourceCode, [start, end]: readonly [number, number]): TSESTree.Comment[] {
  return sourceCode.getAllComments().filter((c) => c.range[0] >= start && c.range[1] <= end);
}
