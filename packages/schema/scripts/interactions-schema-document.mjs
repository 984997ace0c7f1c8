// Builds the JSON Schema of an Interactions create body (POST {base}/v1beta/interactions) from
// the protocol package's Interactions catalog. Field names and enumerations come from there;
// this file only says which JSON type each field has (from @google/genai 3.3.0's
// CreateModelInteraction, GenerationConfig, ImageResponseFormat, TextContent and ImageContent).
import {
  ALL_ASPECT_RATIOS,
  IMAGE_RESPONSE_FORMAT_DELIVERIES,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  IMAGE_SIZES,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  INTERACTIONS_RESPONSE_MODALITIES,
  MODELS,
  projectFileUrl,
} from "@gemini-image/protocol";
import { anyCasePattern, arrayOf, checkableModels, integer, modelDefName, number, object, ref } from "./schema-document.mjs";

/** The file name other languages load. */
export const INTERACTIONS_SCHEMA_FILE = "gemini-interactions.schema.json";
export const INTERACTIONS_SCHEMA_ID = projectFileUrl(`packages/schema/${INTERACTIONS_SCHEMA_FILE}`);

/** `then` applies when the object's `type` is `value`: content and response-format entries are tagged unions. */
const whenType = (value, then) => ({
  if: { type: "object", properties: { type: { const: value } }, required: ["type"] },
  then,
});

/**
 * One value or a list of them (`input`, `response_format`): a list's items and a lone object are
 * both checked against `entry`.
 */
const loneObject = (entry) => ({ if: { type: "object" }, then: entry });
const oneOrMany = (entry, types = ["object", "array"]) => ({ type: types, items: entry, ...loneObject(entry) });

/** JSON types of fields whose values this schema checks; a field missing here takes any value. */
const FIELD_TYPES = {
  request: {
    model: { type: "string" },
    input: oneOrMany(ref("inputEntry"), ["string", "object", "array"]),
    response_format: oneOrMany(ref("responseFormat")),
    generation_config: ref("generationConfig"),
    // A plain string here, not a generateContent Content (facts page "The Interactions API").
    system_instruction: { type: "string" },
    tools: arrayOf({ type: "object" }),
    safety_settings: arrayOf({ type: "object" }),
    store: { type: "boolean" },
    stream: { type: "boolean" },
    background: { type: "boolean" },
    previous_interaction_id: { type: "string" },
    cached_content: { type: "string" },
    continuation_token: { type: "string" },
    environment: { type: ["object", "string"] },
    labels: { type: "object" },
    service_tier: { type: "string" },
    webhook_config: { type: "object" },
    // Lowercase is documented; other cases are UNCONFIRMED, so the schema takes any case and the
    // validator warns.
    response_modalities: arrayOf({ type: "string", pattern: anyCasePattern(INTERACTIONS_RESPONSE_MODALITIES) }),
    response_mime_type: { type: "string" },
  },
  generationConfig: {
    temperature: number(),
    top_p: number(),
    seed: integer(),
    max_output_tokens: integer({ minimum: 1 }),
    stop_sequences: arrayOf({ type: "string" }),
    thinking_level: { type: "string" },
    image_config: ref("imageConfig"),
  },
  imageConfig: {
    aspect_ratio: { enum: [...ALL_ASPECT_RATIOS] },
    image_size: { enum: [...IMAGE_SIZES] },
  },
  imageResponseFormat: {
    type: { const: "image" },
    aspect_ratio: { enum: [...ALL_ASPECT_RATIOS] },
    image_size: { enum: [...IMAGE_SIZES] },
    // The SDK lists "image/jpeg" but types the field as any string: not narrowed here.
    mime_type: { type: "string" },
    delivery: { enum: [...IMAGE_RESPONSE_FORMAT_DELIVERIES] },
  },
  text: { type: { const: "text" }, text: { type: "string" }, annotations: { type: "array" } },
  image: { type: { const: "image" }, data: { type: "string" }, mime_type: { type: "string" }, uri: { type: "string" }, resolution: { type: "string" } },
};

/** `properties` for the catalog's `fields`. */
function properties(fields, types) {
  return Object.fromEntries(fields.map((field) => [field, types[field] ?? {}]));
}

/**
 * A model's schema: the whole body (`$ref: "#"`) plus its own image_size and aspect_ratio sets,
 * in every image entry of `response_format` and in the deprecated `generation_config.image_config`.
 * A model without image sizes keeps the root's set (UNCONFIRMED whether it ignores or rejects one).
 */
function modelSchema(id) {
  const model = MODELS[id];
  const sets = { aspect_ratio: { enum: [...model.aspectRatios] } };
  if (model.imageSizes.length > 0) sets.image_size = { enum: [...model.imageSizes] };
  const imageEntry = { type: "object", ...whenType("image", { type: "object", properties: sets }) };
  return {
    title: `Interactions body for ${id} (${model.name})`,
    $ref: "#",
    type: "object",
    properties: {
      response_format: { type: ["object", "array"], items: imageEntry, ...loneObject(imageEntry) },
      generation_config: {
        type: "object",
        properties: { image_config: { type: "object", properties: sets } },
      },
    },
  };
}

/** The whole Interactions schema document. */
export function interactionsSchemaDocument() {
  const defs = {
    // Entries of other types (audio, document, video content; Step[] input) take any fields.
    inputEntry: {
      type: "object",
      properties: { type: { type: "string" } },
      required: ["type"],
      allOf: [whenType("text", ref("textContent")), whenType("image", ref("imageContent"))],
    },
    textContent: object(properties(INTERACTIONS_CONTENT_FIELDS.text, FIELD_TYPES.text), { required: ["text"] }),
    imageContent: object(properties(INTERACTIONS_CONTENT_FIELDS.image, FIELD_TYPES.image)),
    // Text, audio and video formats are typed by the SDK too; only the image entry is checked here.
    responseFormat: {
      type: "object",
      properties: { type: { type: "string" } },
      required: ["type"],
      ...whenType("image", ref("imageResponseFormat")),
    },
    imageResponseFormat: object(properties(IMAGE_RESPONSE_FORMAT_FIELDS, FIELD_TYPES.imageResponseFormat)),
    generationConfig: object(properties(INTERACTIONS_GENERATION_CONFIG_FIELDS, FIELD_TYPES.generationConfig)),
    imageConfig: object(properties(INTERACTIONS_IMAGE_CONFIG_FIELDS, FIELD_TYPES.imageConfig)),
  };
  for (const id of checkableModels()) defs[modelDefName(id)] = modelSchema(id);
  return {
    $comment: "generated, do not edit: packages/schema/scripts/generate.mjs writes it from @gemini-image/protocol.",
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: INTERACTIONS_SCHEMA_ID,
    title: "Gemini Interactions create body (image generation)",
    description:
      "The body of POST {base}/v1beta/interactions for Gemini image models. Every field is snake_case; the model is in the body. The root accepts the values of every model; $defs/model-<id> applies one model's image_size and aspect_ratio sets.",
    ...object(properties(INTERACTIONS_REQUEST_FIELDS, FIELD_TYPES.request), { required: ["model"] }),
    $defs: defs,
  };
}
