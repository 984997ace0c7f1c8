import { apiOfRequest, isDeclarationFile, locateRequests } from "@gemini-image/locator";
import { parseSourceCode } from "@gemini-image/locator/node";
import { compatibleGroups } from "./edit-groups.js";
import { applyEdits } from "./edits.js";
import type { FollowUp } from "./follow-ups.js";
import { markersIn } from "./marker.js";
import type { TransformOptions } from "./options.js";
import { mayContainGeminiRequest } from "./prefilter.js";
import { TO_INTERACTIONS } from "./to-interactions/index.js";
import { TRANSFORMS } from "./transforms/index.js";

/** What migrating one file produced. */
export interface MigrationResult {
  readonly output: string;
  readonly changed: boolean;
  /** The follow-up comments in the output, with their lines. */
  readonly followUps: readonly FollowUp[];
}

// Colliding groups wait for the next pass, so a pass may apply one group of many (a dozen OpenAI
// fields side by side); a transform still producing edits after this many passes has a bug.
const MAX_PASSES = 32;

/**
 * Transforms whose checks and fixes (packages/locator/src/fixes) know the Interactions API: a
 * value replaced where it is written, OpenAI fields removed, a size mapped into `response_format`,
 * a setting the AI SDK's `google.interactions` drops moved into its `responseFormat` entry, a
 * modality written in the API's own case, and
 * the Interactions rules' own fixes (casing, input entries, the deprecated `image_config`).
 * An interaction stays on the Interactions API: only these touch it (issue 13).
 */
const INTERACTIONS_AWARE: ReadonlySet<string> = new Set([
  "model-ids",
  "generate-content-input",
  "interactions-camel-case",
  "deprecated-interaction-fields",
  "image-size-case",
  "aspect-ratio",
  "size",
  "openai-fields",
  "misplaced-fields",
  "modality-case",
]);

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
  // `--to interactions` runs after the fixes, so a request moves once it is right for generateContent.
  const transforms = options.to === "interactions" ? [...TRANSFORMS, ...TO_INTERACTIONS] : TRANSFORMS;
  for (const transform of transforms) {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      // The other transforms write generateContent's camelCase fields: an interaction is theirs
      // to rewrite only where the shared check and fix speak the Interactions API.
      const requests = locateRequests({ sourceCode, settings }).filter((request) => apiOfRequest(request) !== "interactions" || INTERACTIONS_AWARE.has(transform.name));
      const groups = requests.flatMap((request) => transform.run(request, { sourceCode, options, path })).filter((g) => g.length > 0);
      if (groups.length === 0) break;
      const next = applyEdits(current, compatibleGroups(groups));
      if (next === current) break;
      current = next;
      // A parse error here is a bug in a transform: fail the file rather than write broken code.
      sourceCode = parseSourceCode(current, path);
    }
  }
  const followUps = markersIn(sourceCode).map((m) => ({ file: path, line: m.line, code: m.code, message: m.message }));
  return { output: current, changed: current !== text, followUps };
}
