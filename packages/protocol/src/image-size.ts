/** A Gemini `imageConfig.imageSize` value. Uppercase K; `"512"` has no K. */
export type ImageSize = "512" | "1K" | "2K" | "4K";

/**
 * Every imageSize value, smallest first, with its scale relative to the 1K pixel table.
 * Source: SOURCES.imageGeneration ("Lowercase parameters (e.g., 1k) will be rejected";
 * 2K = 2x, 4K = 4x, 512 = 0.5x of the 1K table).
 */
export const IMAGE_SIZES = ["512", "1K", "2K", "4K"] as const satisfies readonly ImageSize[];

/** The pixel scale of each tier relative to 1K. */
export const IMAGE_SIZE_SCALE: Readonly<Record<ImageSize, number>> = {
  "512": 0.5,
  "1K": 1,
  "2K": 2,
  "4K": 4,
};

/** What Google uses when `imageSize` is left out on models that take it. Source: SOURCES.imageGeneration. */
export const DEFAULT_IMAGE_SIZE: ImageSize = "1K";

const SIZE_SET: ReadonlySet<string> = new Set(IMAGE_SIZES);

/** True when `value` is an imageSize some Gemini image model accepts. */
export function isImageSize(value: unknown): value is ImageSize {
  return typeof value === "string" && SIZE_SET.has(value);
}

/**
 * The accepted spelling of a near-miss imageSize (`"1k"` → `"1K"`, `" 2K "` → `"2K"`), or
 * `undefined` when the text is not a plain case/space slip. `"512px"` and numbers are not
 * slips: they need a person to decide.
 */
export function normalizeImageSize(text: string): ImageSize | undefined {
  const upper = text.trim().toUpperCase();
  return isImageSize(upper) ? upper : undefined;
}
