import { isDeclarationFile, locateRequests, parseSourceCode } from "@gemini-image/locator";
import { applyEdits, type TextEdit } from "./edits.js";
import type { EditGroup } from "./transforms/types.js";
import type { FollowUp } from "./follow-ups.js";
import { markersIn } from "./marker.js";
import type { TransformOptions } from "./options.js";
import { mayContainGeminiRequest } from "./prefilter.js";
import { TRANSFORMS } from "./transforms/index.js";

/** What migrating one file produced. */
export interface MigrationResult {
  readonly output: string;
  readonly changed: boolean;
  /** The follow-up comments in the output, with their lines. */
  readonly followUps: readonly FollowUp[];
}

// A transform that keeps producing edits after this many passes has a bug; stop rather than loop.
const MAX_PASSES = 6;

/**
 * Runs every transform over the file, each on a fresh parse of the previous one's output, so
 * each sees the code as it now is. Edits that overlap within a pass wait for the next pass.
 * A file that cannot hold a Gemini request is returned as is without being parsed.
 */
export function migrateSource(text: string, path: string, options: TransformOptions = {}): MigrationResult {
  // Declaration files hold no calls or object literals, so no request to rewrite.
  if (isDeclarationFile(path) || !mayContainGeminiRequest(text)) return { output: text, changed: false, followUps: [] };
  const settings = options.model ? { "gemini-image": { defaultModel: options.model } } : {};
  let current = text;
  let sourceCode = parseSourceCode(current, path);
  for (const transform of TRANSFORMS) {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const requests = locateRequests({ sourceCode, settings });
      const groups = requests.flatMap((request) => transform.run(request, { sourceCode, options })).filter((g) => g.length > 0);
      if (groups.length === 0) break;
      const next = applyEdits(current, nonOverlapping(groups));
      if (next === current) break;
      current = next;
      // A parse error here is a bug in a transform: fail the file rather than write broken code.
      sourceCode = parseSourceCode(current, path);
    }
  }
  const followUps = markersIn(sourceCode).map((m) => ({ file: path, line: m.line, code: m.code, message: m.message }));
  return { output: current, changed: current !== text, followUps };
}

/** The groups that can be applied together: each kept only when none of its edits overlaps a kept one. */
function nonOverlapping(groups: readonly EditGroup[]): TextEdit[] {
  const kept: TextEdit[] = [];
  // Touching ranges do not collide (an insertion where a removal starts); any shared inside does.
  const overlaps = (a: TextEdit, b: TextEdit): boolean => a.range[0] < b.range[1] && b.range[0] < a.range[1];
  for (const group of groups) {
    if (group.some((edit) => kept.some((other) => overlaps(edit, other)))) continue;
    kept.push(...group);
  }
  return kept;
}
