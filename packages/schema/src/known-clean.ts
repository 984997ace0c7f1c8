/**
 * The common case of a guard's traffic, answered without running every check again: a
 * generateContent body made of text prompts and an image config, and nothing else.
 *
 * Most bodies a proxy sees are well-formed image requests from one app, which differ only in
 * their prompts. For those, every finding depends on the model and the `generationConfig`, never
 * on the text of the prompts: no check reads a text part's value, and `tests/known-clean.test.ts`
 * checks on generated bodies that the answer is the whole pipeline's. So the first body of a
 * config runs the whole pipeline on a stand-in (the same config, one prompt) and its verdict is
 * remembered for that model; later bodies of that config are compared with what is remembered,
 * value by value, without building a key or a copy. Anything outside the shape (another key, a
 * part that is not plain text, a class instance, a config value that is not a short string)
 * goes through the whole pipeline, as every body did before. Small bodies went from about
 * 100,000 to over a million a second (issue 4's target; `pnpm bench validate`).
 *
 * The shape is read with `for…in`: the enumerable keys, which are what `JSON.stringify` sends
 * and all that `JSON.parse` ever makes (listing every own name with
 * `Object.getOwnPropertyNames` allocated five arrays a call and halved the rate). An inherited
 * enumerable key (a polluted `Object.prototype`) is a key outside the shape, so such a body takes
 * the whole pipeline. The one body that can get another answer than the whole pipeline is one
 * built with a non-enumerable property (`Object.defineProperty`), which the pipeline may read and
 * the wire never carries: it gets the answer of the body that would be sent.
 */

type Json = Record<string, unknown>;

/** A plain object (made by a literal or JSON.parse): no class instance. */
const isPlain = (value: unknown): value is Json => value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
const isPlainArray = (value: unknown): value is unknown[] => Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;

/** A config value the shape holds: a short string (names and sizes are a few characters). */
const isValue = (value: unknown): value is string => typeof value === "string" && value.length <= 32;

/** True when every element of `list` is a config value (a loop: `every` with a callback is slower here). */
function everyValue(list: readonly unknown[]): list is readonly string[] {
  for (let i = 0; i < list.length; i++) if (!isValue(list[i])) return false;
  return true;
}

/** Bounds on the shape, so a large body never spends time here before the whole pipeline. */
const MAX_CONTENTS = 16;
const MAX_PARTS = 16;
const MAX_MODALITIES = 4;

/** The config of a body of the known shape, as read once. */
interface ConfigValues {
  /** Whether the body has a `generationConfig` at all. */
  present: boolean;
  modalities: readonly string[] | undefined;
  /** Whether the config has an `imageConfig` (it may be empty). */
  imageConfig: boolean;
  aspectRatio: string | undefined;
  imageSize: string | undefined;
}

/**
 * Where each body's config is read into: one object for every call, as `validate` runs a million
 * times a second and nothing here is kept past the call (what is remembered is a copy).
 */
const scratch: ConfigValues = { present: false, modalities: undefined, imageConfig: false, aspectRatio: undefined, imageSize: undefined };

/** True for `{ parts: [{ text }...] }` with an optional `role: "user"`: a user's text prompt. */
function isTextContent(content: unknown): boolean {
  if (!isPlain(content)) return false;
  let parts: unknown;
  for (const key in content) {
    if (key === "parts") parts = content.parts;
    else if (key !== "role" || content.role !== "user") return false;
  }
  if (!isPlainArray(parts) || parts.length === 0 || parts.length > MAX_PARTS) return false;
  for (const part of parts) {
    if (!isPlain(part)) return false;
    let keys = 0;
    for (const key in part) {
      if (key !== "text") return false;
      keys++;
    }
    if (keys !== 1 || typeof part.text !== "string" || part.text.length === 0) return false;
  }
  return true;
}

/** Reads the config's values into `into`; false when the config is outside the shape. */
function readConfig(config: unknown, into: ConfigValues): boolean {
  into.present = config !== undefined;
  into.modalities = undefined;
  into.imageConfig = false;
  into.aspectRatio = undefined;
  into.imageSize = undefined;
  if (config === undefined) return true;
  if (!isPlain(config)) return false;
  for (const name in config) {
    const value = config[name];
    if (name === "responseModalities") {
      if (!isPlainArray(value) || value.length > MAX_MODALITIES || !everyValue(value)) return false;
      into.modalities = value;
    } else if (name === "imageConfig") {
      if (!isPlain(value)) return false;
      into.imageConfig = true;
      for (const field in value) {
        const setting = value[field];
        if (!isValue(setting)) return false;
        if (field === "aspectRatio") into.aspectRatio = setting;
        else if (field === "imageSize") into.imageSize = setting;
        else return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

/**
 * The config of a body of the known shape, `undefined` otherwise. Two bodies with the same
 * config values differ only in their prompts' text and in how many prompts they hold. The
 * answer is read again by the next call: copy it to keep it.
 */
export function knownShapeConfig(body: unknown): Readonly<ConfigValues> | undefined {
  try {
    if (!isPlain(body)) return undefined;
    let contents: unknown;
    let config: unknown;
    for (const key in body) {
      if (key === "contents") contents = body.contents;
      else if (key === "generationConfig") config = body.generationConfig;
      else return undefined;
    }
    if (!isPlainArray(contents) || contents.length === 0 || contents.length > MAX_CONTENTS) return undefined;
    for (const content of contents) if (!isTextContent(content)) return undefined;
    return readConfig(config, scratch) ? scratch : undefined;
  } catch {
    // A getter that throws: the whole pipeline reports it.
    return undefined;
  }
}

function sameModalities(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameConfig(a: Readonly<ConfigValues>, b: Readonly<ConfigValues>): boolean {
  return (
    a.present === b.present && a.imageConfig === b.imageConfig && a.aspectRatio === b.aspectRatio && a.imageSize === b.imageSize && sameModalities(a.modalities, b.modalities)
  );
}

/** The stand-in body of a config: that config, one prompt. */
function standIn(config: Readonly<ConfigValues>): Json {
  const body: Json = { contents: [{ parts: [{ text: "a" }] }] };
  if (!config.present) return body;
  const generationConfig: Json = {};
  if (config.modalities !== undefined) generationConfig.responseModalities = [...config.modalities];
  if (config.imageConfig) {
    const imageConfig: Json = {};
    if (config.aspectRatio !== undefined) imageConfig.aspectRatio = config.aspectRatio;
    if (config.imageSize !== undefined) imageConfig.imageSize = config.imageSize;
    generationConfig.imageConfig = imageConfig;
  }
  body.generationConfig = generationConfig;
  return body;
}

/** A config's verdict, remembered: its values copied, and whether the pipeline found nothing. */
interface Verdict {
  readonly config: Readonly<ConfigValues>;
  readonly clean: boolean;
}

/**
 * Verdicts per model text, for the model's lifecycle stage today. An app sends a few configs;
 * past the bound, bodies of new configs go through the whole pipeline (no stand-in run), so a
 * stream of varied configs costs no more than it did. Model texts come from requests: bounded too.
 */
const verdicts = new Map<string, { stage: string; list: Verdict[] }>();
const MAX_MODELS = 64;
const MAX_CONFIGS = 32;

/**
 * True when `body` has the known shape and the whole pipeline (`pipeline`, run with `context` on a
 * stand-in the first time a model, stage and config are seen) found nothing for its config. The
 * pipeline and its context come apart so that no closure is made per call.
 */
export function isKnownClean<C>(body: unknown, model: string, stage: string, pipeline: (standIn: Json, context: C) => boolean, context: C): boolean {
  const config = knownShapeConfig(body);
  if (config === undefined) return false;
  let remembered = verdicts.get(model);
  if (remembered !== undefined && remembered.stage === stage) {
    for (const verdict of remembered.list) if (sameConfig(verdict.config, config)) return verdict.clean;
  }
  // A new stage (the model was deprecated since) starts its model's verdicts afresh.
  if (remembered === undefined || remembered.stage !== stage) {
    if (remembered === undefined && verdicts.size >= MAX_MODELS) return false;
    remembered = { stage, list: [] };
    verdicts.set(model, remembered);
  }
  if (remembered.list.length >= MAX_CONFIGS) return false;
  // Copied: the body's own array may change after this call.
  const copy: ConfigValues = { ...config, modalities: config.modalities === undefined ? undefined : [...config.modalities] };
  const clean = pipeline(standIn(copy), context);
  remembered.list.push({ config: copy, clean });
  return clean;
}

/** Forgets every remembered verdict (tests start from nothing with it). */
export function forgetKnownConfigs(): void {
  verdicts.clear();
}
