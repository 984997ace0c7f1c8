/**
 * Ids that `@google/genai` 3.3.0 lists in its `Model` type (SOURCES.genaiDeclarations) and whose
 * names say image generation, but whose image capabilities (sizes, ratios, prices) Google has
 * not published. They are real ids: never a typo or an unknown model. With nothing published
 * to check against, the tools skip every per-model check for them and say why. Third-party
 * claims that `gemini-nano-banana-2.1` replaced 3.1 Flash Image are UNCONFIRMED (facts page
 * "Models").
 */
export const SDK_LISTED_IMAGE_MODEL_IDS = ["gemini-nano-banana-2.1", "nano-banana-pro-preview"] as const;

/** One of the SDK-listed image model ids without published capabilities. */
export type SdkListedImageModelId = (typeof SDK_LISTED_IMAGE_MODEL_IDS)[number];

/** True for an id of `SDK_LISTED_IMAGE_MODEL_IDS` (exact spelling). */
export function isSdkListedImageModel(name: string | undefined): name is SdkListedImageModelId {
  return name !== undefined && (SDK_LISTED_IMAGE_MODEL_IDS as readonly string[]).includes(name);
}

/** Why the tools check nothing model-specific for a listed id, in one sentence. */
export function listedModelNote(id: string): string {
  return `"${id}" is a model id the @google/genai SDK lists, but Google has published no image sizes, ratios or prices for it, so no per-model check applies.`;
}
