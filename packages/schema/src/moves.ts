import type { Finding, FixOperation } from "./finding.js";
import { PatchConflict, applyPatch } from "./patch.js";

/** Findings whose fix moves a block the checks cannot see into where they can. */
const MOVE_CODES: ReadonlySet<string> = new Set(["snake-case-field", "misplaced-field", "interactions-camel-case"]);
/** How many levels of moved blocks inside moved blocks are looked into. */
const MAX_MOVE_NESTING = 3;

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/** Maps a pointer in the moved-home body back to the body as written, undoing moves last to first. */
function unmove(path: string, moves: readonly { from: string; path: string }[]): string {
  let result = path;
  for (let i = moves.length - 1; i >= 0; i--) {
    const move = moves[i]!;
    if (under(result, move.path)) result = move.from + result.slice(move.path.length);
  }
  return result;
}

function unmoveFix(fix: readonly FixOperation[], moves: readonly { from: string; path: string }[]): FixOperation[] {
  return fix.map((op) => (op.op === "move" ? { ...op, from: unmove(op.from, moves), path: unmove(op.path, moves) } : { ...op, path: unmove(op.path, moves) }));
}

/**
 * What a misplaced or snake_case block hides: `image_config: { image_size: "2k" }` is not
 * checked where it stands, so the block is moved home on a copy, checked there, and the
 * findings inside it are reported at the paths as written.
 */
export function findingsInsideMoves(
  body: unknown,
  findings: readonly Finding[],
  nesting: number,
  check: (moved: unknown, nesting: number) => Finding[],
): Finding[] {
  if (nesting >= MAX_MOVE_NESTING) return [];
  let moved = body;
  const moves: { from: string; path: string }[] = [];
  for (const finding of findings) {
    if (!MOVE_CODES.has(finding.code) || !finding.fix) continue;
    try {
      moved = applyPatch(moved, finding.fix);
      for (const op of finding.fix) if (op.op === "move") moves.push({ from: op.from, path: op.path });
    } catch (error) {
      if (!(error instanceof PatchConflict)) throw error;
    }
  }
  if (moves.length === 0) return [];
  return check(moved, nesting + 1)
    .filter((f) => moves.some((move) => under(f.path, move.path)))
    .map((f) => {
      const { fix, ...finding } = f;
      const mapped = fix ? unmoveFix(fix, moves) : undefined;
      // A fix that only makes sense after the block's own move (its target parent does not
      // exist yet) is left to repair's next round.
      return mapped && applies(body, mapped) ? { ...finding, path: unmove(f.path, moves), fix: mapped } : { ...finding, path: unmove(f.path, moves) };
    });
}

function applies(body: unknown, fix: readonly FixOperation[]): boolean {
  try {
    applyPatch(body, fix);
    return true;
  } catch (error) {
    if (error instanceof PatchConflict) return false;
    throw error;
  }
}

