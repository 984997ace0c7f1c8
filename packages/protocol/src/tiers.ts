import type { AspectRatio } from "./aspect-ratio.js";
import { ProtocolError } from "./errors.js";
import { DEFAULT_IMAGE_SIZE, type ImageSize } from "./image-size.js";
import { listedModelNote } from "./listed-models.js";
import { resolveModel } from "./resolve-model.js";
import type { ImageModel, ModelId, OutputTier, Pixels } from "./models.js";

/** A model id or any text `resolveModel` recognises (`models/…`, URL, alias). */
export type ModelRef = ModelId | (string & {});

/** Resolves a model reference or throws a ProtocolError that lists the known ids. */
export function requireModel(ref: ModelRef): ImageModel {
  const resolved = resolveModel(ref);
  if (resolved.kind === "known") return resolved.model;
  if (resolved.listed) {
    throw new ProtocolError(
      "unknown-model",
      listedModelNote(resolved.name!),
      'a model id with published capabilities, such as "gemini-3-pro-image" or "gemini-3.1-flash-image"',
    );
  }
  const hint = resolved.suggestion ? ` Did you mean "${resolved.suggestion}"?` : "";
  throw new ProtocolError(
    "unknown-model",
    `"${String(ref)}" is not a Gemini image model.${hint}`,
    'a model id such as "gemini-3-pro-image" or "gemini-3.1-flash-image"',
  );
}

/** Quotes a list of values for messages: `"1K", "2K" or "4K"`. */
export function quoteList(values: readonly string[], conjunction = "or"): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted.at(-1)}`;
}

/**
 * The output tier a request selects: `imageSize` on models that take it (the default 1K when
 * left out), the single fixed tier on models that take none. Throws when the model does not
 * accept `imageSize`.
 */
export function selectTier(model: ImageModel, imageSize: ImageSize | undefined): OutputTier {
  if (model.tiers.length === 0) {
    throw new ProtocolError(
      "unsupported-value",
      `${model.id} is shut down and generates nothing.`,
      model.status.replacement ? `the model "${model.status.replacement}"` : "a current model id",
    );
  }
  if (model.imageSizes.length === 0) {
    if (imageSize === undefined) return model.tiers[0]!;
    throw new ProtocolError(
      "unsupported-value",
      `${model.id} takes no imageSize (it always answers about 1024 px).`,
      "no imageSize for this model",
    );
  }
  const wanted = imageSize ?? DEFAULT_IMAGE_SIZE;
  const tier = model.tiers.find((t) => t.imageSize === wanted);
  if (!tier) {
    throw new ProtocolError(
      "unsupported-value",
      `${model.id} does not accept imageSize "${wanted}".`,
      `imageSize ${quoteList(model.imageSizes)}`,
    );
  }
  return tier;
}

/**
 * The pixel size Gemini returns for `model` at `imageSize` × `aspectRatio`. A missing
 * imageSize is the model's default (1K); a missing aspectRatio is 1:1 (Google matches the
 * input image's ratio when there is one, which this function cannot see).
 */
export function outputPixels(
  model: ModelRef,
  imageSize?: ImageSize,
  aspectRatio: AspectRatio = "1:1",
): Pixels {
  const resolved = requireModel(model);
  const tier = selectTier(resolved, imageSize);
  const pixels = tier.pixels[aspectRatio];
  if (!pixels) {
    throw new ProtocolError(
      "unsupported-value",
      `${resolved.id} does not accept aspectRatio "${aspectRatio}".`,
      `aspectRatio ${quoteList(resolved.aspectRatios)}`,
    );
  }
  return pixels;
}

/** What one generation costs. */
export interface CostEstimate {
  readonly model: ModelId;
  /** The tier billed; `undefined` on models without imageSize. */
  readonly imageSize: ImageSize | undefined;
  readonly images: number;
  readonly outputTokensPerImage: number;
  readonly usdPerImage: number;
  /** `usdPerImage × images`, rounded to a tenth of a cent. */
  readonly usd: number;
  /** True when Google publishes no price for the tier and the figures are third-party estimates. */
  readonly unconfirmed: boolean;
}

/** A price as tables print it: `$0.067`, or `~$0.034` for a third-party estimate. */
export function formatUsd(usd: number, unconfirmed: boolean): string {
  return `${unconfirmed ? "~" : ""}$${usd.toFixed(3)}`;
}

/**
 * The standard-tier price of `images` images from `model` at `imageSize` (default 1K).
 * Input tokens (prompt, input images) are not included. Source: SOURCES.pricing.
 */
export function estimateCost(model: ModelRef, imageSize?: ImageSize, options: { images?: number } = {}): CostEstimate {
  const resolved = requireModel(model);
  const tier = selectTier(resolved, imageSize);
  const images = options.images ?? 1;
  if (!Number.isInteger(images) || images < 0) {
    throw new ProtocolError("unsupported-value", `images must be a whole number, got ${images}.`, "0, 1, 2, …");
  }
  return {
    model: resolved.id,
    imageSize: tier.imageSize,
    images,
    outputTokensPerImage: tier.outputTokens,
    usdPerImage: tier.priceUsd,
    usd: Math.round(tier.priceUsd * images * 1000) / 1000,
    unconfirmed: tier.unconfirmedCost === true,
  };
}
