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
  "the audit finds AI SDK calls through the locator now, but does not read generateImage's own aspectRatio option, which it passes on as imageConfig.aspectRatio (valid-aspect-ratio reads it)";
const SNAKE_RESPONSE_THROUGH_CONST =
  "prefer-last-image-part follows member chains that start at candidates[…].content.parts; a parts array held in a const and read through filter(…).at(-1) is not followed";
const AUDIO_PARTS0 =
  "prefer-last-image-part does not know that the request asked for AUDIO: parts[0] of a speech answer is the audio (issue 11 part 1 classification, precision)";
const UNKNOWN_IMAGE_MODEL =
  "an unknown id whose name says image is now an image request (never dropped: the audit lists it, the rules check it), but unknown-model is still reported only for near-misses of a known id, since the id may be a real older Google model the protocol does not list";
const DEFAULT_PARAMETER =
  'a model named only as a default parameter (modelName = "…") is a likely model: a caller may pass another, so per-model checks judge by what every model accepts (docs/locator-patterns.md); false positives cost more than this miss';
const MESSAGE_CONFIG =
  "require-image-modality checks chats.create, but not a sendMessage whose own config replaces the chat's whole config (docs/codemod.md) and so drops its IMAGE modality";
const NO_CLASSIFICATION =
  "check classifies a body (classifyBody) and says nothing about the model of a text request, but still reports snake_case in a body the classification calls not-image";

export const DIFFERENCES: readonly Difference[] = [
  { fixture: "ai-sdk/generate-image-ratio.tsx", tool: "audit", id: "invalid-aspect-ratio", got: "missing", reason: AUDIT_NO_AI_SDK },
  { fixture: "genai/chat-message-config.ts", tool: "eslint-all", id: "missing-response-modalities", got: "missing", reason: MESSAGE_CONFIG },
  { fixture: "genai/chat-message-config.ts", tool: "eslint-recommended", id: "missing-response-modalities", got: "missing", reason: MESSAGE_CONFIG },
  { fixture: "genai/default-parameter.ts", tool: "eslint-all", id: "invalid-image-size", got: "missing", reason: DEFAULT_PARAMETER },
  { fixture: "genai/default-parameter.ts", tool: "eslint-recommended", id: "invalid-image-size", got: "missing", reason: DEFAULT_PARAMETER },
  { fixture: "genai/unknown-image-model.ts", tool: "audit", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "genai/unknown-image-model.ts", tool: "eslint-all", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "genai/unknown-image-model.ts", tool: "eslint-recommended", id: "unknown-model", got: "missing", reason: UNKNOWN_IMAGE_MODEL },
  { fixture: "rest/fetch-flash25-image-size.js", tool: "check", id: "invalid-image-size", got: "missing", reason: "deliberate today (README \"Choices we made\"): Google's answer to imageSize on 2.5 Flash Image is UNCONFIRMED (rejected or ignored), so the validator accepts it while valid-image-size and the audit report it; either way the size asked for is not the size that comes back, so the tools must settle on one verdict" },
  { fixture: "rest/fetch-snake-response.js", tool: "eslint-all", id: "snake-case-response", got: "missing", reason: SNAKE_RESPONSE_THROUGH_CONST },
  { fixture: "rest/fetch-snake-response.js", tool: "eslint-recommended", id: "snake-case-response", got: "missing", reason: SNAKE_RESPONSE_THROUGH_CONST },
  { fixture: "traps/text-only-snake-config.js", tool: "check", id: "snake-case-field", got: "extra", reason: NO_CLASSIFICATION },
  { fixture: "traps/tts-audio-parts0.js", tool: "eslint-all", id: "first-part-image", got: "extra", reason: AUDIO_PARTS0 },
  { fixture: "traps/tts-audio-parts0.js", tool: "eslint-recommended", id: "first-part-image", got: "extra", reason: AUDIO_PARTS0 },
];
