import { ratioValue, type AspectRatio } from "./aspect-ratio.js";
import { ProtocolError } from "./errors.js";
import { isImageSize, type ImageSize } from "./image-size.js";
import { confirmedAspectRatios, type ModelId, type OutputTier, type Pixels } from "./models.js";
import { requireModel, selectTier, type ModelRef } from "./tiers.js";

/** An OpenAI-style size read into numbers, or `"auto"`. */
export type ParsedSize = Pixels | "auto";

const SIZE_PATTERN = /^\s*(\d{1,6})\s*[x×X*]\s*(\d{1,6})\s*$/u;

/**
 * Reads an OpenAI-style size: `"WxH"` with positive whole numbers (also `×` or `*` as the
 * separator), or `"auto"`. Throws a ProtocolError with `code: "invalid-size"` otherwise.
 */
export function parseSize(size: unknown): ParsedSize {
  if (typeof size === "string" && size.trim().toLowerCase() === "auto") return "auto";
  const match = typeof size === "string" ? SIZE_PATTERN.exec(size) : null;
  const width = match ? Number(match[1]) : 0;
  const height = match ? Number(match[2]) : 0;
  if (width > 0 && height > 0) return { width, height };

  const shown = typeof size === "string" ? `"${size}"` : String(size);
  const asImageSize = typeof size === "string" && isImageSize(size.trim().toUpperCase());
  const hint = asImageSize
    ? ` ${shown} is an imageSize value: put it in generationConfig.imageConfig.imageSize instead of size.`
    : "";
  throw new ProtocolError(
    "invalid-size",
    `${shown} is not an OpenAI-style size.${hint}`,
    '"WxH" with positive whole numbers of pixels (for example "1024x1024" or "1792x1024"), or "auto"',
  );
}

/** The imageConfig Gemini needs, as it is written in a request. */
export interface ImageConfig {
  readonly aspectRatio: AspectRatio;
  /** Absent on models that take no imageSize (Gemini 2.5 Flash Image). */
  readonly imageSize?: ImageSize;
}

/** What an OpenAI-style size becomes for one Gemini model. */
export interface ImageConfigMapping {
  readonly model: ModelId;
  /** What was asked for. */
  readonly requested: ParsedSize;
  /** The imageConfig to send, or `undefined` for `"auto"`: send none, Gemini picks. */
  readonly imageConfig: ImageConfig | undefined;
  readonly imageSize: ImageSize | undefined;
  readonly aspectRatio: AspectRatio | undefined;
  /** The pixels Gemini returns for that imageConfig; `undefined` for `"auto"`. */
  readonly pixels: Pixels | undefined;
  /** True when the output has exactly the requested width and height. */
  readonly exact: boolean;
  /** True when the output is at least the requested width and height (always false for `"auto"`). */
  readonly covers: boolean;
  /** Why the output differs from the request, in one sentence; `undefined` when exact. */
  readonly note: string | undefined;
}

/**
 * Maps an OpenAI-style `size` to Gemini's imageConfig for `model`.
 *
 * The rule: the aspect ratio is the one the model accepts whose W/H is nearest to the
 * request's, compared in log space (so 2:1 and 1:2 are equally far from 1:1); ties go to the
 * ratio listed first. The tier is the smallest imageSize whose output is at least the
 * requested width and height at that ratio; above the largest tier, the largest tier, with a
 * note. `"auto"` maps to no imageConfig. It never falls back to 1:1 silently.
 */
export function toImageConfig(size: unknown, options: { model: ModelRef }): ImageConfigMapping {
  const model = requireModel(options.model);
  const requested = parseSize(size);
  // A shut-down model has no tiers; selectTier throws the "shut down, use X" error.
  if (model.tiers.length === 0) selectTier(model, undefined);
  if (requested === "auto") {
    return {
      model: model.id,
      requested,
      imageConfig: undefined,
      imageSize: undefined,
      aspectRatio: undefined,
      pixels: undefined,
      exact: false,
      covers: false,
      note: 'size "auto": send no imageConfig; Gemini matches the input image\'s ratio, or answers 1:1 at the default size.',
    };
  }

  // Only confirmed ratios: a mapping must never produce a value Google may reject.
  const aspectRatio = nearestRatio(requested, confirmedAspectRatios(model));
  const { tier, covers } = smallestCoveringTier(model.tiers, aspectRatio, requested);
  const pixels = tier.pixels[aspectRatio]!;
  const exact = pixels.width === requested.width && pixels.height === requested.height;
  const imageConfig: ImageConfig =
    tier.imageSize === undefined ? { aspectRatio } : { aspectRatio, imageSize: tier.imageSize };

  let note: string | undefined;
  const asked = `${requested.width}x${requested.height}`;
  const got = `${pixels.width}x${pixels.height}`;
  if (!covers) {
    const largest = tier.imageSize === undefined ? "its only size" : `its largest size, ${tier.imageSize},`;
    note = `${asked} is larger than ${model.id} can produce at ${aspectRatio}: ${largest} gives ${got}.`;
  } else if (!exact) {
    note = `${model.id} has no ${asked}; the nearest ratio is ${aspectRatio} and the smallest size that covers it gives ${got}.`;
  }
  return {
    model: model.id,
    requested,
    imageConfig,
    imageSize: tier.imageSize,
    aspectRatio,
    pixels,
    exact,
    covers,
    note,
  };
}

/** The ratio in `ratios` nearest to `size` in log space; the first listed wins a tie. */
export function nearestRatio(size: Pixels, ratios: readonly AspectRatio[]): AspectRatio {
  const target = Math.log(size.width / size.height);
  let best = ratios[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const ratio of ratios) {
    const distance = Math.abs(Math.log(ratioValue(ratio)) - target);
    // A tolerance keeps float noise from breaking ties against the listed order.
    if (distance < bestDistance - 1e-12) {
      best = ratio;
      bestDistance = distance;
    }
  }
  return best;
}

function smallestCoveringTier(
  tiers: readonly OutputTier[],
  ratio: AspectRatio,
  size: Pixels,
): { tier: OutputTier; covers: boolean } {
  for (const tier of tiers) {
    const pixels = tier.pixels[ratio];
    if (pixels && pixels.width >= size.width && pixels.height >= size.height) return { tier, covers: true };
  }
  return { tier: tiers.at(-1)!, covers: false };
}
