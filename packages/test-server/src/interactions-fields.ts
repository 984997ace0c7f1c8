/**
 * Reads an Interactions create body against the protocol's catalog: unknown names (with the
 * close known name Google suggests), values of the wrong kind, and the settings the plan needs.
 */
import {
  GENERATE_CONTENT_SHAPES_IN_INPUT,
  IMAGE_RESPONSE_FORMAT_DELIVERIES,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  IMAGE_RESPONSE_FORMAT_MIME_TYPES,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  INTERACTIONS_RESPONSE_MODALITIES,
  INTERACTION_RESPONSE,
  INTERACTION_VALUES,
  isBase64,
  nearestName,
  quoteList,
} from "@gemini-image/protocol";
import type { JsonAnswer } from "./google-errors.js";
import { invalidValue, missingParameter, undecodable } from "./interactions-errors.js";
import { protoName } from "./request-fields.js";

/** An unknown name, as Google's error names it: the dotted path and the close known name, if any. */
export interface UnknownParameter {
  readonly path: string;
  readonly suggestion: string | undefined;
}

/** What reading an Interactions body found. */
export interface InteractionReading {
  /** Unknown names in document order (strict mode answers the first). */
  readonly unknown: readonly UnknownParameter[];
  /** The first value Google rejects whatever the mode (a string response_format, bad base64, ...). */
  readonly problem: JsonAnswer | undefined;
  readonly model: unknown;
  readonly stream: boolean;
  /** Whether `input` carried anything once unknown names were left out. */
  readonly hasInput: boolean;
  /** The image settings: `response_format`'s image entry, else the deprecated `generation_config.image_config`. */
  readonly imageSize: unknown;
  readonly aspectRatio: unknown;
  /** The image settings' dotted path, for errors about their values. */
  readonly settingsPath: string;
  readonly inputImages: readonly string[];
  readonly promptText: string;
  /** False when `response_format` or `response_modalities` ask for no image. */
  readonly image: boolean;
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const IMAGE = INTERACTION_RESPONSE.imageContentType;
const TEXT = INTERACTION_VALUES.textType;

/**
 * The known name Google's "Did you mean" points at: the Interactions name of a generateContent
 * wrapper (`contents` → `input`), else the known name nearest to the snake_case spelling
 * (`mimeType` → `mime_type` at no edit, `aspect_ration` → `aspect_ratio`), at most two edits
 * and a third of the name's length away (so `n` and `size` suggest nothing).
 */
export function suggestParameter(name: string, known: readonly string[]): string | undefined {
  const snake = protoName(name);
  const mapped = Object.hasOwn(GENERATE_CONTENT_SHAPES_IN_INPUT, name) ? GENERATE_CONTENT_SHAPES_IN_INPUT[name] : undefined;
  if (mapped !== undefined && known.includes(mapped)) return mapped;
  return nearestName(snake, known, Math.min(2, Math.floor(name.length / 3)));
}

const join = (base: string, name: string): string => (base ? `${base}.${name}` : name);

/** Reads `body` (a JSON object) the way the Interactions API does. */
export function readInteraction(body: Json): InteractionReading {
  const unknown: UnknownParameter[] = [];
  let problem: JsonAnswer | undefined;
  const inputImages: string[] = [];
  const texts: string[] = [];
  let hasInput = false;
  const settings: { imageSize?: unknown; aspectRatio?: unknown; path?: string } = {};
  const legacySettings: { imageSize?: unknown; aspectRatio?: unknown } = {};
  let formats: string[] | undefined;
  let modalities: string[] | undefined;

  const fail = (answer: JsonAnswer): void => {
    problem ??= answer;
  };
  /** Reports each name of `value` that is not in `known`, with the close known name. */
  const checkNames = (value: Json, known: readonly string[], at: string): void => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) unknown.push({ path: join(at, key), suggestion: suggestParameter(key, known) });
    }
  };

  const readContent = (entry: unknown, at: string): void => {
    if (!isRecord(entry)) {
      fail(invalidValue(at, entry, `an object such as { type: "text", text } or { type: "image", data, mime_type }`));
      return;
    }
    const type = entry.type;
    if (type === TEXT || type === IMAGE) {
      checkNames(entry, INTERACTIONS_CONTENT_FIELDS[type], at);
      hasInput = true;
      if (type === TEXT && typeof entry.text === "string") texts.push(entry.text);
      if (type === IMAGE && entry.data !== undefined) {
        if (isBase64(entry.data)) inputImages.push(entry.data as string);
        else fail(undecodable(join(at, "data"), entry.data));
      }
      return;
    }
    if (type === INTERACTION_VALUES.userInputStepType) {
      if (Array.isArray(entry.content)) entry.content.forEach((c: unknown, i) => readContent(c, `${join(at, "content")}[${i}]`));
      return;
    }
    if (type !== undefined) {
      // Audio, video, documents and other steps: the catalog does not describe them, so they pass.
      hasInput = true;
      return;
    }
    // No type: a generateContent part or turn ({ role, parts }, { inlineData }) is the usual cause.
    const shapes = Object.keys(entry).filter((key) => Object.hasOwn(GENERATE_CONTENT_SHAPES_IN_INPUT, key));
    for (const key of shapes) unknown.push({ path: join(at, key), suggestion: undefined });
    if (shapes.length === 0) fail(missingParameter(join(at, "type")));
  };

  const readFormat = (entry: unknown, at: string): void => {
    if (!isRecord(entry)) {
      fail(invalidValue(at, entry, `an object such as { type: "image", image_size, aspect_ratio }, or an array of them`));
      return;
    }
    if (typeof entry.type !== "string") {
      fail(missingParameter(join(at, "type")));
      return;
    }
    (formats ??= []).push(entry.type);
    if (entry.type !== IMAGE) return;
    checkNames(entry, IMAGE_RESPONSE_FORMAT_FIELDS, at);
    if (settings.path === undefined) {
      settings.imageSize = entry.image_size;
      settings.aspectRatio = entry.aspect_ratio;
      settings.path = at;
    }
    const mimeType = entry.mime_type;
    if (mimeType !== undefined && !IMAGE_RESPONSE_FORMAT_MIME_TYPES.some((m) => m === mimeType)) {
      fail(invalidValue(join(at, "mime_type"), mimeType, quoteList(IMAGE_RESPONSE_FORMAT_MIME_TYPES)));
    }
    const delivery = entry.delivery;
    if (delivery !== undefined && !IMAGE_RESPONSE_FORMAT_DELIVERIES.some((d) => d === delivery)) {
      fail(invalidValue(join(at, "delivery"), delivery, quoteList(IMAGE_RESPONSE_FORMAT_DELIVERIES)));
    }
  };

  checkNames(body, INTERACTIONS_REQUEST_FIELDS, "");

  const input = body.input;
  if (typeof input === "string") {
    hasInput = input.trim() !== "";
    texts.push(input);
  } else if (Array.isArray(input)) {
    input.forEach((entry: unknown, i) => readContent(entry, `input[${i}]`));
  } else if (input !== undefined) {
    readContent(input, "input");
  }

  const format = body.response_format;
  if (Array.isArray(format)) format.forEach((entry: unknown, i) => readFormat(entry, `response_format[${i}]`));
  else if (format !== undefined) readFormat(format, "response_format");

  const config = body.generation_config;
  if (isRecord(config)) {
    checkNames(config, INTERACTIONS_GENERATION_CONFIG_FIELDS, "generation_config");
    // Deprecated but still typed by the SDK: accepted, and used when response_format has no image entry.
    const imageConfig = config.image_config;
    if (isRecord(imageConfig)) {
      checkNames(imageConfig, INTERACTIONS_IMAGE_CONFIG_FIELDS, "generation_config.image_config");
      legacySettings.imageSize = imageConfig.image_size;
      legacySettings.aspectRatio = imageConfig.aspect_ratio;
    }
  }

  const listed = body.response_modalities;
  if (listed !== undefined) {
    const values: unknown[] = Array.isArray(listed) ? listed : [listed];
    modalities = [];
    values.forEach((value, i) => {
      // Uppercase here is UNCONFIRMED (facts page), so any case passes.
      const lower = typeof value === "string" ? value.toLowerCase() : undefined;
      if (lower === undefined || !INTERACTIONS_RESPONSE_MODALITIES.some((m) => m === lower)) {
        fail(invalidValue(`response_modalities[${i}]`, value, quoteList(INTERACTIONS_RESPONSE_MODALITIES)));
      } else modalities!.push(lower);
    });
  }

  const asked = formats ?? modalities;
  const useLegacy = settings.path === undefined;
  return {
    unknown,
    problem,
    model: body.model,
    stream: body.stream === true,
    hasInput,
    imageSize: useLegacy ? legacySettings.imageSize : settings.imageSize,
    aspectRatio: useLegacy ? legacySettings.aspectRatio : settings.aspectRatio,
    settingsPath: settings.path ?? "generation_config.image_config",
    inputImages,
    promptText: texts.join("\n"),
    image: asked === undefined || asked.includes(IMAGE),
  };
}
