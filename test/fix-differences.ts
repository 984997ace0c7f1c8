/**
 * The files of the agreement corpus where `migrate` writes more than `eslint --fix`
 * (test/fix-agreement.test.ts), each with its reason. Only what migrate does beyond the ESLint
 * rules' autofixes belongs here; a file where the two write shared findings differently is a bug
 * to fix, not a row. Delete a row when the outputs become the same: the test fails on it.
 */
export interface FixDifference {
  /** The file, relative to test/fixtures/agreement. */
  readonly fixture: string;
  readonly reason: string;
}

/** Why each file differs: what migrate does that `eslint --fix` leaves to a person. */
const RETIRED =
  "a shut-down preview id becomes the GA id Google names as its replacement: valid-model-id only suggests it (another model may answer differently), migrate's model-ids applies it (docs/codemod.md)";
const SIZE =
  "OpenAI's size is mapped into the request's image settings (imageConfig; response_format for the Interactions API, the AI SDK's responseFormat entry for google.interactions) from the protocol's toImageConfig, merged across objects: no-openai-size only suggests it, as the mapping picks the nearest ratio and tier";
const SIZE_N = `${SIZE}; n is removed with a follow-up comment (make N calls), a suggestion in no-multiple-images`;
const MODALITIES =
  'responseModalities: ["IMAGE"] is added where an imageConfig asks for an image: require-image-modality suggests two values (IMAGE, or TEXT and IMAGE), migrate writes its --modalities (default IMAGE)';
const MESSAGE_CONFIG =
  "migrate adds responseModalities to a sendMessage config that require-image-modality does not check (agreement row MESSAGE_CONFIG)";
const TEXT_ONLY =
  'a TEXT-only list on an image request gains IMAGE (Modality.IMAGE for the enum): require-image-modality suggests replacing the list, migrate appends to it';
const REMOVED =
  "OpenAI-only fields are removed with a follow-up comment that keeps the original: no-openai-fields only suggests the removal, as it drops what the code asked for";
const COUNT =
  "candidateCount above the model's limit is removed with a follow-up comment (make N calls): no-multiple-images only suggests it, as fewer images come back";
const NO_MODEL_SIZE =
  "a size with no model to map it for gets a follow-up comment (gemini-image sizes, or --model): comments are migrate's, ESLint reports";

const MODALITY_CASE =
  'a modality in another case than its API documents ("Image"; "IMAGE" in an interaction) is rewritten in the documented case where the list itself holds the string: require-image-modality only suggests it, as the other case is UNCONFIRMED rather than known wrong';

export const FIX_DIFFERENCES: readonly FixDifference[] = [
  { fixture: "ai-sdk/generate-image-retired.js", reason: RETIRED },
  { fixture: "ai-sdk/generate-image-size.ts", reason: SIZE },
  { fixture: "ai-sdk/generate-text-no-modalities.ts", reason: MODALITIES },
  { fixture: "ai-sdk/interactions-openai-size.ts", reason: SIZE },
  { fixture: "ai-sdk/interactions-retired-model.ts", reason: RETIRED },
  { fixture: "ai-sdk/interactions-uppercase-modality.ts", reason: MODALITY_CASE },
  { fixture: "genai/candidate-count.ts", reason: COUNT },
  { fixture: "genai/chat-message-config.ts", reason: MESSAGE_CONFIG },
  { fixture: "genai/chat-retired.ts", reason: RETIRED },
  { fixture: "genai/env-fallback.ts", reason: RETIRED },
  { fixture: "genai/flash25-title-case-size.ts", reason: MODALITY_CASE },
  { fixture: "genai/lowercase-exp-non-null.ts", reason: MODALITY_CASE },
  { fixture: "genai/modality-text-enum.ts", reason: TEXT_ONLY },
  { fixture: "genai/no-modalities.ts", reason: MODALITIES },
  { fixture: "genai/quality.js", reason: REMOVED },
  { fixture: "genai/settings-object-model.js", reason: RETIRED },
  { fixture: "genai/size-n.js", reason: SIZE_N },
  { fixture: "interactions/modality-uppercase.js", reason: MODALITY_CASE },
  { fixture: "interactions/openai-quality.js", reason: REMOVED },
  { fixture: "interactions/openai-size-n.ts", reason: SIZE_N },
  { fixture: "interactions/retired-model.ts", reason: RETIRED },
  { fixture: "legacy/env-fallback-preview.js", reason: RETIRED },
  { fixture: "legacy/quality.js", reason: REMOVED },
  { fixture: "legacy/retired.cjs", reason: RETIRED },
  { fixture: "legacy/title-case-modalities.cjs", reason: MODALITY_CASE },
  { fixture: "rest/axios-size.ts", reason: SIZE },
  { fixture: "rest/body-in-branches.js", reason: SIZE },
  { fixture: "rest/class-field-model.ts", reason: RETIRED },
  { fixture: "rest/fetch-candidate-count.js", reason: COUNT },
  { fixture: "rest/fetch-lowercase-modalities.js", reason: MODALITY_CASE },
  { fixture: "rest/fetch-no-modalities.js", reason: MODALITIES },
  { fixture: "rest/fetch-quality-format.js", reason: REMOVED },
  { fixture: "rest/fetch-retired-preview.js", reason: RETIRED },
  { fixture: "rest/fetch-size-n.js", reason: SIZE_N },
  { fixture: "rest/fetch-size.js", reason: SIZE },
  { fixture: "rest/fetch-text-modality.js", reason: TEXT_ONLY },
  { fixture: "rest/ky-json-size.js", reason: SIZE },
  { fixture: "rest/no-model-size.js", reason: NO_MODEL_SIZE },
];
