/**
 * Where each protocol fact in this package comes from. Every table cites one of these in a
 * comment, so a change at Google is a one-line edit next to its source.
 */
export const SOURCES = {
  /** Google's image-generation guide: imageConfig, imageSize, aspectRatio, pixel tables. */
  imageGeneration: "https://ai.google.dev/gemini-api/docs/image-generation",
  /** Google's model pages: ids, marketing names, input limits. */
  models: "https://ai.google.dev/gemini-api/docs/models",
  /** Google's deprecations page: shutdown dates and replacement ids. */
  deprecations: "https://ai.google.dev/gemini-api/docs/deprecations",
  /** Google's pricing page: output tokens and USD per image. */
  pricing: "https://ai.google.dev/gemini-api/docs/pricing",
  /** Vertex AI model page for Gemini 2.5 Flash Image (candidateCount 1-8). */
  vertexFlashImage:
    "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/2-5-flash-image",
  /** Google's REST reference for generateContent: top-level fields and GenerationConfig. */
  generateContentReference: "https://ai.google.dev/api/generate-content",
  /** `@google/genai` types: GenerateContentParameters uses `config`, not `generationConfig`. */
  genaiTypes: "https://github.com/googleapis/js-genai/blob/main/src/types.ts",
  /** js-genai issue 865: `generationConfig` passed to the SDK is silently ignored. */
  genaiIssue865: "https://github.com/googleapis/js-genai/issues/865",
  /** gemini-cli issue 10370: "Multiple candidates is not enabled for models/...". */
  candidatesIssue: "https://github.com/google-gemini/gemini-cli/issues/10370",
  /** vercel/ai issue 11848: aspectRatio belongs in providerOptions.google.imageConfig. */
  aiSdkIssue11848: "https://github.com/vercel/ai/issues/11848",
  /**
   * The installed `@ai-sdk/google` 4.0.121 declarations (`dist/index.d.ts`): `GoogleProvider.interactions`
   * and the camelCase `providerOptions.google` of its Interactions model (`GoogleLanguageModelInteractionsOptions`).
   */
  aiSdkGoogleDeclarations: "@ai-sdk/google/dist/index.d.ts",
  /** OpenAI's Images API reference: sizes per model and the fields Gemini lacks. */
  openaiImages: "https://platform.openai.com/docs/api-reference/images/create",
  /**
   * The installed `@google/genai` 3.3.0 declarations (`dist/genai.d.ts`): the checkable truth for
   * the Interactions API (`CreateModelInteraction`, `ImageResponseFormat`, `ImageContent`, `Model`).
   */
  genaiDeclarations: "@google/genai/dist/genai.d.ts",
  /** js-genai's changelog: Interactions public (1.33.0), `steps` and snake_case response_format (2.0.x), `output_image` (2.3.0). */
  genaiChangelog: "https://github.com/googleapis/js-genai/blob/main/CHANGELOG.md",
  /** Google's Interactions overview: generateContent "is considered legacy", still fully supported. */
  interactionsOverview: "https://ai.google.dev/gemini-api/docs/interactions",
  /** js-genai issue 1571: the Interactions API's 400 body (`"code":"invalid_request"`). */
  interactionsErrorIssue: "https://github.com/googleapis/js-genai/issues/1571",
  /** The project's verified facts page, which collects all of the above. */
  factsPage: "shared/docs/protocol-facts.md",
} as const;
