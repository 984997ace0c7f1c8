/**
 * The Vercel AI SDK's Interactions model, `google.interactions(id)` of `@ai-sdk/google`
 * (SOURCES.aiSdkGoogleDeclarations, 4.0.121: `GoogleProvider.interactions` returns a
 * `LanguageModelV4`, so it goes to `generateText` / `streamText`, not to `generateImage`, which
 * takes an `ImageModel`). Its settings are `providerOptions.google`, camelCase as the type
 * `GoogleLanguageModelInteractionsOptions` spells them; the provider writes the snake_case
 * Interactions body itself (`responseFormat` → `response_format`, `aspectRatio` →
 * `aspect_ratio`), so camelCase is right here and snake_case is no key it reads.
 */

/** Every key of `providerOptions.google` for `google.interactions(…)` (`googleInteractionsLanguageModelOptions`). */
export const AI_SDK_INTERACTIONS_OPTIONS = [
  "labels",
  "previousInteractionId",
  "store",
  "agent",
  "agentConfig",
  "thinkingLevel",
  "thinkingSummaries",
  "responseFormat",
  "imageConfig",
  "mediaResolution",
  "responseModalities",
  "serviceTier",
  "systemInstruction",
  "signature",
  "interactionId",
  "pollingTimeoutMs",
  "background",
  "environment",
] as const;

/**
 * The fields of a `responseFormat` entry of type "image": a list of such entries, never one
 * object. The deprecated `imageConfig` takes `aspectRatio` and `imageSize` and becomes an image
 * entry of `response_format` unless `responseFormat` already has one (then it is ignored).
 */
export const AI_SDK_IMAGE_FORMAT_FIELDS = ["type", "mimeType", "aspectRatio", "imageSize"] as const;
