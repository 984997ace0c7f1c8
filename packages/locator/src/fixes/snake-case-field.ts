import { CAMEL_TO_SNAKE, FILE_DATA_FIELDS, INLINE_DATA_FIELDS, PART_FIELDS, camelName } from "@gemini-image/protocol";
import type { LocatorContext } from "../context.js";
import { nestedObjects } from "../nested.js";
import type { FieldEntry, ObjectView } from "../object-view.js";
import { configOf, imageConfigOf, inputsOf } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { renameEntryFix } from "./rename-entry.js";
import type { FindingFix } from "./types.js";

/** A snake_case key (`snake-case-field`) and, when renaming it is certain, the fix. */
export interface SnakeCaseFinding {
  readonly entry: FieldEntry;
  readonly camel: string;
  /** True when the request goes through an SDK, which drops the key (not only gateways). */
  readonly sdk: boolean;
  /** `undefined` when the camelCase key is already there (two keys would merge) or the key is computed. */
  readonly fix: FindingFix | undefined;
}

/**
 * Part-level snake_case keys (`inline_data`, `mime_type`): Google's own REST samples use them,
 * so they are only reported where an SDK drops them.
 */
const PART_LEVEL_SNAKE = new Set(
  [...PART_FIELDS, ...INLINE_DATA_FIELDS, ...FILE_DATA_FIELDS].map((name) => CAMEL_TO_SNAKE[name]).filter((n) => n !== undefined),
);

/**
 * The snake_case keys of an image request that `no-snake-case-fields` reports and
 * `eslint --fix` and `migrate` rename: in the body or parameters, the config and imageConfig,
 * and (for the SDKs, which copy only camelCase keys) in the parts. Google's REST parser accepts
 * both spellings, but `@google/genai` copies only camelCase keys and many gateways drop the
 * rest. Only image requests: a text request is not this project's business, and an `unknown`
 * one is most often a text call whose model comes from elsewhere. AI SDK provider options are
 * validated by the AI SDK itself.
 */
export function snakeCaseFindings(ctx: LocatorContext, request: LocatedRequest): SnakeCaseFinding[] {
  if (request.shape === "ai-sdk" || request.classification.verdict !== "image") return [];
  const sdk = request.shape === "genai" || request.shape === "legacy";
  const findings: SnakeCaseFinding[] = [];
  const seen = new Set<FieldEntry["node"]>();
  const check = (view: ObjectView | undefined, partLevel: boolean): void => {
    for (const entry of view?.entries ?? []) {
      const camel = camelName(entry.key);
      if (!camel || (PART_LEVEL_SNAKE.has(entry.key) && !partLevel) || seen.has(entry.node)) continue;
      seen.add(entry.node);
      const fix = view!.get(camel) ? undefined : renameEntryFix(ctx.sourceCode, entry, camel);
      findings.push({ entry, camel, sdk, fix });
    }
  };
  check(request.root, false);
  check(configOf(request), false);
  check(imageConfigOf(request), false);
  if (sdk) for (const input of inputsOf(request)) for (const view of nestedObjects(ctx, input)) check(view, true);
  return findings;
}
