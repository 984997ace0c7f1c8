import {
  GENERATE_CONTENT_SHAPES_IN_INPUT,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  INTERACTIONS_RESPONSE_MODALITIES,
  isOpenAIField,
  snakeCaseName,
} from "@gemini-image/protocol";
import { TYPE_WORDS, clip, imageSettingFinding, onePerPlace, quoted, type AjvError } from "./ajv-findings.js";
import type { Finding, FixOperation } from "./finding.js";
import { moveTo } from "./fixes.js";
import { isGenerateContentShape } from "./interactions-input.js";
import { displayPath, escapeKey, parsePointer, valueAt } from "./json-pointer.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";
import { openAISizeFinding } from "./openai-size.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/** The fields of the object at `pointer` in an interaction, by where it sits; `undefined` for places the schema leaves open. */
function fieldsAt(body: unknown, pointer: string): readonly string[] | undefined {
  const keys = parsePointer(pointer);
  if (keys.length === 0) return INTERACTIONS_REQUEST_FIELDS;
  if (pointer === "/generation_config") return INTERACTIONS_GENERATION_CONFIG_FIELDS;
  if (pointer === "/generation_config/image_config") return INTERACTIONS_IMAGE_CONFIG_FIELDS;
  if (keys[0] === "response_format" && keys.length <= 2) return IMAGE_RESPONSE_FORMAT_FIELDS;
  if (keys[0] === "input" && keys.length <= 2) {
    const type = valueAt(body, `${pointer}/type`);
    return type === "text" || type === "image" ? INTERACTIONS_CONTENT_FIELDS[type] : undefined;
  }
  return undefined;
}

const invalid = (path: string, expected: string, fix?: readonly FixOperation[]): Finding =>
  makeFinding("invalid-value", path, { at: `\`${displayPath(path)}\``, expected }, fix);

/** The finding for a key of the object at `parent` that the schema does not know. */
function extraField(body: unknown, parent: string, key: string, context: ModelContext): Finding | undefined {
  const path = `${parent}/${escapeKey(key)}`;
  const field = clip(key);
  const inInput = parent === "/input" || parent.startsWith("/input/");
  // generateContent shapes in input, and a top-level contents, are the input checks' findings.
  if ((inInput && Object.hasOwn(GENERATE_CONTENT_SHAPES_IN_INPUT, key)) || (parent === "" && key === "contents")) return undefined;
  if (parent === "") {
    if (field === "size") return openAISizeFinding(body, path, context, "interactions");
    if (field === "n" || field === "numberOfImages") return makeFinding("openai-n", path, { field }, [{ op: "remove", path }]);
    if (isOpenAIField(field)) {
      // `prompt` and `messages` carry the prompt itself: removing them would lose it.
      const fix = field === "prompt" || field === "messages" ? undefined : [{ op: "remove" as const, path }];
      return makeFinding("openai-field", path, { field, api: "interactions" }, fix);
    }
  }
  const allowed = fieldsAt(body, parent) ?? [];
  const snake = snakeCaseName(key);
  if (snake !== key && allowed.includes(snake)) {
    return makeFinding("interactions-camel-case", path, { field, snake }, moveTo(body, path, `${parent}/${snake}`));
  }
  return makeFinding("unknown-field", path, { field, at: parent === "" ? "the request body" : displayPath(parent), allowed });
}

/** The finding for a value of the wrong JSON type. */
function typeFinding(body: unknown, error: AjvError): Finding {
  const path = error.instancePath;
  const value = valueAt(body, path);
  const types = (Array.isArray(error.params.type) ? error.params.type : String(error.params.type).split(",")) as string[];
  const expected = types.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
  if (path === "/response_format" && typeof value === "string") {
    // OpenAI's `response_format: "b64_json" | "url"` asks how the image comes back: the
    // Interactions spelling is an image entry's `delivery` ("inline" as base64, or "uri").
    const delivery = value === "b64_json" ? "inline" : value === "url" ? "uri" : undefined;
    const fix = delivery && [{ op: "replace" as const, path, value: { type: "image", delivery } }];
    return invalid(path, `an object such as { type: "image", image_size, aspect_ratio } or a list of them ("${clip(value)}" is OpenAI's value)`, fix);
  }
  if (path === "/response_modalities" && typeof value === "string") return invalid(path, expected, [{ op: "replace", path, value: [value] }]);
  if (path === "/system_instruction" && isObject(value)) {
    // generateContent's `{ parts: [{ text }] }`: one text part is the same instruction as a string.
    const parts = value.parts;
    const only = Array.isArray(parts) && parts.length === 1 && Object.keys(value).every((k) => k === "parts" || k === "role") ? parts[0] : undefined;
    const text = isObject(only) && Object.keys(only).length === 1 && typeof only.text === "string" ? only.text : undefined;
    return invalid(path, `${expected} (not a generateContent Content)`, text === undefined ? undefined : [{ op: "replace", path, value: text }]);
  }
  return invalid(path, expected);
}

/** The finding for a missing required field. */
function missingFinding(body: unknown, error: AjvError, context: ModelContext): Finding | undefined {
  const parent = error.instancePath;
  const field = String(error.params.missingProperty);
  const path = `${parent}/${escapeKey(field)}`;
  if (parent === "" && field === "model") {
    // The model is in the body here, not the URL: a model the caller named is certain to be meant.
    const fix = context.id === undefined ? undefined : [{ op: "add" as const, path, value: context.id }];
    return invalid(path, `present: the model id, such as "gemini-3-pro-image" (an interaction names its model in the body)`, fix);
  }
  const entry = valueAt(body, parent);
  if (field === "type" && parent.startsWith("/input") && isGenerateContentShape(entry)) return undefined;
  if (field === "type" && parent.startsWith("/response_format") && isObject(entry) && ("image_size" in entry || "aspect_ratio" in entry)) {
    return invalid(path, `present: "image" for image settings`, [{ op: "add", path, value: "image" }]);
  }
  return invalid(path, "present");
}

/**
 * Turns ajv's errors on an Interactions body into findings that say the fix; each path and code
 * is reported once (a model's schema repeats the root's enumerations).
 */
export function findingsFromInteractionsAjv(errors: readonly AjvError[], body: unknown, context: ModelContext): Finding[] {
  const { findings, add } = onePerPlace();
  for (const error of errors) {
    const path = error.instancePath;
    switch (error.keyword) {
      case "additionalProperties":
        add(extraField(body, path, String(error.params.additionalProperty), context));
        break;
      case "required":
        add(missingFinding(body, error, context));
        break;
      case "enum": {
        const last = parsePointer(path).at(-1);
        if (last === "image_size") add(imageSettingFinding("size", body, path, context, "interactions"));
        else if (last === "aspect_ratio") add(imageSettingFinding("ratio", body, path, context, "interactions"));
        else add(invalid(path, `one of ${quoted((error.params.allowedValues as readonly unknown[] | undefined) ?? [])}`));
        break;
      }
      case "pattern":
        add(invalid(path, path.startsWith("/response_modalities/") ? `one of ${quoted(INTERACTIONS_RESPONSE_MODALITIES)}` : "a number"));
        break;
      case "minimum":
        add(invalid(path, `at least ${String(error.params.limit)}`));
        break;
      case "type":
        add(typeFinding(body, error));
        break;
      // `if` only says that its `then` failed; the `then` errors say what.
      case "if":
        break;
      default:
        add(invalid(path, "valid for this field"));
    }
  }
  return findings;
}
