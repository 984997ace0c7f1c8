/**
 * The Interactions API (`POST {base}/v1beta/interactions`, `ai.interactions.create(...)`), GA in
 * June 2026 and Google's recommended API for new projects; generateContent is "legacy" but fully
 * supported. Every name here is snake_case, in REST and in the JS SDK alike (the SDK sends the
 * object as it is): the exact inverse of generateContent.
 * Sources: SOURCES.genaiDeclarations (`CreateModelInteraction`, `ImageResponseFormat`,
 * `ImageContent`, `GenerationConfig`, `ModelOutputStep`, `ThoughtStep`), SOURCES.genaiChangelog,
 * SOURCES.interactionsOverview; facts page "The Interactions API".
 */
import { GEMINI_API_BASE_URL, GEMINI_API_VERSION } from "./endpoint.js";

/** The two request APIs a Gemini image request can go through. */
export type GeminiApi = "generate-content" | "interactions";

/** Every API, in the order tools list them. */
export const GEMINI_APIS: readonly GeminiApi[] = ["generate-content", "interactions"];

/**
 * The APIs `migrate --to` moves requests to: only the Interactions API, which Google recommends
 * for new work (facts page "The Interactions API"). Here, not in the codemod, so the CLI checks
 * the flag before it loads the codemod.
 */
export const MIGRATION_TARGETS = ["interactions"] as const satisfies readonly GeminiApi[];

/** A value of `migrate --to`. */
export type MigrationTarget = (typeof MIGRATION_TARGETS)[number];

/** The path after the version segment: `{base}/v1beta/interactions`. */
export const INTERACTIONS_PATH = "interactions";

/** `{base}/v1beta/interactions`. The model goes in the body, not the URL. */
export function interactionsUrl(options: { baseUrl?: string; version?: string } = {}): string {
  const base = (options.baseUrl ?? GEMINI_API_BASE_URL).replace(/\/+$/u, "");
  return `${base}/${options.version ?? GEMINI_API_VERSION}/${INTERACTIONS_PATH}`;
}

/**
 * Top-level fields of a model interaction (`CreateModelInteraction` in @google/genai 3.3.0).
 * `model` is required. `response_modalities` and `response_mime_type` are deprecated.
 */
export const INTERACTIONS_REQUEST_FIELDS = [
  "model",
  "input",
  "response_format",
  "generation_config",
  "system_instruction",
  "tools",
  "safety_settings",
  "store",
  "stream",
  "background",
  "previous_interaction_id",
  "cached_content",
  "continuation_token",
  "environment",
  "labels",
  "service_tier",
  "webhook_config",
  "response_modalities",
  "response_mime_type",
] as const;

/** Fields of `generation_config` on an interaction. `image_config` is deprecated. */
export const INTERACTIONS_GENERATION_CONFIG_FIELDS = [
  "temperature",
  "top_p",
  "seed",
  "max_output_tokens",
  "stop_sequences",
  "thinking_level",
  "thinking_summaries",
  "tool_choice",
  "speech_config",
  "transcription_config",
  "video_config",
  "image_config",
] as const;

/** Fields of one image entry of `response_format`, where the image settings belong. */
export const IMAGE_RESPONSE_FORMAT_FIELDS = ["type", "aspect_ratio", "image_size", "mime_type", "delivery"] as const;

/** `response_format.mime_type` values the SDK's type lists. */
export const IMAGE_RESPONSE_FORMAT_MIME_TYPES = ["image/jpeg"] as const;

/** `response_format.delivery` values: the image inline as base64, or as a URI. */
export const IMAGE_RESPONSE_FORMAT_DELIVERIES = ["inline", "uri"] as const;

/** Fields of the deprecated `generation_config.image_config`. */
export const INTERACTIONS_IMAGE_CONFIG_FIELDS = ["aspect_ratio", "image_size"] as const;

/**
 * Values of the deprecated top-level `response_modalities`: lowercase. The SDK's own image
 * sample sends `['image']`; whether uppercase `"IMAGE"` works here is UNCONFIRMED (warn).
 */
export const INTERACTIONS_RESPONSE_MODALITIES = ["text", "image", "audio", "video", "document"] as const;

/**
 * The lowercase spelling of an Interactions modality written in another case (`"IMAGE"` →
 * `"image"`): the `response-modality-case` the validator and the ESLint rule report. `undefined`
 * when it is written lowercase already or names no modality.
 */
export function interactionModalityCase(written: string): (typeof INTERACTIONS_RESPONSE_MODALITIES)[number] | undefined {
  const lower = written.trim().toLowerCase();
  const modality = INTERACTIONS_RESPONSE_MODALITIES.find((m) => m === lower);
  return modality === written ? undefined : modality;
}

/** A deprecated field of an interaction and what replaces it. */
export interface DeprecatedInteractionField {
  /** Dotted path from the body's root. */
  readonly path: string;
  readonly instead: string;
}

/** Fields the SDK's types mark `@deprecated`, with their replacement. */
export const DEPRECATED_INTERACTION_FIELDS: readonly DeprecatedInteractionField[] = [
  {
    path: "generation_config.image_config",
    instead: 'response_format: { type: "image", aspect_ratio, image_size }',
  },
  {
    path: "response_modalities",
    instead: 'response_format: { type: "image" } (add a { type: "text" } entry for text as well)',
  },
  { path: "response_mime_type", instead: "response_format" },
];

/** Fields of an `input` content entry, by its `type`. */
export const INTERACTIONS_CONTENT_FIELDS = {
  text: ["type", "text", "annotations"],
  // `data` is bare base64 (a `data:` URL: UNCONFIRMED, treated like generateContent's
  // "Base64 decoding failed"), or `uri` instead of data.
  image: ["type", "data", "mime_type", "uri", "resolution"],
} as const;

/**
 * MIME types an Interactions image entry may declare (`ImageContentMimeType` in @google/genai
 * 3.3.0): wider than the image models' generateContent input types. Whether the models take
 * GIF, BMP or TIFF through Interactions is UNCONFIRMED, so these are never reported as unsupported.
 */
export const INTERACTIONS_IMAGE_MIME_TYPES = [
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/heic",
  "image/heif",
  "image/gif",
  "image/bmp",
  "image/tiff",
] as const;

/**
 * generateContent shapes that do not belong in an interaction's `input`: the content wrappers
 * and camelCase part fields. Each maps to the Interactions spelling.
 */
export const GENERATE_CONTENT_SHAPES_IN_INPUT: Readonly<Record<string, string>> = {
  contents: "input",
  parts: "input (a list of { type, … } entries)",
  role: "input entries without a role (one turn), or previous_interaction_id for a conversation",
  inlineData: '{ type: "image", data, mime_type }',
  inline_data: '{ type: "image", data, mime_type }',
  fileData: '{ type: "image", uri }',
  file_data: '{ type: "image", uri }',
};

/**
 * The response of an interaction. The image is in `steps[]`: the LAST `image` content of the
 * `model_output` steps. `thought` steps carry interim images in their summary: not the result.
 * `output_text` / `output_image` exist only on the SDK's object, not on the wire.
 */
export const INTERACTION_RESPONSE = {
  steps: "steps",
  outputStepType: "model_output",
  thoughtStepType: "thought",
  imageContentType: "image",
  /** Properties the SDK adds to the interaction it returns. */
  sdkOutputs: ["output_image", "output_text"],
  /**
   * generateContent's response fields that do not exist on an interaction (`Interaction` in
   * SOURCES.genaiDeclarations has none of them; `parts` is read by code that expects
   * generateContent's content object).
   */
  absent: ["candidates", "outputs", "parts"],
} as const;

/**
 * Field values of a finished interaction (SOURCES.genaiDeclarations: `Interaction.status`,
 * `ModalityTokens.modality`, `ThoughtStep.summary`): `status` once the answer is whole, and the
 * `type` of a text entry (in `input`, in a step's content, or in `response_format` to ask for
 * text beside the image, as DEPRECATED_INTERACTION_FIELDS says).
 */
export const INTERACTION_VALUES = {
  completedStatus: "completed",
  inProgressStatus: "in_progress",
  textType: "text",
  /** Where a thought step keeps its interim images and text. */
  thoughtSummary: "summary",
  /** A step of `input` that carries the user's content (`Step[]` input). */
  userInputStepType: "user_input",
} as const;

/**
 * The Server-Sent Events of a streamed interaction (`stream: true`), by their `event_type`
 * (SOURCES.genaiDeclarations: `InteractionSSEEvent` = `InteractionCreatedEvent`, `StepStart`,
 * `StepDelta`, `StepStop`, `InteractionCompletedEvent`, `ErrorEvent`, `InteractionStatusUpdate`).
 */
export const INTERACTION_STREAM_EVENTS = {
  created: "interaction.created",
  stepStart: "step.start",
  stepDelta: "step.delta",
  stepStop: "step.stop",
  completed: "interaction.completed",
  error: "error",
} as const;

/**
 * The Interactions API's error body: `{"error":{"message","code"}}` where `code` is a string and
 * there is no `status` (SOURCES.interactionsErrorIssue, real text: `Unknown parameter
 * 'response_format.mimeType'. Did you mean 'mime_type'?` with `"code":"invalid_request"`).
 */
export const INTERACTIONS_ERROR = {
  invalidRequestCode: "invalid_request",
} as const;

/** What each API expects where, in one table the tools read. */
export interface ApiShape {
  readonly api: GeminiApi;
  /** How every field name is written. */
  readonly casing: "camelCase" | "snake_case";
  /** Where the image settings go, as a dotted path from the body. */
  readonly imageSettings: string;
  /** The names of the image settings there. */
  readonly imageSizeField: string;
  readonly aspectRatioField: string;
  /** Where the prompt and input images go. */
  readonly input: string;
  /** Where the final image is read. */
  readonly responseImage: string;
}

/** Per API: casing, where the image settings and the input go, where the image comes back. */
export const API_SHAPES: Readonly<Record<GeminiApi, ApiShape>> = {
  "generate-content": {
    api: "generate-content",
    casing: "camelCase",
    imageSettings: "generationConfig.imageConfig",
    imageSizeField: "imageSize",
    aspectRatioField: "aspectRatio",
    input: "contents",
    responseImage: "the last non-thought inlineData part of candidates[0].content.parts",
  },
  interactions: {
    api: "interactions",
    casing: "snake_case",
    imageSettings: "response_format",
    imageSizeField: "image_size",
    aspectRatioField: "aspect_ratio",
    input: "input",
    responseImage: 'the last image of the "model_output" steps (the SDK\'s output_image)',
  },
};

/**
 * The API a request body is written for, from its own keys: `input` or `response_format` say
 * Interactions, `contents` says generateContent; `undefined` when the keys say neither or both.
 */
export function apiOfBody(body: unknown): GeminiApi | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const has = (key: string) => Object.hasOwn(body, key);
  const interactions = has("input") || has("response_format");
  const generateContent = has("contents");
  if (interactions === generateContent) return undefined;
  return interactions ? "interactions" : "generate-content";
}

/** The API a request URL addresses: `…/interactions` or `…:generateContent`; `undefined` otherwise. */
export function apiOfUrl(url: string): GeminiApi | undefined {
  const path = url.split(/[?#]/u, 1)[0]!;
  if (/\/interactions\/?$/u.test(path)) return "interactions";
  if (/:(?:stream)?[gG]enerateContent$/u.test(path)) return "generate-content";
  return undefined;
}

/**
 * generateContent settings an interaction's `generation_config` takes with the same meaning and
 * value type, by their camelCase name (the snake_case spelling is the catalog's, CAMEL_TO_SNAKE).
 * SOURCES.genaiDeclarations: `GenerateContentConfig` has `temperature`, `topP`, `seed`,
 * `maxOutputTokens` (numbers) and `stopSequences` (string[]); `GenerationConfig` of interactions
 * has `temperature`, `top_p`, `seed`, `max_output_tokens` and `stop_sequences` of the same types.
 * Other settings have no field there (`topK`, `candidateCount`, `responseMimeType`, …) or one of
 * another shape (`thinkingConfig` against `thinking_level`, `speechConfig`): moving them is a
 * person's decision.
 */
export const GENERATION_SETTINGS_FOR_INTERACTIONS = ["temperature", "topP", "seed", "maxOutputTokens", "stopSequences"] as const;
