/**
 * The differences between what the tools report today and what a correct tool reports on the
 * agreement corpus (test/agreement.test.ts), one row per fixture, tool, id and direction, each
 * with its reason. `extra`: the tool reports an id the fixture does not expect; `missing`: it
 * does not report an expected one. Delete a row when a fix makes it agree: the test fails on a
 * row that no longer differs.
 */

/**
 * The tools compared; `migrate` is ESLint `all` on migrate's output; `migrate --model` is
 * migrate with a model given, on files with nothing for migrate to fix.
 */
export type Tool = "eslint-recommended" | "eslint-all" | "check" | "audit" | "migrate" | "migrate --model";

export interface Difference {
  /** The fixture, relative to test/fixtures/agreement. */
  readonly fixture: string;
  readonly tool: Tool;
  /** A finding id, or `unexpected-edit` (migrate changed a file with nothing for it to fix) or `failed` (migrate threw). */
  readonly id: string;
  readonly got: "extra" | "missing";
  readonly reason: string;
}

const AUDIT_NO_AI_SDK =
  "the audit knows no Vercel AI SDK method (generateText, streamText, generateImage are not in its SDK_METHODS), so it lists no call here; issue 11 part 2 puts the audit on the locator, which finds them";
const MIGRATE_ONE_LINE_REMOVAL =
  'migrate throws "Overlapping or invalid edit" when it removes a key and writes its follow-up comment inside a one-line object (issue 11: the same failure as `n: 4` in a one-line body)';
const MODALITY_INSIDE_MISPLACED =
  "require-image-modality does not look inside the block no-misplaced-fields moves home, so the one mistake is reported twice; the validator checks the block where it belongs (findingsInsideMoves) and reports only misplaced-field (issue 11 part 3: one check per finding)";
const MODALITY_CASE =
  'require-image-modality compares case-sensitively and says "no image comes back", although the case is UNCONFIRMED (facts page "Request") and the catalog has response-modality-case for it, which check reports (issue 11, precision)';
const MIGRATE_MODALITY_CASE =
  'migrate\'s response-modalities transform misses the IMAGE written in another case and appends a second "IMAGE" (["Text", "Image", "IMAGE"]) instead of uppercasing';
const MIGRATE_NO_RATIO_FIX =
  'migrate has no transform for aspectRatio "16x9", which valid-aspect-ratio\'s autofix corrects to "16:9" (issue 11 part 3: one fix per finding, shared)';
const SNAKE_RESPONSE_THROUGH_CONST =
  "prefer-last-image-part follows member chains that start at candidates[…].content.parts; a parts array held in a const and read through filter(…).at(-1) is not followed";
const AUDIO_PARTS0 =
  "prefer-last-image-part does not know that the request asked for AUDIO: parts[0] of a speech answer is the audio (issue 11 part 1 classification, precision)";
const MODALITY_ENUM =
  "require-image-modality reads string literals only; [Modality.TEXT] on an image model is not read as TEXT-only (issue 11 part 1: IMAGE or TEXT in any spelling or as Modality.*)";
const UNKNOWN_IMAGE_MODEL =
  "an id the protocol does not know is reported only as a near-miss of a known one; a request that asks for IMAGE output is an image request with an unknown model and must be reported (issue 11 part 1)";
const SNAKE_FALLBACK =
  "prefer-last-image-part reports inline_data read as a fallback after inlineData (part.inlineData ?? part.inline_data), which finds the camelCase field first (issue 11, precision)";
const TEXT_ONLY_SNAKE =
  "a text-only request (text model, no IMAGE, no imageConfig) is treated as an image request: snake_case is reported although only image requests are this project's business and Google's REST API accepts it (issue 11 part 1, precision)";
const DEFAULT_PARAMETER =
  'a model named only as a default parameter (modelName = "…") is not read, so no per-model check runs (issue 11 part 4: default parameters)';
const CLASS_FIELD =
  "the locator does not read this.model from a class field, so the URL's model is unknown (issue 11 part 4: class fields); the audit reads it through types";
const MESSAGE_CONFIG =
  "require-image-modality checks chats.create, but not a sendMessage whose own config replaces the chat's whole config (docs/codemod.md) and so drops its IMAGE modality";
const MODEL_MAKES_IMAGE_REQUEST =
  "with --model, migrate treats a call that names no model as an image request and adds IMAGE to its modalities, although nothing else says it is one (issue 11: TEXT_MODEL consts, JSON responseSchema, an explicit [\"TEXT\"])";
const NO_CLASSIFICATION =
  "check validates every body as an image request: it has no image / not-image classification (issue 11 part 1), so a text or audio model is an unknown image model";

export const DIFFERENCES: readonly Difference[] = [
  { fixture: "ai-sdk/generate-image-ratio.tsx", tool: "audit", id: "invalid-aspect-ratio", got: "missing", reason: AUDIT_NO_AI_SDK },
  { fixture: "ai-sdk/generate-image-ratio.tsx", tool: "migrate", id: "invalid-aspect-ratio", got: "extra", reason: MIGRATE_NO_RATIO_FIX },
  { fixture: "ai-sdk/generate-image-retired.js", tool: "audit", id: "retired-model", got: "missing", reason: AUDIT_NO_AI_SDK },
  { fixture: "ai-sdk/stream-text-1k.ts", tool: "audit", id: "invalid-image-size", got: "missing", reason: AUDIT_NO_AI_SDK },
  { fixture: "genai/candidate-count.ts", tool: "migrate", id: "failed", got: "extra", reason: MIGRATE_ONE_LINE_REMOVAL },
  { fixture: "genai/chat-message-config.ts", tool: "eslint-recommended", id: "missing-response-modalities", got: "missing", reason: MESSAGE_CONFIG },
  { fixture: "genai/chat-message-config.ts", tool: "eslint-all", id: "missing-response-modalities", got: "missing", reason: MESSAGE_CONFIG },
  { fixture: "genai/default-parameter.ts", tool: "eslint-recommended", id: "invalid-image-size", got: "missing", reason: DEFAULT_PARAMETER },
  { fixture: "genai/default-parameter.ts", tool: "eslint-all", id: "invalid-image-size", got: "missing", reason: DEFAULT_PARAMETER },
  { fixture: "genai/default-parameter.ts", tool: "audit", id: "invalid-image-size", got: "missing", reason: DEFAULT_PARAMETER },
  {
    fixture: "genai/env-fallback.ts",
    tool: "audit",
    id: "retired-model",
    got: "missing",
    reason: 'the audit reads a model only when its type is one literal; process.env.X || "…" is a string (issue 11 part 4: env fallbacks; the locator reads the fallback)',
  },
  { fixture: "genai/generation-config.ts", tool: "eslint-recommended", id: "missing-response-modalities", got: "extra", reason: MODALITY_INSIDE_MISPLACED },
  { fixture: "genai/generation-config.ts", tool: "eslint-all", id: "missing-response-modalities", got: "extra", reason: MODALITY_INSIDE_MISPLACED },
  { fixture: "genai/modality-text-enum.ts", tool: "eslint-recommended", id: "missing-response-modalities", got: "missing", reason: MODALITY_ENUM },
  { fixture: "genai/modality-text-enum.ts", tool: "eslint-all", id: "missing-response-modalities", got: "missing", reason: MODALITY_ENUM },
  { fixture: "genai/unknown-image-model.ts", tool: "eslint-recommended", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "genai/unknown-image-model.ts", tool: "eslint-all", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "genai/unknown-image-model.ts", tool: "audit", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "legacy/quality.js", tool: "migrate", id: "failed", got: "extra", reason: MIGRATE_ONE_LINE_REMOVAL },
  { fixture: "legacy/title-case-modalities.cjs", tool: "eslint-recommended", id: "missing-response-modalities", got: "extra", reason: MODALITY_CASE },
  { fixture: "legacy/title-case-modalities.cjs", tool: "eslint-all", id: "missing-response-modalities", got: "extra", reason: MODALITY_CASE },
  { fixture: "legacy/title-case-modalities.cjs", tool: "migrate", id: "unexpected-edit", got: "extra", reason: MIGRATE_MODALITY_CASE },
  {
    fixture: "rest/axios-config-ratio.js",
    tool: "audit",
    id: "invalid-aspect-ratio",
    got: "missing",
    reason: "the audit counts a REST call only when its first argument is the URL; axios({ url, data }) passes a config object (the locator finds it)",
  },
  { fixture: "rest/axios-config-ratio.js", tool: "migrate", id: "invalid-aspect-ratio", got: "extra", reason: MIGRATE_NO_RATIO_FIX },
  {
    fixture: "rest/body-in-branches.js",
    tool: "migrate",
    id: "openai-size",
    got: "extra",
    reason: "each branch's body is found by its shape, not tied to the fetch and its URL, so migrate has no model to map the size with and leaves a follow-up (issue 11 part 4: bodies assigned in branches)",
  },
  { fixture: "rest/class-field-model.ts", tool: "eslint-recommended", id: "retired-model", got: "missing", reason: CLASS_FIELD },
  { fixture: "rest/class-field-model.ts", tool: "eslint-all", id: "retired-model", got: "missing", reason: CLASS_FIELD },
  {
    fixture: "rest/deep-assignment.js",
    tool: "migrate",
    id: "snake-case-field",
    got: "extra",
    reason: "a key written by a deep assignment (body.generationConfig.imageConfig.image_size = …) is reported, but migrate's snake-case transform (like ESLint's fixer) renames literal properties only",
  },
  {
    fixture: "rest/fetch-512px.js",
    tool: "migrate",
    id: "invalid-image-size",
    got: "extra",
    reason: 'migrate\'s image-size-case fixes only case and spaces and leaves "512px" to valid-image-size\'s autofix (docs/codemod.md); issue 11 part 3 wants the same fix in both',
  },
  { fixture: "rest/fetch-camel-fallback-read.js", tool: "eslint-recommended", id: "snake-case-response", got: "extra", reason: SNAKE_FALLBACK },
  { fixture: "rest/fetch-camel-fallback-read.js", tool: "eslint-all", id: "snake-case-response", got: "extra", reason: SNAKE_FALLBACK },
  { fixture: "rest/fetch-candidate-count.js", tool: "migrate", id: "failed", got: "extra", reason: MIGRATE_ONE_LINE_REMOVAL },
  {
    fixture: "rest/fetch-flash25-image-size.js",
    tool: "check",
    id: "invalid-image-size",
    got: "missing",
    reason: "deliberate today (README \"Choices we made\"): Google's answer to imageSize on 2.5 Flash Image is UNCONFIRMED (rejected or ignored), so the validator accepts it while valid-image-size and the audit report it; either way the size asked for is not the size that comes back, so the tools must settle on one verdict",
  },
  { fixture: "rest/fetch-lowercase-modalities.js", tool: "eslint-recommended", id: "missing-response-modalities", got: "extra", reason: MODALITY_CASE },
  { fixture: "rest/fetch-lowercase-modalities.js", tool: "eslint-all", id: "missing-response-modalities", got: "extra", reason: MODALITY_CASE },
  { fixture: "rest/fetch-lowercase-modalities.js", tool: "migrate", id: "unexpected-edit", got: "extra", reason: MIGRATE_MODALITY_CASE },
  { fixture: "rest/fetch-modalities-top.js", tool: "eslint-recommended", id: "missing-response-modalities", got: "extra", reason: MODALITY_INSIDE_MISPLACED },
  { fixture: "rest/fetch-modalities-top.js", tool: "eslint-all", id: "missing-response-modalities", got: "extra", reason: MODALITY_INSIDE_MISPLACED },
  { fixture: "rest/fetch-snake-response.js", tool: "eslint-recommended", id: "snake-case-response", got: "missing", reason: SNAKE_RESPONSE_THROUGH_CONST },
  { fixture: "rest/fetch-snake-response.js", tool: "eslint-all", id: "snake-case-response", got: "missing", reason: SNAKE_RESPONSE_THROUGH_CONST },
  {
    fixture: "traps/pdf-text-first.ts",
    tool: "eslint-all",
    id: "text-before-images",
    got: "extra",
    reason: "prefer-images-before-text (strict) reports a PDF question, which is no image generation and has no image part (issue 11, precision)",
  },
  { fixture: "traps/text-call-model-from-env.ts", tool: "migrate --model", id: "unexpected-edit", got: "extra", reason: MODEL_MAKES_IMAGE_REQUEST },
  { fixture: "traps/text-modality-model-param.js", tool: "migrate --model", id: "unexpected-edit", got: "extra", reason: MODEL_MAKES_IMAGE_REQUEST },
  { fixture: "traps/text-only-rest-schema.js", tool: "check", id: "unknown-model", got: "extra", reason: NO_CLASSIFICATION },
  { fixture: "traps/text-only-snake-config.js", tool: "eslint-recommended", id: "snake-case-field", got: "extra", reason: TEXT_ONLY_SNAKE },
  { fixture: "traps/text-only-snake-config.js", tool: "eslint-all", id: "snake-case-field", got: "extra", reason: TEXT_ONLY_SNAKE },
  { fixture: "traps/text-only-snake-config.js", tool: "check", id: "snake-case-field", got: "extra", reason: NO_CLASSIFICATION },
  { fixture: "traps/text-only-snake-config.js", tool: "check", id: "unknown-model", got: "extra", reason: NO_CLASSIFICATION },
  {
    fixture: "traps/text-only-snake-config.js",
    tool: "migrate",
    id: "unexpected-edit",
    got: "extra",
    reason: "migrate rewrites a text-only request (snake_case renamed) because nothing tells it the request is not an image request (issue 11 part 1)",
  },
  { fixture: "traps/tts-audio-parts0.js", tool: "eslint-recommended", id: "first-part-image", got: "extra", reason: AUDIO_PARTS0 },
  { fixture: "traps/tts-audio-parts0.js", tool: "eslint-all", id: "first-part-image", got: "extra", reason: AUDIO_PARTS0 },
  { fixture: "traps/tts-audio-parts0.js", tool: "check", id: "missing-response-modalities", got: "extra", reason: NO_CLASSIFICATION },
  { fixture: "traps/tts-audio-parts0.js", tool: "check", id: "unknown-model", got: "extra", reason: NO_CLASSIFICATION },
];
