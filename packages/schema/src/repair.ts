import type { FindingId, GeminiApi } from "@gemini-image/protocol";
import { chooseApi, type ApiSource } from "./api.js";
import type { Finding, FixOperation } from "./finding.js";
import { displayPath, valueAt } from "./json-pointer.js";
import { PatchConflict, applyPatch } from "./patch.js";
import { collectFindings, type ValidateOptions } from "./validate.js";

/** One edit `repair` made, in words. */
export interface RepairChange {
  readonly code: FindingId;
  /** JSON pointer of the finding it fixes, in the body before the change. */
  readonly path: string;
  readonly description: string;
}

/** What `repair` answers: the repaired body, what changed, and what is still wrong. */
export interface RepairResult {
  readonly body: unknown;
  readonly changes: readonly RepairChange[];
  /** Findings of the repaired body: what no safe edit can fix. */
  readonly findings: readonly Finding[];
  /** The API the body was repaired for, and why (as `validate` says). */
  readonly api: GeminiApi;
  readonly apiSource: ApiSource;
}

/** Short JSON of a value for change descriptions; base64 blobs are not printed. */
function show(value: unknown): string {
  if (typeof value === "string" && value.length > 60) return `a ${value.length}-character string`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const at = (pointer: string): string => `\`${displayPath(pointer)}\``;

function describe(operations: readonly FixOperation[], before: unknown): string {
  const words = operations.map((operation) => {
    switch (operation.op) {
      case "remove":
        return `removed ${at(operation.path)} (${show(valueAt(before, operation.path))})`;
      case "add":
        return `set ${at(operation.path)} to ${show(operation.value)}`;
      case "replace":
        return `changed ${at(operation.path)} from ${show(valueAt(before, operation.path))} to ${show(operation.value)}`;
      case "move":
        return `moved ${at(operation.from)} to ${at(operation.path)}`;
    }
  });
  // "set `generationConfig` to {}" before a move into it says nothing the move does not.
  const kept = words.filter((w, i) => !(operations[i]!.op === "add" && /to \{\}$/u.test(w) && operations[i + 1]?.op === "move"));
  const text = kept.join(", ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const MOVES_FIRST: ReadonlySet<FindingId> = new Set([
  "misplaced-field",
  "snake-case-field",
  "snake-case-part-field",
  "interactions-camel-case",
  "deprecated-interaction-field",
  "generate-content-shape-in-input",
]);
const AFTER_MOVES: ReadonlySet<FindingId> = new Set(["openai-size", "missing-response-modalities"]);

/** Rounds of validate-and-fix: a moved block is checked again inside its new home. */
const MAX_ROUNDS = 6;

/**
 * Fixes what can be fixed without changing what the request means, for either API (chosen as
 * `validate` chooses it): `size` becomes the model's imageConfig or response_format entry,
 * camelCase becomes snake_case in an interaction, generateContent parts become input entries, snake_case becomes camelCase, a lowercase k in imageSize becomes uppercase, misplaced keys
 * move home, `responseModalities: ["IMAGE"]` is added where an imageConfig asks for an
 * image, OpenAI-only fields go. The input is never modified; unchanged parts are shared.
 */
export function repair(body: unknown, options: ValidateOptions = {}): RepairResult {
  // The API is chosen once: a repair that turns `contents` into `input` must not switch checks midway.
  const { api, apiSource } = chooseApi(body, options.api);
  options = { ...options, api };
  let current = body;
  const changes: RepairChange[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = collectFindings(current, options).filter((f) => f.fix !== undefined);
    // Keys the user wrote go home first: an explicit imageConfig, even misplaced or in
    // snake_case, wins over what `size` maps to, and a moved responseModalities is not re-added.
    const moving = fixable.some((f) => MOVES_FIRST.has(f.code));
    let applied = false;
    for (const finding of fixable) {
      if (moving && AFTER_MOVES.has(finding.code)) continue;
      try {
        const next = applyPatch(current, finding.fix!);
        changes.push({ code: finding.code, path: finding.path, description: describe(finding.fix!, current) });
        current = next;
        applied = true;
      } catch (error) {
        // An earlier fix in this round moved things; the next round recomputes this one.
        if (!(error instanceof PatchConflict)) throw error;
      }
    }
    if (!applied) break;
  }
  return { body: current, changes, findings: collectFindings(current, options), api, apiSource };
}
