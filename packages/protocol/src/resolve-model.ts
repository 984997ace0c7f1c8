import { isSdkListedImageModel } from "./listed-models.js";
import { MODELS, MODEL_IDS, isModelId, type ImageModel, type ModelId } from "./models.js";

/**
 * Names some gateways accept for Gemini image models. They are not Google model ids: Google's
 * own host and SDK answer 404 for them. Source: facts page "Models" (aliases).
 */
export const MODEL_ALIASES: Readonly<Record<string, ModelId>> = {
  "nano-banana": "gemini-2.5-flash-image",
  "nano-banana-pro": "gemini-3-pro-image",
  "nano-banana-2": "gemini-3.1-flash-image",
};

/** How the model text was written. */
export type ModelForm =
  /** A bare id: `gemini-3-pro-image`. */
  | "id"
  /** A resource name: `models/gemini-3-pro-image`. */
  | "models-path"
  /** A URL or URL path containing `models/<id>`, with or without `:generateContent`. */
  | "url"
  /** A gateway-prefixed name: `google/gemini-3-pro-image`. */
  | "prefixed";

/** A model text that names a model this package knows. */
export interface KnownModel {
  readonly kind: "known";
  readonly id: ModelId;
  readonly model: ImageModel;
  readonly form: ModelForm;
  /** The gateway alias used (`nano-banana-pro`), when the text named an alias instead of an id. */
  readonly alias: string | undefined;
  readonly input: string;
}

/** A model text that names no Gemini image model this package knows. */
export interface UnknownModel {
  readonly kind: "unknown";
  /** The part of the input taken as the model name, when one could be found. */
  readonly name: string | undefined;
  /** A known id within two edits of `name`, for "did you mean" messages. */
  readonly suggestion: ModelId | undefined;
  /**
   * True when `name` is an id Google's SDK lists without published image capabilities
   * (`SDK_LISTED_IMAGE_MODEL_IDS`): a real id, never a typo; per-model checks are skipped.
   */
  readonly listed: boolean;
  readonly input: string;
}

/** What `resolveModel` answers. */
export type ResolvedModel = KnownModel | UnknownModel;

const MODELS_SEGMENT = /(?:^|\/)models\/([^/:?#\s]+)/u;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^\//iu;
const PREFIXED = /^[\w.-]+(?:\/[\w.-]+)*\/([^/:?#\s]+)(?::[A-Za-z]+)?$/u;
const BARE = /^([^/:?#\s]+)(?::[A-Za-z]+)?$/u;

/**
 * Recognises a Gemini image model in whatever form code or traffic names it: a bare id,
 * `models/<id>`, a URL or path containing `models/<id>:generateContent` or
 * `:streamGenerateContent`, a gateway prefix (`google/<id>`), or a gateway alias
 * (`nano-banana-pro`). Never throws; anything else answers `kind: "unknown"`.
 */
export function resolveModel(text: unknown): ResolvedModel {
  const input = typeof text === "string" ? text : "";
  const trimmed = input.trim();
  let name: string | undefined;
  let form: ModelForm = "id";

  const segment = MODELS_SEGMENT.exec(trimmed);
  if (segment) {
    name = segment[1];
    form = trimmed.startsWith("models/") && !trimmed.includes(":") ? "models-path" : "url";
  } else {
    const bare = BARE.exec(trimmed);
    const prefixed = bare ? undefined : PREFIXED.exec(trimmed);
    if (bare) name = bare[1];
    else if (prefixed && !URL_LIKE.test(trimmed)) {
      name = prefixed[1];
      form = "prefixed";
    }
  }

  if (name !== undefined) {
    if (isModelId(name)) return { kind: "known", id: name, model: MODELS[name], form, alias: undefined, input };
    const aliased = Object.hasOwn(MODEL_ALIASES, name) ? MODEL_ALIASES[name] : undefined;
    if (aliased) return { kind: "known", id: aliased, model: MODELS[aliased], form, alias: name, input };
  }
  if (isSdkListedImageModel(name)) return { kind: "unknown", name, suggestion: undefined, listed: true, input };
  return { kind: "unknown", name, suggestion: name === undefined ? undefined : nearestModelId(name), listed: false, input };
}

/**
 * A known model id within two single-character edits of `name` (case ignored), or
 * `undefined`. Only names starting with "gemini" qualify, and text models such as
 * `gemini-3-pro-preview` are six edits away, so they never get an image model suggested.
 */
export function nearestModelId(name: string): ModelId | undefined {
  const lower = name.toLowerCase();
  if (isModelId(lower)) return lower;
  if (!lower.startsWith("gemini")) return undefined;
  return nearestName(lower, MODEL_IDS, 2);
}

/** The first of `names` fewest edits from `name`, if that is at most `maxEdits` edits; else `undefined`. */
export function nearestName<T extends string>(name: string, names: readonly T[], maxEdits: number): T | undefined {
  let best: T | undefined;
  let bestDistance = maxEdits + 1;
  for (const candidate of names) {
    const distance = editDistance(name, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Two reusable rows keep the distance computation free of allocations on the lint hot path.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, giving up (answering `limit`) once every path reaches `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit);
}
