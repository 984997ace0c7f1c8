// Builds the JSON Schema of a generateContent request body from the protocol package's
// catalogs. Every field name and enumeration comes from there; this file only says which JSON
// type each field has, which the catalogs do not record.
import {
  ALL_ASPECT_RATIOS,
  CAMEL_TO_SNAKE,
  CONTENT_FIELDS,
  FILE_DATA_FIELDS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  IMAGE_SIZES,
  INLINE_DATA_FIELDS,
  MODELS,
  MODEL_IDS,
  PART_FIELDS,
  REQUEST_FIELDS,
  RESPONSE_MODALITIES,
  projectFileUrl,
} from "@gemini-image/protocol";

/** The file name other languages load. */
export const SCHEMA_FILE = "gemini-generate-content.schema.json";
export const SCHEMA_ID = projectFileUrl(`packages/schema/${SCHEMA_FILE}`);

/** The `$defs` key of a model's schema. */
export const modelDefName = (id) => `model-${id}`;

export const object = (properties, extra = {}) => ({ type: "object", properties, additionalProperties: false, ...extra });
export const arrayOf = (items, extra = {}) => ({ type: "array", items, ...extra });
export const ref = (name) => ({ $ref: `#/$defs/${name}` });

/**
 * A pattern matching `values` in any letter case: whether Google accepts `"image"` for
 * `"IMAGE"` is UNCONFIRMED (facts page "Request"), so the schema accepts it and the
 * validator only warns. Written with character classes: JSON Schema patterns have no flags.
 */
export function anyCasePattern(values) {
  const word = (value) => [...value].map((ch) => (/[a-z]/iu.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch)).join("");
  return `^(?:${values.map(word).join("|")})$`;
}

/**
 * Numbers as Google's REST parser reads them: the proto3 JSON mapping accepts a number or a
 * string holding one ("0.5", "1") for float and int fields, so a quoted number is no error.
 */
export const number = (extra = {}) => ({ type: ["number", "string"], pattern: "^\\s*-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?\\s*$", ...extra });
export const integer = (extra = {}) => ({ type: ["integer", "string"], pattern: "^\\s*-?\\d+\\s*$", ...extra });

/** JSON types of fields whose values this schema checks; a field missing here takes any value. */
const FIELD_TYPES = {
  request: {
    contents: arrayOf(ref("content"), { minItems: 1 }),
    generationConfig: ref("generationConfig"),
    safetySettings: arrayOf({ type: "object" }),
    systemInstruction: ref("content"),
    tools: arrayOf({ type: "object" }),
    toolConfig: { type: "object" },
    cachedContent: { type: "string" },
    labels: { type: "object" },
  },
  content: { role: { type: "string" }, parts: arrayOf(ref("part")) },
  generationConfig: {
    responseModalities: arrayOf({ type: "string", pattern: anyCasePattern(RESPONSE_MODALITIES) }),
    imageConfig: ref("imageConfig"),
    temperature: number(),
    topP: number(),
    topK: number(),
    candidateCount: integer({ minimum: 1 }),
    maxOutputTokens: integer({ minimum: 1 }),
    stopSequences: arrayOf({ type: "string" }),
    seed: integer(),
    responseMimeType: { type: "string" },
    responseSchema: { type: "object" },
    mediaResolution: { type: "string" },
    speechConfig: { type: "object" },
    thinkingConfig: { type: "object" },
    presencePenalty: number(),
    frequencyPenalty: number(),
    responseLogprobs: { type: "boolean" },
    logprobs: integer(),
  },
  imageConfig: {
    aspectRatio: { enum: [...ALL_ASPECT_RATIOS] },
    imageSize: { enum: [...IMAGE_SIZES] },
  },
  part: {
    text: { type: "string" },
    inlineData: ref("inlineData"),
    fileData: ref("fileData"),
    thought: { type: "boolean" },
    thoughtSignature: { type: "string" },
    functionCall: { type: "object" },
    functionResponse: { type: "object" },
    executableCode: { type: "object" },
    codeExecutionResult: { type: "object" },
    videoMetadata: { type: "object" },
  },
  inlineData: { mimeType: { type: "string" }, data: { type: "string" } },
  fileData: { mimeType: { type: "string" }, fileUri: { type: "string" } },
};


/**
 * `properties` for the catalog's `fields`. With `snake`, the snake_case spelling of each
 * field is accepted too: Google's own REST samples write `inline_data`/`mime_type`, so inside
 * parts both spellings are schema-valid (the validator still warns about snake_case).
 */
function properties(fields, types, { snake = false } = {}) {
  const result = {};
  for (const field of fields) {
    const type = types[field] ?? {};
    result[field] = type;
    if (snake && CAMEL_TO_SNAKE[field]) result[CAMEL_TO_SNAKE[field]] = type;
  }
  return result;
}

/** One of `name` or its snake_case spelling must be present. */
function requireEither(name) {
  const snake = CAMEL_TO_SNAKE[name];
  return snake ? { anyOf: [{ required: [name] }, { required: [snake] }] } : { required: [name] };
}

/** The models a request can still be validated for: shut-down ids accept nothing. */
export function checkableModels() {
  return MODEL_IDS.filter((id) => MODELS[id].status.stage !== "shut-down");
}

/**
 * A model's schema: the whole body (`$ref: "#"`), plus its own imageSize and aspectRatio sets
 * and candidateCount limit. Whether a model without imageSize ignores or rejects one is
 * UNCONFIRMED (facts page "Models"), so such a model keeps the root's imageSize set.
 */
function modelSchema(id) {
  const model = MODELS[id];
  const imageConfig = { aspectRatio: { enum: [...model.aspectRatios] } };
  if (model.imageSizes.length > 0) imageConfig.imageSize = { enum: [...model.imageSizes] };
  return {
    title: `generateContent body for ${id} (${model.name})`,
    $ref: "#",
    type: "object",
    properties: {
      generationConfig: {
        type: "object",
        properties: {
          candidateCount: integer({ maximum: model.maxCandidateCount }),
          imageConfig: { type: "object", properties: imageConfig },
        },
      },
    },
  };
}

/** The whole schema document. */
export function schemaDocument() {
  const defs = {
    content: object(properties(CONTENT_FIELDS, FIELD_TYPES.content), { required: ["parts"] }),
    part: object(properties(PART_FIELDS, FIELD_TYPES.part, { snake: true }), { minProperties: 1 }),
    inlineData: object(properties(INLINE_DATA_FIELDS, FIELD_TYPES.inlineData, { snake: true }), {
      required: ["data"],
      ...requireEither("mimeType"),
    }),
    fileData: object(properties(FILE_DATA_FIELDS, FIELD_TYPES.fileData, { snake: true }), requireEither("fileUri")),
    generationConfig: object(properties(GENERATION_CONFIG_FIELDS, FIELD_TYPES.generationConfig)),
    imageConfig: object(properties(IMAGE_CONFIG_FIELDS, FIELD_TYPES.imageConfig)),
  };
  for (const id of checkableModels()) defs[modelDefName(id)] = modelSchema(id);
  return {
    $comment: "generated, do not edit: packages/schema/scripts/generate.mjs writes it from @gemini-image/protocol.",
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SCHEMA_ID,
    title: "Gemini generateContent request body (image generation)",
    description:
      "The body of POST models/{model}:generateContent for Gemini image models. The root accepts the values of every model; $defs/model-<id> applies one model's imageSize, aspectRatio and candidateCount sets.",
    ...object(properties(REQUEST_FIELDS, FIELD_TYPES.request), { required: ["contents"] }),
    $defs: defs,
  };
}
