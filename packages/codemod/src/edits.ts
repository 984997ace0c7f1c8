/** A replacement of the text in `[start, end)`; an insertion when start equals end. */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * Applies edits to `text`. Edits must not overlap: two insertions at one offset are applied in
 * the order given, and an insertion where a replacement starts goes before it, whatever the
 * order given. An overlap is a bug in a transform, so it throws rather than guessing.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.range[0] - b.edit.range[0] || width(a.edit) - width(b.edit) || a.order - b.order);
  let out = "";
  let cursor = 0;
  for (const { edit } of sorted) {
    const [start, end] = edit.range;
    if (start < cursor || end < start || end > text.length) {
      throw new Error(`Overlapping or invalid edit at [${start}, ${end}) (text up to ${cursor} already edited).`);
    }
    out += text.slice(cursor, start) + edit.text;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** 0 for an insertion, 1 for an edit that replaces text: only the order between the two matters. */
const width = (edit: TextEdit): number => (edit.range[1] > edit.range[0] ? 1 : 0);

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export { indentAt } from "@gemini-image/locator";
