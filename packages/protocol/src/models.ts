import { BASE_ASPECT_RATIOS, EXTENDED_ASPECT_RATIOS, type AspectRatio } from "./aspect-ratio.js";
import type { ImageSize } from "./image-size.js";

/** The id of a Gemini image model this package knows. */
export type ModelId =
  | "gemini-2.5-flash-image"
  | "gemini-2.5-flash-image-preview"
  | "gemini-3-pro-image"
  | "gemini-3-pro-image-preview"
  | "gemini-3.1-flash-image"
  | "gemini-3.1-flash-image-preview"
  | "gemini-3.1-flash-lite-image";

/** Width and height in pixels. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
}

/**
 * Where a model stands in Google's lifecycle, as published. `shutdown.date` is an ISO date
 * (`YYYY-MM-DD`) or month (`YYYY-MM`); `exact: false` means Google said "earliest".
 */
export interface ModelStatus {
  readonly stage: "preview" | "ga" | "shut-down";
  /** The day the model became generally available, when Google published it. */
  readonly gaSince?: string;
  readonly shutdown?: { readonly date: string; readonly exact: boolean };
  /** The id Google tells users to move to. */
  readonly replacement?: ModelId;
}

/** What one imageSize tier of a model produces and costs. */
export interface OutputTier {
  /** The imageSize value that selects this tier; `undefined` for models that take no imageSize. */
  readonly imageSize: ImageSize | undefined;
  /** Output tokens billed per image. */
  readonly outputTokens: number;
  /** Standard-tier price in USD per image. */
  readonly priceUsd: number;
  /** Output pixels per aspect ratio. */
  readonly pixels: Readonly<Partial<Record<AspectRatio, Pixels>>>;
  /**
   * True when Google publishes no tokens or price for this tier and the figures come from
   * third-party catalogs (facts page "Models"); tools show them as estimates.
   */
  readonly unconfirmedCost?: true;
}

/** One Gemini image model and everything a request to it must respect. */
export interface ImageModel {
  readonly id: ModelId;
  /** The name Google markets it under ("Nano Banana Pro"). */
  readonly name: string;
  readonly status: ModelStatus;
  /** imageSize values the model accepts; empty when it takes none (always ~1024 px). */
  readonly imageSizes: readonly ImageSize[];
  /** The aspectRatio values the model accepts, including `unconfirmedAspectRatios`. */
  readonly aspectRatios: readonly AspectRatio[];
  /**
   * Ratios Google lists for the model in one place but not another, so whether the Gemini API
   * takes them is UNCONFIRMED: tools warn on them and never map a size to them.
   */
  readonly unconfirmedAspectRatios?: readonly AspectRatio[];
  /** Most input images one request may carry. */
  readonly maxInputImages: number;
  /** Most input images kept at high fidelity, where Google states a lower number. */
  readonly maxHighFidelityInputImages?: number;
  /** Largest `candidateCount` the model answers. */
  readonly maxCandidateCount: number;
  /** Input image MIME types the model accepts. */
  readonly inputMimeTypes: readonly string[];
  /** Output tiers, smallest first. Models without imageSize have one tier with `imageSize: undefined`. */
  readonly tiers: readonly OutputTier[];
}

/** The base 1K pixel table of the Gemini 3 image models. Source: SOURCES.imageGeneration (resolution table). */
const GEMINI_3_PIXELS_1K: Readonly<Record<AspectRatio, Pixels>> = {
  "1:1": { width: 1024, height: 1024 },
  "2:3": { width: 848, height: 1264 },
  "3:2": { width: 1264, height: 848 },
  "3:4": { width: 896, height: 1200 },
  "4:3": { width: 1200, height: 896 },
  "4:5": { width: 928, height: 1152 },
  "5:4": { width: 1152, height: 928 },
  "9:16": { width: 768, height: 1376 },
  "16:9": { width: 1376, height: 768 },
  "21:9": { width: 1584, height: 672 },
  "1:4": { width: 512, height: 2048 },
  "4:1": { width: 2048, height: 512 },
  "1:8": { width: 384, height: 3072 },
  "8:1": { width: 3072, height: 384 },
};

/** Gemini 2.5 Flash Image output pixels (no imageSize). Source: SOURCES.imageGeneration (2.5 table). */
const FLASH_2_5_PIXELS: Readonly<Partial<Record<AspectRatio, Pixels>>> = {
  "1:1": { width: 1024, height: 1024 },
  "2:3": { width: 832, height: 1248 },
  "3:2": { width: 1248, height: 832 },
  "3:4": { width: 864, height: 1184 },
  "4:3": { width: 1184, height: 864 },
  "4:5": { width: 896, height: 1152 },
  "5:4": { width: 1152, height: 896 },
  "9:16": { width: 768, height: 1344 },
  "16:9": { width: 1344, height: 768 },
  "21:9": { width: 1536, height: 672 },
};

/** Scales the 1K table to a tier (2K = 2x, 4K = 4x, 512 = 0.5x), keeping only `ratios`. */
function scaledPixels(scale: number, ratios: readonly AspectRatio[]): Partial<Record<AspectRatio, Pixels>> {
  const table: Partial<Record<AspectRatio, Pixels>> = {};
  for (const ratio of ratios) {
    const base = GEMINI_3_PIXELS_1K[ratio];
    table[ratio] = { width: Math.round(base.width * scale), height: Math.round(base.height * scale) };
  }
  return table;
}

/** Input MIME types of the Gemini 3 models. Source: SOURCES.imageGeneration, facts page "Parts". */
const GEMINI_3_INPUT_MIME_TYPES = ["image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"] as const;
/** 2.5 Flash Image takes no HEIC/HEIF. Source: facts page "Parts". */
const FLASH_2_5_INPUT_MIME_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

const GEMINI_3_RATIOS: readonly AspectRatio[] = BASE_ASPECT_RATIOS;
const GEMINI_3_1_RATIOS: readonly AspectRatio[] = [...BASE_ASPECT_RATIOS, ...EXTENDED_ASPECT_RATIOS];

/**
 * 3 Pro Image tiers. Tokens and prices: SOURCES.pricing (1120 tokens / $0.134 at 1K and 2K,
 * 2000 tokens / $0.24 at 4K).
 */
const PRO_TIERS: readonly OutputTier[] = [
  { imageSize: "1K", outputTokens: 1120, priceUsd: 0.134, pixels: scaledPixels(1, GEMINI_3_RATIOS) },
  { imageSize: "2K", outputTokens: 1120, priceUsd: 0.134, pixels: scaledPixels(2, GEMINI_3_RATIOS) },
  { imageSize: "4K", outputTokens: 2000, priceUsd: 0.24, pixels: scaledPixels(4, GEMINI_3_RATIOS) },
];

/**
 * 3.1 Flash Image tiers. Tokens and prices: SOURCES.pricing (747 / $0.045 at 512,
 * 1120 / $0.067 at 1K, 1680 / $0.101 at 2K, 2520 / $0.151 at 4K).
 */
const FLASH_3_1_TIERS: readonly OutputTier[] = [
  { imageSize: "512", outputTokens: 747, priceUsd: 0.045, pixels: scaledPixels(0.5, GEMINI_3_1_RATIOS) },
  { imageSize: "1K", outputTokens: 1120, priceUsd: 0.067, pixels: scaledPixels(1, GEMINI_3_1_RATIOS) },
  { imageSize: "2K", outputTokens: 1680, priceUsd: 0.101, pixels: scaledPixels(2, GEMINI_3_1_RATIOS) },
  { imageSize: "4K", outputTokens: 2520, priceUsd: 0.151, pixels: scaledPixels(4, GEMINI_3_1_RATIOS) },
];

/**
 * 3.1 Flash Lite Image: 1K only ("2K and 4K are unsupported", Gemini API model card). Google
 * publishes no tokens or price; 1120 tokens and $0.034 come from third-party catalogs
 * (facts page "Models": UNCONFIRMED), hence `unconfirmedCost`.
 */
const FLASH_LITE_3_1_TIERS: readonly OutputTier[] = [
  { imageSize: "1K", outputTokens: 1120, priceUsd: 0.034, pixels: scaledPixels(1, GEMINI_3_1_RATIOS), unconfirmedCost: true },
];

/** 2.5 Flash Image: one fixed tier. Source: SOURCES.pricing (1290 tokens, $0.039 per image). */
const FLASH_2_5_TIERS: readonly OutputTier[] = [
  { imageSize: undefined, outputTokens: 1290, priceUsd: 0.039, pixels: FLASH_2_5_PIXELS },
];

const PRO_CAPABILITIES = {
  imageSizes: ["1K", "2K", "4K"],
  aspectRatios: GEMINI_3_RATIOS,
  // Source: SOURCES.models (14 input images, 5 of them at high fidelity).
  maxInputImages: 14,
  maxHighFidelityInputImages: 5,
  // Source: SOURCES.candidatesIssue ("Multiple candidates is not enabled").
  maxCandidateCount: 1,
  inputMimeTypes: GEMINI_3_INPUT_MIME_TYPES,
  tiers: PRO_TIERS,
} as const satisfies Partial<ImageModel>;

const FLASH_3_1_CAPABILITIES = {
  imageSizes: ["512", "1K", "2K", "4K"],
  aspectRatios: GEMINI_3_1_RATIOS,
  // Source: SOURCES.models (14 input images).
  maxInputImages: 14,
  maxCandidateCount: 1,
  inputMimeTypes: GEMINI_3_INPUT_MIME_TYPES,
  tiers: FLASH_3_1_TIERS,
} as const satisfies Partial<ImageModel>;

/**
 * Every Gemini image model id, with status as of November 2026.
 * Sources: SOURCES.models, SOURCES.deprecations, SOURCES.vertexFlashImage; facts page "Models".
 */
export const MODELS: Readonly<Record<ModelId, ImageModel>> = {
  "gemini-2.5-flash-image": {
    id: "gemini-2.5-flash-image",
    name: "Nano Banana",
    // Shutdown announced for "earliest October 2026" (SOURCES.deprecations); no replacement named there.
    status: { stage: "ga", shutdown: { date: "2026-10", exact: false } },
    imageSizes: [],
    aspectRatios: BASE_ASPECT_RATIOS,
    maxInputImages: 3,
    // Source: SOURCES.vertexFlashImage (candidateCount 1-8).
    maxCandidateCount: 8,
    inputMimeTypes: FLASH_2_5_INPUT_MIME_TYPES,
    tiers: FLASH_2_5_TIERS,
  },
  "gemini-2.5-flash-image-preview": {
    id: "gemini-2.5-flash-image-preview",
    name: "Nano Banana (preview)",
    // Shut down January 2026 (SOURCES.deprecations). It answers nothing, so it accepts nothing.
    status: { stage: "shut-down", shutdown: { date: "2026-01", exact: false }, replacement: "gemini-2.5-flash-image" },
    imageSizes: [],
    aspectRatios: [],
    maxInputImages: 0,
    maxCandidateCount: 0,
    inputMimeTypes: [],
    tiers: [],
  },
  "gemini-3-pro-image": {
    id: "gemini-3-pro-image",
    name: "Nano Banana Pro",
    // GA since 2026-05-28; before that this id was not valid (SOURCES.models).
    status: { stage: "ga", gaSince: "2026-05-28" },
    ...PRO_CAPABILITIES,
  },
  "gemini-3-pro-image-preview": {
    id: "gemini-3-pro-image-preview",
    name: "Nano Banana Pro (preview)",
    // Shutdown 2026-06-25, migrate to the GA id (SOURCES.deprecations).
    status: { stage: "preview", shutdown: { date: "2026-06-25", exact: true }, replacement: "gemini-3-pro-image" },
    ...PRO_CAPABILITIES,
    // The preview page states 14 without a separate high-fidelity limit (facts page "Models").
    maxHighFidelityInputImages: undefined,
  },
  "gemini-3.1-flash-image": {
    id: "gemini-3.1-flash-image",
    name: "Nano Banana 2",
    status: { stage: "ga", gaSince: "2026-05-28" },
    ...FLASH_3_1_CAPABILITIES,
  },
  "gemini-3.1-flash-image-preview": {
    id: "gemini-3.1-flash-image-preview",
    name: "Nano Banana 2 (preview)",
    status: { stage: "preview", shutdown: { date: "2026-06-25", exact: true }, replacement: "gemini-3.1-flash-image" },
    ...FLASH_3_1_CAPABILITIES,
  },
  "gemini-3.1-flash-lite-image": {
    id: "gemini-3.1-flash-lite-image",
    name: "Nano Banana 2 Lite",
    // GA 2026-06-30 (Gemini API changelog; Vertex model card "Release date: June 30, 2026").
    status: { stage: "ga", gaSince: "2026-06-30" },
    imageSizes: ["1K"],
    // The Vertex card lists all 14 ratios; the Gemini API card says "14 aspect ratios" but lists
    // only the 10 base ones, so the 4 extreme ratios are UNCONFIRMED there (facts page "Models").
    aspectRatios: GEMINI_3_1_RATIOS,
    unconfirmedAspectRatios: EXTENDED_ASPECT_RATIOS,
    // Vertex card: "Maximum images per prompt: 14", "candidateCount: 1".
    maxInputImages: 14,
    maxCandidateCount: 1,
    inputMimeTypes: GEMINI_3_INPUT_MIME_TYPES,
    tiers: FLASH_LITE_3_1_TIERS,
  },
};

/** Every model id, GA models first, then previews, then shut-down ids. */
export const MODEL_IDS: readonly ModelId[] = [
  "gemini-3.1-flash-image",
  "gemini-3-pro-image",
  "gemini-3.1-flash-lite-image",
  "gemini-2.5-flash-image",
  "gemini-3.1-flash-image-preview",
  "gemini-3-pro-image-preview",
  "gemini-2.5-flash-image-preview",
];

/** True when `id` is a model id this package knows (exact spelling, no prefix). */
export function isModelId(id: unknown): id is ModelId {
  return typeof id === "string" && Object.hasOwn(MODELS, id);
}

/** True when `ratio` is one Google lists for `model` without confirming it on the Gemini API. */
export function isUnconfirmedAspectRatio(model: ImageModel, ratio: string): boolean {
  return (model.unconfirmedAspectRatios as readonly string[] | undefined)?.includes(ratio) ?? false;
}

/** The ratios `model` is confirmed to take: the ones a size may be mapped to. */
export function confirmedAspectRatios(model: ImageModel): readonly AspectRatio[] {
  const unconfirmed = model.unconfirmedAspectRatios;
  return unconfirmed ? model.aspectRatios.filter((ratio) => !unconfirmed.includes(ratio)) : model.aspectRatios;
}

/** The model record for a known id. */
export function getModel(id: ModelId): ImageModel {
  return MODELS[id];
}
