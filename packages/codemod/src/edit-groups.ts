import type { TextEdit } from "./edits.js";
import type { EditGroup } from "./transforms/types.js";

/**
 * The groups that can be applied together in one pass, in the order given: a group is kept only
 * when none of its edits collides with an edit of a group already kept; the others wait for the
 * next pass, which sees the code as the kept ones left it.
 */
export function compatibleGroups(groups: readonly EditGroup[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const group of groups.map(mergeOverlaps)) {
    if (group.some((edit) => kept.some((other) => collide(edit, other)))) continue;
    kept.push(...group);
  }
  return kept;
}

/**
 * One group's replacements that share text, merged into one over both ranges with both texts.
 * Removing neighbours in one group does this: `{ x, a, b }` losing `a, ` and `, b` shares the
 * comma between them, and the result is `{ x }` with whatever comments each kept.
 */
export function mergeOverlaps(group: EditGroup): EditGroup {
  const sorted = [...group].sort((a, b) => a.range[0] - b.range[0]);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged.at(-1);
    const replaces = edit.range[1] > edit.range[0];
    if (last && replaces && last.range[1] > last.range[0] && edit.range[0] < last.range[1]) {
      merged[merged.length - 1] = { range: [last.range[0], Math.max(last.range[1], edit.range[1])], text: last.text + edit.text };
    } else {
      merged.push(edit);
    }
  }
  return merged;
}

/**
 * Edits of different groups collide when they share text, and also when an insertion touches
 * text another group replaces: the insertion was written for the text around it (`, x` after
 * the object's last property), which the other edit changes (`{ last }` losing `last` would
 * leave `{ , x }`). Two insertions at one offset, or two replacements that only meet, are
 * independent.
 */
export function collide(a: TextEdit, b: TextEdit): boolean {
  const [aStart, aEnd] = a.range;
  const [bStart, bEnd] = b.range;
  if (aStart < bEnd && bStart < aEnd) return true;
  const aInserts = aStart === aEnd;
  const bInserts = bStart === bEnd;
  if (aInserts === bInserts) return false;
  const [point, [start, end]] = aInserts ? [aStart, b.range] : [bStart, a.range];
  return point === start || point === end;
}
