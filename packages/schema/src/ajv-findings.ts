import {
  CONTENT_FIELDS,
  FILE_DATA_FIELDS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  INLINE_DATA_FIELDS,
  PART_FIELDS,
  REQUEST_FIELDS,
  RESPONSE_MODALITIES,
  VERTEX_ONLY_IMAGE_CONFIG_FIELDS,
  camelName,
  isOpenAIField,
  normalizeAspectRatio,
  normalizeImageSize,
  type GeminiApi,
} from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { moveTo } from "./fixes.js";
import { displayPath, escapeKey, parsePointer, valueAt } from "./json-pointer.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";
import { openAISizeFinding } from "./openai-size.js";

/** The part of an ajv error this module reads. */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The kinds of object a request body holds, by where they sit. */
type Place = "request" | "generationConfig" | "imageConfig" | "content" | "part" | "inlineData" | "fileData" | "other";

const PLACE_FIELDS: Readonly<Record<Place, readonly string[]>> = {
  request: REQUEST_FIELDS,
  generationConfig: GENERATION_CONFIG_FIELDS,
  imageConfig: IMAGE_CONFIG_FIELDS,
  content: CONTENT_FIELDS,
  part: PART_FIELDS,
  inlineData: INLINE_DATA_FIELDS,
  fileData: FILE_DATA_FIELDS,
  other: [],
};

const GENERATION_CONFIG = "/generationConfig";
const IMAGE_CONFIG = "/generationConfig/imageConfig";

/** Where a field belongs when it shows up at the wrong level; only the levels people confuse. */
function homeOf(field: string, place: Place): string | undefined {
  if ((IMAGE_CONFIG_FIELDS as readonly string[]).includes(field) && (place === "request" || place === "generationConfig")) {
    return `${IMAGE_CONFIG}/${field}`;
  }
  if ((GENERATION_CONFIG_FIELDS as readonly string[]).includes(field) && (place === "request" || place === "imageConfig")) {
    return `${GENERATION_CONFIG}/${field}`;
  }
  return undefined;
}

/** Which kind of object the pointer names. */
function placeOf(pointer: string): Place {
  const keys = parsePointer(pointer);
  const last = keys.at(-1);
  if (keys.length === 0) return "request";
  if (pointer === GENERATION_CONFIG) return "generationConfig";
  if (pointer === IMAGE_CONFIG) return "imageConfig";
  if (pointer === "/systemInstruction" || (keys.length === 2 && keys[0] === "contents")) return "content";
  if (keys.at(-2) === "parts") return "part";
  if (last === "inlineData" || last === "inline_data") return "inlineData";
  if (last === "fileData" || last === "file_data") return "fileData";
  return "other";
}

export const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
};

export const quoted = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");

/** Findings for an unknown key `field` in the object at `parent`. */
function extraField(body: unknown, parent: string, key: string, context: ModelContext): Finding {
  const place = placeOf(parent);
  const path = `${parent}/${escapeKey(key)}`;
  const field = clip(key);
  const at = parent === "" ? "the top level" : `\`${displayPath(parent)}\``;

  if (field === "size") return openAISizeFinding(body, path, context);
  if (field === "n" || field === "numberOfImages") return makeFinding("openai-n", path, { field }, [{ op: "remove", path }]);
  if (isOpenAIField(field)) {
    // `prompt` and `messages` carry the prompt itself: removing them would lose it.
    const fix = field === "prompt" || field === "messages" ? undefined : [{ op: "remove" as const, path }];
    return makeFinding("openai-field", path, { field }, fix);
  }

  const camel = camelName(field);
  const name = camel ?? field;
  if (place === "imageConfig" && (VERTEX_ONLY_IMAGE_CONFIG_FIELDS as readonly string[]).includes(name)) {
    return makeFinding("vertex-only-field", path, { field: name }, [{ op: "remove", path }]);
  }
  if (camel !== undefined && PLACE_FIELDS[place].includes(camel)) {
    return makeFinding("snake-case-field", path, { field, camel, context: "rest" }, moveTo(body, path, `${parent}/${camel}`));
  }
  const home = homeOf(name, place);
  if (home !== undefined) {
    return makeFinding("misplaced-field", path, { field, at, expected: displayPath(home) }, moveTo(body, path, home));
  }
  if (field === "config" && place === "request") {
    // The @google/genai parameter shape sent as a REST body: its `config` is not a
    // generationConfig one-to-one (it also holds tools, safetySettings...), so no automatic move.
    return makeFinding("misplaced-field", path, { field, at, expected: "generationConfig" });
  }
  return makeFinding("unknown-field", path, { field, at: displayPath(parent), allowed: PLACE_FIELDS[place] });
}

/** Longest value or key quoted in a message: a hostile 200 MB value is not copied into it. */
const SHOWN = 60;
export const clip = (text: string): string => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/** A value as a message quotes it. */
function shown(value: unknown): string {
  if (typeof value === "string") return clip(value);
  if (value !== null && typeof value === "object") return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}

/**
 * The finding for an imageSize (`kind` "size") or aspectRatio ("ratio") value the model does not
 * accept, at `path` in either API, with the near-miss spelling as its fix ("1k" → "1K", "16x9" → "16:9").
 */
export function imageSettingFinding(kind: "size" | "ratio", body: unknown, path: string, context: ModelContext, api: GeminiApi = "generate-content"): Finding {
  const value = valueAt(body, path);
  const text = shown(value);
  // Near-misses are short: longer text is never read twice.
  const short = typeof value === "string" && value.length <= SHOWN ? value : undefined;
  if (kind === "size") {
    const accepted = context.imageSizes;
    const normal = short === undefined ? undefined : normalizeImageSize(short);
    const fix = normal !== undefined && accepted.includes(normal) ? normal : undefined;
    return makeFinding(
      "invalid-image-size",
      path,
      { value: text, model: context.id, accepted, fix, ...(api === "interactions" ? { api } : {}) },
      fix === undefined ? undefined : [{ op: "replace", path, value: fix }],
    );
  }
  const accepted = context.aspectRatios;
  const fix = short === undefined ? undefined : normalizeAspectRatio(short, accepted);
  return makeFinding(
    "invalid-aspect-ratio",
    path,
    { value: text, model: context.id, accepted, fix, ...(api === "interactions" ? { api } : {}) },
    fix === undefined ? undefined : [{ op: "replace", path, value: fix }],
  );
}

/** The finding for a value outside an enumeration. */
function enumFinding(body: unknown, error: AjvError, context: ModelContext): Finding {
  const path = error.instancePath;
  if (path === `${IMAGE_CONFIG}/imageSize`) return imageSettingFinding("size", body, path, context);
  if (path === `${IMAGE_CONFIG}/aspectRatio`) return imageSettingFinding("ratio", body, path, context);
  const value = valueAt(body, path);
  const short = typeof value === "string" && value.length <= SHOWN ? value : undefined;
  const allowed = (error.params.allowedValues as readonly unknown[] | undefined) ?? [];
  // `"image"` for `"IMAGE"`: a case slip with exactly one accepted spelling.
  const upper = short?.trim().toUpperCase();
  const fix = upper !== undefined && allowed.includes(upper) ? [{ op: "replace" as const, path, value: upper }] : undefined;
  return makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: `one of ${quoted(allowed)}` }, fix);
}

/** A field that must be present, in words: what belongs there. */
function missingField(parent: string, field: string, context: ModelContext): Finding {
  const path = `${parent}/${escapeKey(field)}`;
  const what: Readonly<Record<string, string>> = {
    mimeType: `present: the image's MIME type, one of ${quoted(context.inputMimeTypes)}`,
    data: "present: the image bytes, base64-encoded",
    fileUri: "present: the file's URI from the Files API",
    parts: "present: an array of parts such as [{ text }]",
  };
  return makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: what[field] ?? "present" });
}

/**
 * A list that keeps one finding per code and path: several ajv errors can describe one problem
 * (a model's schema repeats the root's enumerations). `add` ignores `undefined`.
 */
export function onePerPlace(): { findings: Finding[]; add: (finding: Finding | undefined) => void } {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding | undefined): void => {
    if (finding === undefined) return;
    const key = `${finding.code} ${finding.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  return { findings, add };
}

/**
 * Turns ajv's errors into findings that say the fix. Several ajv errors can describe one
 * problem (a model's schema repeats the root's enumerations); each path and code is reported once.
 */
export function findingsFromAjv(errors: readonly AjvError[], body: unknown, context: ModelContext): Finding[] {
  const { findings, add } = onePerPlace();
  for (const error of errors) {
    const path = error.instancePath;
    switch (error.keyword) {
      case "additionalProperties":
        add(extraField(body, path, String(error.params.additionalProperty), context));
        break;
      case "required": {
        // Branches of `anyOf: [{ required: [camel] }, { required: [snake] }]`: the anyOf error says it once.
        if (error.schemaPath.includes("/anyOf/")) break;
        const field = String(error.params.missingProperty);
        add(path === "" && field === "contents" ? makeFinding("missing-contents", "/contents", {}) : missingField(path, field, context));
        break;
      }
      case "anyOf":
        add(missingField(path, error.schemaPath.includes("fileData") ? "fileUri" : "mimeType", context));
        break;
      case "minItems":
        if (path === "/contents") add(makeFinding("missing-contents", path, {}));
        else add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: "a non-empty array" }));
        break;
      case "minProperties":
        add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: "a part with text, inlineData or fileData" }));
        break;
      case "enum":
        add(enumFinding(body, error, context));
        break;
      case "maximum":
        if (path === `${GENERATION_CONFIG}/candidateCount` && context.model) {
          const value = Number(valueAt(body, path));
          add(
            makeFinding("candidate-count", path, { value, model: context.model.id, max: context.model.maxCandidateCount }, [
              { op: "remove", path },
            ]),
          );
        }
        break;
      case "pattern": {
        // responseModalities items (a modality in any case) and numbers written as strings.
        const expected = path.startsWith(`${GENERATION_CONFIG}/responseModalities/`) ? `one of ${quoted(RESPONSE_MODALITIES)}` : "a number";
        add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected }));
        break;
      }
      case "minimum":
        add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: `at least ${String(error.params.limit)}` }));
        break;
      case "type": {
        // Union types (a number, or the same number as a string) are named by their first type.
        const type = String(Array.isArray(error.params.type) ? error.params.type[0] : error.params.type).split(",")[0]!;
        const value = valueAt(body, path);
        // `responseModalities: "IMAGE"`, `contents: { parts }` and `parts: { text }` mean the
        // one-element array.
        const last = parsePointer(path).at(-1);
        const wrap =
          (path === `${GENERATION_CONFIG}/responseModalities` && typeof value === "string") ||
          (type === "array" && (path === "/contents" || last === "parts") && value !== null && typeof value === "object");
        const fix = wrap ? [{ op: "replace" as const, path, value: [value] }] : undefined;
        add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: TYPE_WORDS[type] ?? type }, fix));
        break;
      }
      default:
        add(makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected: "valid for this field" }));
    }
  }
  return findings;
}
