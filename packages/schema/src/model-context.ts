import {
  ALL_ASPECT_RATIOS,
  IMAGE_SIZES,
  MODELS,
  MODEL_IDS,
  resolveModel,
  type AspectRatio,
  type ImageModel,
  type ImageSize,
  type ModelId,
  type ModelRef,
} from "@gemini-image/protocol";

/** What a body is checked against: one model's limits, or the union of every model's. */
export interface ModelContext {
  /** The resolved model; `undefined` when none was given or the name is unknown. */
  readonly id: ModelId | undefined;
  readonly model: ImageModel | undefined;
  /** The model text as given, for findings about the name itself. */
  readonly input: string | undefined;
  /** The gateway alias used, when the text named one. */
  readonly alias: string | undefined;
  readonly imageSizes: readonly ImageSize[];
  readonly aspectRatios: readonly AspectRatio[];
  readonly maxInputImages: number;
  readonly inputMimeTypes: readonly string[];
}

/** Models that still answer: the union is taken over these. */
const LIVE_MODELS = MODEL_IDS.map((id) => MODELS[id]).filter((m) => m.status.stage !== "shut-down");

const UNION = {
  imageSizes: IMAGE_SIZES,
  aspectRatios: ALL_ASPECT_RATIOS,
  maxInputImages: Math.max(...LIVE_MODELS.map((m) => m.maxInputImages)),
  inputMimeTypes: [...new Set(LIVE_MODELS.flatMap((m) => m.inputMimeTypes))],
};

const contexts = new Map<string, ModelContext>();

/**
 * The context for a model reference (`gemini-3-pro-image`, `models/…`, a URL, an alias).
 * Unknown names and shut-down models (which accept nothing) are checked against the union.
 */
export function modelContext(ref: ModelRef | undefined): ModelContext {
  const key = ref ?? "";
  const cached = contexts.get(key);
  if (cached) return cached;
  let context: ModelContext = { id: undefined, model: undefined, input: ref, alias: undefined, ...UNION };
  if (ref !== undefined) {
    const resolved = resolveModel(ref);
    if (resolved.kind === "known") {
      const { model } = resolved;
      const live = model.status.stage !== "shut-down";
      context = {
        id: model.id,
        model,
        input: ref,
        alias: resolved.alias,
        imageSizes: live && model.imageSizes.length > 0 ? model.imageSizes : UNION.imageSizes,
        aspectRatios: live ? model.aspectRatios : UNION.aspectRatios,
        maxInputImages: live ? model.maxInputImages : UNION.maxInputImages,
        inputMimeTypes: live ? model.inputMimeTypes : UNION.inputMimeTypes,
      };
    }
  }
  // Model texts come from request paths, so bound the cache.
  if (contexts.size < 256) contexts.set(key, context);
  return context;
}
