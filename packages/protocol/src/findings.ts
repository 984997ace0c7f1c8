import { OPENAI_FIELDS } from "./fields.js";
import { API_SHAPES, type GeminiApi } from "./interactions.js";
import { INTERACTIONS_OPENAI_INSTEAD } from "./interactions-openai.js";

/**
 * The finding catalog: one id per problem, with its severity and message. The ESLint rules,
 * the validator, the guard and `gemini-image check` all report with these ids and words, so a user sees
 * the same sentence in the editor, at runtime and in CI. Each id has a page
 * `docs/findings/<id>.md`.
 */

/** How bad a finding is: `error` breaks or silently changes the request; `warning` is risky. */
export type Severity = "error" | "warning";

/** One catalog entry. `message` turns the finding's facts into a sentence that says the fix. */
export interface FindingSpec<P> {
  readonly severity: Severity;
  /** A few words for tables and headings. */
  readonly title: string;
  readonly message: (params: P) => string;
}

function define<P>(spec: FindingSpec<P>): FindingSpec<P> {
  return spec;
}

/** Formats code in messages. */
const code = (text: string): string => `\`${text}\``;
const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");

/** How each API names an inline image's bytes, its MIME type and a file URI (facts page "Request", "The Interactions API"). */
const INLINE_NAMES: Readonly<Record<GeminiApi, { data: string; mimeType: string; uri: string }>> = {
  "generate-content": { data: "inlineData.data", mimeType: "mimeType", uri: "fileData.fileUri" },
  interactions: { data: "data", mimeType: "mime_type", uri: '{ type: "image", uri }' },
};

/** Where the model's name is shown after a fix, as in `(gemini-3-pro-image)`. */
const forModel = (model: string | undefined): string => (model ? ` (${model})` : "");

export const FINDINGS = {
  "openai-size": define<{ value?: string; imageConfig?: string; model?: string; target?: string; api?: GeminiApi }>({
    severity: "error",
    title: "OpenAI `size` field",
    message: ({ imageConfig, model, api = "generate-content", target = API_SHAPES[api].imageSettings }) =>
      imageConfig
        ? `${code("size")} is an OpenAI field Gemini does not have; it is rejected or silently ignored (a 1K square). Remove ${code("size")}; set ${code(target)} to ${code(imageConfig)}${forModel(model)}.`
        : `${code("size")} is an OpenAI field Gemini does not have; it is rejected or silently ignored (a 1K square). Remove ${code("size")}; set ${code(`${target}.${API_SHAPES[api].imageSizeField}`)} and ${code(`${target}.${API_SHAPES[api].aspectRatioField}`)} instead.`,
  }),
  "openai-n": define<{ field: string }>({
    severity: "error",
    title: "Several images per call",
    message: ({ field }) =>
      `${code(field)} asks for several images, but Gemini image models return one image per call. Remove ${code(field)} and make one call per image.`,
  }),
  "candidate-count": define<{ value: number; model: string; max: number }>({
    severity: "error",
    title: "candidateCount above the model's limit",
    message: ({ value, model, max }) =>
      `${code(`candidateCount: ${value}`)} fails on ${model} ("Multiple candidates is not enabled"); it allows at most ${max}. Remove it and make one call per image.`,
  }),
  "openai-field": define<{ field: string; api?: GeminiApi }>({
    severity: "error",
    title: "OpenAI-only field",
    message: ({ field, api }) => {
      const entry = Object.hasOwn(OPENAI_FIELDS, field) ? OPENAI_FIELDS[field] : undefined;
      const words = api === "interactions" && Object.hasOwn(INTERACTIONS_OPENAI_INSTEAD, field) ? INTERACTIONS_OPENAI_INSTEAD[field] : entry?.instead;
      const instead = words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}.` : `Remove it.`;
      return `${code(field)} is an OpenAI field Gemini does not have. ${instead}`;
    },
  }),
  "snake-case-field": define<{ field: string; camel: string; context: "rest" | "sdk" }>({
    severity: "error",
    title: "snake_case field name",
    message: ({ field, camel, context }) =>
      context === "sdk"
        ? `${code(field)} is dropped by the @google/genai SDK, which copies only camelCase keys. Write ${code(camel)}.`
        : `${code(field)} is snake_case: Google's REST API accepts it, but the @google/genai SDK, many gateways and code that reads the body back drop it. Write ${code(camel)}, the only form every hop keeps.`,
  }),
  "missing-response-modalities": define<{ target?: string; present?: readonly string[] }>({
    severity: "warning",
    title: "responseModalities without IMAGE",
    message: ({ target = "generationConfig", present }) =>
      present
        ? `${code(`${target}.responseModalities`)} is [${quoted(present)}] without "IMAGE", so no image comes back. Write ["IMAGE"] or ["TEXT", "IMAGE"].`
        : `This image request has no ${code(`${target}.responseModalities`)}, so the model may answer with text only. Add ${code('responseModalities: ["IMAGE"]')} (or ["TEXT", "IMAGE"]).`,
  }),
  "invalid-image-size": define<{ value: string; model?: string; accepted: readonly string[]; fix?: string; api?: GeminiApi }>({
    severity: "error",
    title: "imageSize the model does not accept",
    message: ({ value, model, accepted, fix, api = "generate-content" }) => {
      const who = model ?? "Gemini";
      const field = API_SHAPES[api].imageSizeField;
      if (accepted.length === 0) {
        return `${who} takes no ${code(field)} (it always answers about 1024 px). Remove ${code(`${field}: ${value}`)}.`;
      }
      const instead = fix ? `Write "${fix}".` : `Write one of ${quoted(accepted)}.`;
      return `${code(`${field}: ${value}`)} is not accepted by ${who}: values are ${quoted(accepted)}, uppercase K. ${instead}`;
    },
  }),
  "invalid-aspect-ratio": define<{ value: string; model?: string; accepted: readonly string[]; fix?: string; api?: GeminiApi }>({
    severity: "error",
    title: "aspectRatio the model does not accept",
    message: ({ value, model, accepted, fix, api = "generate-content" }) => {
      const instead = fix ? `Write "${fix}".` : `Write one of ${quoted(accepted)}.`;
      return `${code(`${API_SHAPES[api].aspectRatioField}: ${value}`)} is not accepted by ${model ?? "Gemini"}. ${instead}`;
    },
  }),
  "unconfirmed-aspect-ratio": define<{ value: string; model: string; confirmed: readonly string[]; api?: GeminiApi }>({
    severity: "warning",
    title: "aspectRatio Google does not confirm for the model",
    // Listed on one of Google's model cards but not the other: UNCONFIRMED (facts page "Models").
    message: ({ value, model, confirmed, api = "generate-content" }) =>
      `${code(`${API_SHAPES[api].aspectRatioField}: ${value}`)} on ${model} is listed by Vertex AI but not confirmed on the Gemini API, which may reject it. Write one of ${quoted(confirmed)}, or test the ratio on the Gemini API first.`,
  }),
  "misplaced-field": define<{ field: string; at: string; expected: string }>({
    severity: "error",
    title: "Field at the wrong level",
    message: ({ field, at, expected }) =>
      `${code(field)} at ${at} is silently ignored. Move it to ${code(expected)}.`,
  }),
  "vertex-only-field": define<{ field: string }>({
    severity: "error",
    title: "Vertex-only imageConfig field",
    message: ({ field }) =>
      `${code(`imageConfig.${field}`)} exists only on Vertex AI; the Gemini API answers 400 "Cannot find field". Remove it.`,
  }),
  "unknown-field": define<{ field: string; at: string; allowed: readonly string[] }>({
    severity: "error",
    title: "Unknown field",
    message: ({ field, at, allowed }) =>
      `${code(field)} is not a field of ${at}; Google answers 400 "Unknown name" or a gateway drops it. Remove it, or use one of: ${allowed.join(", ")}.`,
  }),
  "invalid-value": define<{ at: string; expected: string }>({
    severity: "error",
    title: "Value of the wrong type",
    message: ({ at, expected }) => `${code(at)} must be ${expected}. Change the value to match.`,
  }),
  "missing-contents": define<Record<string, never>>({
    severity: "error",
    title: "No contents",
    message: () => `The request has no ${code("contents")}. Add contents: [{ role: "user", parts: [{ text: "…" }] }].`,
  }),
  "invalid-body": define<{ reason: string; api?: GeminiApi }>({
    severity: "error",
    title: "Not a request body",
    message: ({ reason, api = "generate-content" }) => `The body cannot be checked: ${reason}. Send one JSON object with ${code(API_SHAPES[api].input)}.`,
  }),
  "retired-model": define<{ model: string; replacement?: string }>({
    severity: "warning",
    title: "Shut-down model",
    message: ({ model, replacement }) =>
      `"${model}" is shut down: Google no longer serves it, so requests to it fail. ${replacement ? `Use "${replacement}".` : "Use a current Gemini image model."}`,
  }),
  "deprecated-model": define<{ model: string; date: string; replacement?: string }>({
    severity: "warning",
    title: "Model with an announced shutdown",
    message: ({ model, date, replacement }) =>
      `"${model}" is scheduled to shut down (${date}). ${replacement ? `Move to "${replacement}".` : "Plan a move to a current Gemini image model."}`,
  }),
  "unknown-model": define<{ model: string; suggestion?: string }>({
    severity: "warning",
    title: "Unknown model id",
    message: ({ model, suggestion }) =>
      suggestion
        ? `"${model}" is not a Gemini image model id. Did you mean "${suggestion}"?`
        : `"${model}" is not a Gemini image model id this tool knows (a retired or made-up id, or one newer than its list). Use one such as "gemini-3-pro-image" or "gemini-3.1-flash-image".`,
  }),
  "model-alias": define<{ alias: string; id: string }>({
    severity: "warning",
    title: "Gateway alias sent to Google",
    message: ({ alias, id }) =>
      `"${alias}" is a gateway alias, not a Google model id; Google's own API and SDK have no model by that name. Write "${id}".`,
  }),
  "first-part-image": define<{ api?: GeminiApi }>({
    severity: "warning",
    title: "the first image part read as the image",
    // An interaction's image is the last image of its "model_output" steps, as the SDK's
    // `output_image` takes it (facts page "The Interactions API", response).
    message: ({ api }) =>
      api === "interactions"
        ? `The first step or entry of an interaction's ${code("steps")} is often a thought or text, not the final image. Read the last image of the "model_output" steps (the SDK's ${code("output_image")}).`
        : `${code("parts[0]")} is often text or a thought image, not the final image. Take the last part with ${code("inlineData")} whose mimeType starts with "image/" and that is not ${code("thought: true")}.`,
  }),
  "snake-case-response": define<{ field: string; camel: string }>({
    severity: "warning",
    title: "snake_case read from a response",
    message: ({ field, camel }) =>
      `Responses are camelCase, so reading ${code(field)} finds nothing. Read ${code(camel)}.`,
  }),
  "key-in-url": define<Record<string, never>>({
    severity: "warning",
    title: "API key in the URL",
    message: () =>
      `The API key in the URL query (${code("?key=")}) leaks into logs and proxies. Send it in the ${code("x-goog-api-key")} header.`,
  }),
  "data-url-inline-data": define<{ api?: GeminiApi }>({
    severity: "error",
    title: "data: URL as inline data",
    // In an interaction's `data`, UNCONFIRMED: treated like generateContent's (facts page "The Interactions API").
    message: ({ api } = {}) =>
      `${code(INLINE_NAMES[api ?? "generate-content"].data)} must be bare base64; a ${code("data:image/…;base64,")} prefix answers 400 "Base64 decoding failed". Strip everything up to and including the comma, and put the MIME type in ${code(INLINE_NAMES[api ?? "generate-content"].mimeType)}.`,
  }),
  "url-inline-data": define<{ api?: GeminiApi }>({
    severity: "error",
    title: "URL as inline data",
    message: ({ api } = {}) =>
      `${code(INLINE_NAMES[api ?? "generate-content"].data)} must be base64 bytes, not a URL ("Base64 decoding failed"). Download the image and base64 it, or pass a Files API URI as ${code(INLINE_NAMES[api ?? "generate-content"].uri)}.`,
  }),
  "invalid-base64": define<{ at: string }>({
    severity: "error",
    title: "inlineData.data is not base64",
    message: ({ at }) => `${code(at)} has characters outside base64 ("Base64 decoding failed"). Send the bytes base64-encoded with A-Z, a-z, 0-9, +, / and = padding.`,
  }),
  "mime-type-mismatch": define<{ declared: string; actual: string; api?: GeminiApi }>({
    severity: "error",
    title: "mimeType disagrees with the bytes",
    message: ({ declared, actual, api = "generate-content" }) =>
      `${code(INLINE_NAMES[api].mimeType)} says "${declared}" but the bytes are ${actual}. Write "${actual}".`,
  }),
  "unsupported-mime-type": define<{ mimeType: string; model?: string; accepted: readonly string[] }>({
    severity: "error",
    title: "Input image type not accepted",
    message: ({ mimeType, model, accepted }) =>
      `"${mimeType}" is not an input type ${model ?? "Gemini"} accepts. Convert the image to one of ${quoted(accepted)}.`,
  }),
  "inline-data-too-large": define<{ bytes: number; limit: number; api?: GeminiApi }>({
    severity: "error",
    title: "Inline data over the request limit",
    message: ({ bytes, limit, api = "generate-content" }) =>
      `The request carries ${bytes} bytes of inline base64, over the ${limit}-byte limit. Upload large images with the Files API and pass ${code(INLINE_NAMES[api].uri)}.`,
  }),
  "too-many-images": define<{ count: number; model: string; max: number }>({
    severity: "error",
    title: "More input images than the model takes",
    message: ({ count, model, max }) =>
      `This request sends ${count} input images; ${model} takes at most ${max}. Drop or combine images.`,
  }),
  "snake-case-part-field": define<{ field: string; camel: string }>({
    severity: "warning",
    title: "snake_case name inside a part",
    message: ({ field, camel }) =>
      `${code(field)} is the spelling of Google's own REST samples and Google accepts it, but the @google/genai SDK, many gateways and code that reads the body back only know ${code(camel)}. Write ${code(camel)} to be safe on every hop.`,
  }),
  "response-modality-case": define<{ value: string; expected: string; field?: string }>({
    severity: "warning",
    title: "Response modality not in the documented case",
    // Whether Google accepts other cases is UNCONFIRMED (facts page "Request" for generateContent's
    // uppercase, "The Interactions API" for its lowercase): warn, never error.
    message: ({ value, expected, field = "responseModalities" }) =>
      `"${value}" in ${code(field)}: Google documents ${expected === expected.toUpperCase() ? "uppercase" : "lowercase"} values here and does not confirm that other cases work. Write "${expected}".`,
  }),
  "interactions-camel-case": define<{ field: string; snake: string }>({
    severity: "error",
    title: "camelCase field in an Interactions request",
    // Every Interactions field is snake_case and unknown fields are rejected, not ignored
    // (facts page "The Interactions API"; SOURCES.interactionsErrorIssue).
    message: ({ field, snake }) =>
      `${code(field)} is camelCase, but every field of the Interactions API is snake_case and Google answers 400 "Unknown parameter". Write ${code(snake)}.`,
  }),
  "generate-content-shape-in-input": define<{ field: string; instead: string }>({
    severity: "error",
    title: "generateContent shape in an interaction's input",
    message: ({ field, instead }) =>
      `${code(field)} is a generateContent shape; an interaction's ${code("input")} takes a string or { type, … } entries. Write ${code(instead)} instead.`,
  }),
  "deprecated-interaction-field": define<{ field: string; instead: string }>({
    severity: "warning",
    title: "Deprecated Interactions field",
    // Marked @deprecated in @google/genai's CreateModelInteraction and GenerationConfig types.
    message: ({ field, instead }) =>
      `${code(field)} is deprecated in the Interactions API; image settings belong in ${code("response_format")}. Write ${code(instead)}.`,
  }),
  "interaction-response-shape": define<{ field: string }>({
    severity: "error",
    title: "generateContent response read from an interaction",
    // An interaction answers `steps[]`; `candidates` and `outputs` do not exist on it
    // (facts page "The Interactions API", response).
    message: ({ field }) =>
      `An interaction has no ${code(field)}: its result is in ${code("steps")}. Read the last image of the "model_output" steps (the SDK's ${code("output_image")}) instead.`,
  }),
  "text-before-images": define<Record<string, never>>({
    severity: "warning",
    title: "Text part before the images",
    message: () => `Put the images first and the text prompt last in ${code("parts")}; Google's guidance for image editing and references.`,
  }),
} as const;

/** Every finding id. */
export type FindingId = keyof typeof FINDINGS;

/** The parameters a finding's message takes. */
export type FindingParams<I extends FindingId> = Parameters<(typeof FINDINGS)[I]["message"]>[0];

/** Every finding id, in catalog order. */
export const FINDING_IDS = Object.keys(FINDINGS) as FindingId[];

/** A finding with its words filled in. */
export interface FindingText {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  /** The repository path of the finding's docs page. */
  readonly docs: string;
}

/** The repository path of a finding's docs page. */
export function findingDocsPath(id: FindingId): string {
  return `docs/findings/${id}.md`;
}

/** Fills in a finding's message. */
export function describeFinding<I extends FindingId>(id: I, params: FindingParams<I>): FindingText {
  const spec = FINDINGS[id] as FindingSpec<FindingParams<I>>;
  return { id, severity: spec.severity, message: spec.message(params), docs: findingDocsPath(id) };
}
