import type { TextEdit } from "./edits.js";
import type { EditGroup } from "./transforms/types.js";

/**
 * The groups that can be applied together in one pass, in the order given: a group is kept only
 * when none of its edits collides with an edit of a group already kept; the others wait for the
 * next pass, which sees the code as the kept ones left it.
 */
export function compatibleGroups(groups: readonly EditGroup[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const group of groups) {
    if (group.some((edit) => kept.some((other) => collide(edit, other)))) continue;
    kept.push(...group);
  }
  return kept;
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
