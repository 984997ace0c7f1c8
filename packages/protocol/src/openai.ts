/**
 * OpenAI's image models and the sizes each accepts. Source: SOURCES.openaiImages, facts page
 * "OpenAI sizes to map". Used by the size-mapping docs, `gemini-image sizes` and the codemod.
 */
export const OPENAI_IMAGE_SIZES = {
  "dall-e-2": ["256x256", "512x512", "1024x1024"],
  "dall-e-3": ["1024x1024", "1792x1024", "1024x1792"],
  "gpt-image-1": ["1024x1024", "1536x1024", "1024x1536", "auto"],
  "gpt-image-1.5": ["1024x1024", "1536x1024", "1024x1536", "auto"],
  "gpt-image-2": ["1024x1024", "1536x1024", "1024x1536", "auto"],
} as const satisfies Record<string, readonly string[]>;

/** An OpenAI image model id. */
export type OpenAIImageModel = keyof typeof OPENAI_IMAGE_SIZES;

/**
 * gpt-image-2 also takes any `WxH` with multiples of 16, a ratio from 1:3 to 3:1, up to
 * 3840x2160. A sample of such free sizes for the mapping tables. Source: SOURCES.openaiImages.
 */
export const OPENAI_FREE_SIZE_SAMPLES = [
  "1280x720",
  "1920x1080",
  "2560x1440",
  "3840x2160",
  "2160x3840",
  "1200x1600",
  "1600x1200",
  "1536x512",
  "512x1536",
  "640x480",
  "1024x1280",
] as const;

/** Every distinct OpenAI size: the fixed sizes of every model, then the free-size samples. */
export const OPENAI_SIZES: readonly string[] = [
  ...new Set<string>([...Object.values(OPENAI_IMAGE_SIZES).flat(), ...OPENAI_FREE_SIZE_SAMPLES]),
];
