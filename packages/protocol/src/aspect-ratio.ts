/** An aspect ratio as Gemini's `imageConfig.aspectRatio` spells it: `"W:H"`. */
export type AspectRatio =
  | "1:1"
  | "2:3"
  | "3:2"
  | "3:4"
  | "4:3"
  | "4:5"
  | "5:4"
  | "9:16"
  | "16:9"
  | "21:9"
  | "1:4"
  | "4:1"
  | "1:8"
  | "8:1";

/**
 * The ten ratios every Gemini image model accepts.
 * Source: SOURCES.imageGeneration (aspect ratio table), facts page "Models".
 */
export const BASE_ASPECT_RATIOS = [
  "1:1",
  "2:3",
  "3:2",
  "3:4",
  "4:3",
  "4:5",
  "5:4",
  "9:16",
  "16:9",
  "21:9",
] as const satisfies readonly AspectRatio[];

/**
 * The extreme ratios only Gemini 3.1 Flash Image (Nano Banana 2) accepts.
 * Source: SOURCES.imageGeneration; the seed article lists them for 3 Pro, which is wrong.
 */
export const EXTENDED_ASPECT_RATIOS = ["1:4", "4:1", "1:8", "8:1"] as const satisfies readonly AspectRatio[];

/** Every aspect ratio some Gemini image model accepts, in a stable display order. */
export const ALL_ASPECT_RATIOS: readonly AspectRatio[] = [...BASE_ASPECT_RATIOS, ...EXTENDED_ASPECT_RATIOS];

const RATIO_SET: ReadonlySet<string> = new Set(ALL_ASPECT_RATIOS);

/** True when `value` is an aspect ratio some Gemini image model accepts. */
export function isAspectRatio(value: unknown): value is AspectRatio {
  return typeof value === "string" && RATIO_SET.has(value);
}

/** The numeric width/height quotient of a ratio (`"16:9"` → 1.777…). */
export function ratioValue(ratio: AspectRatio): number {
  const [w, h] = ratio.split(":").map(Number) as [number, number];
  return w / h;
}

/**
 * Reads a user-written ratio with a wrong separator (`"16x9"`, `"16/9"`, `"16 : 9"`) and
 * answers the Gemini spelling when, and only when, that spelling is a ratio in `accepted`.
 * Used for autofixes: anything ambiguous answers `undefined`.
 */
export function normalizeAspectRatio(
  text: string,
  accepted: readonly AspectRatio[] = ALL_ASPECT_RATIOS,
): AspectRatio | undefined {
  const match = /^\s*(\d{1,2})\s*(?::|x|X|\/|×|-|_)\s*(\d{1,2})\s*$/u.exec(text);
  if (!match) return undefined;
  const candidate = `${Number(match[1])}:${Number(match[2])}`;
  return accepted.find((r) => r === candidate);
}
