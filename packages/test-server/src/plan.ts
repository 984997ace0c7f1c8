import {
  RESPONSE_MODALITIES,
  nearestRatio,
  quoteList,
  selectTier,
  type AspectRatio,
  type ImageModel,
  type ImageSize,
  type Pixels,
} from "@gemini-image/protocol";
import { badRequest, googleError, multipleCandidates, type JsonAnswer } from "./google-errors.js";
import { pngSize } from "./png.js";
import { protoName } from "./request-fields.js";

/** What the server will answer for a request that passed every check. */
export interface GenerationPlan {
  readonly model: ImageModel;
  /** The tier's imageSize; `undefined` on models that take none. */
  readonly imageSize: ImageSize | undefined;
  readonly aspectRatio: AspectRatio;
  readonly pixels: Pixels;
  /** Output tokens billed per image, from the protocol's tier table. */
  readonly outputTokens: number;
  readonly candidates: number;
  /** False when `responseModalities` is given without IMAGE: the answer is text only. */
  readonly image: boolean;
  /** The request's text, for the prompt token estimate. */
  readonly promptText: string;
}

/** Either a plan or the 400 that stops the request. */
export type PlanResult = { readonly plan: GenerationPlan } | { readonly answer: JsonAnswer };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The parts of every content, in order. */
function partsOf(contents: readonly unknown[]): Record<string, unknown>[] {
  return contents.flatMap((c) => {
    const parts = record(c)?.parts;
    return Array.isArray(parts) ? parts.map(record).filter((p) => p !== undefined) : [];
  });
}

/** The base64 of every inlineData part, in order. */
function inlineImages(parts: readonly Record<string, unknown>[]): string[] {
  return parts.flatMap((part) => {
    const data = record(part.inlineData)?.data;
    return typeof data === "string" ? [data] : [];
  });
}

/**
 * The pixel size of the first input PNG. Facts page "Request": with no aspectRatio the output
 * matches the input image's ratio (the nearest one the model takes), or else 1:1.
 */
function inputImageSize(images: readonly string[]): Pixels | undefined {
  const first = images[0];
  return first === undefined ? undefined : pngSize(Buffer.from(first, "base64"));
}

/** The image settings of a request in either API, already read from its own field names. */
export interface ImageRequest {
  /** The requested imageSize as sent (`undefined` when absent). */
  readonly imageSize: unknown;
  readonly aspectRatio: unknown;
  /** Input images as base64, in order; the first decides the ratio when none is given. */
  readonly inputImages: readonly string[];
  readonly promptText: string;
  readonly image: boolean;
  readonly candidates: number;
}

/** A setting the model does not take, for each API to word in its own error format. */
export interface RejectedSetting {
  readonly setting: "imageSize" | "aspectRatio";
  readonly value: unknown;
  readonly accepted: readonly string[];
}

/**
 * The one plan both APIs share: the model's tier for the imageSize, the ratio (asked, else the
 * first input image's nearest, else 1:1) and the protocol's pixels and tokens; or the setting
 * the model does not take.
 */
export function planImage(model: ImageModel, request: ImageRequest): { readonly plan: GenerationPlan } | { readonly rejected: RejectedSetting } {
  let imageSize: ImageSize | undefined;
  // Models without imageSize: whether Google ignores or rejects one is UNCONFIRMED, so it is ignored.
  if (request.imageSize !== undefined && model.imageSizes.length > 0) {
    imageSize = model.imageSizes.find((v) => v === request.imageSize);
    if (imageSize === undefined) return { rejected: { setting: "imageSize", value: request.imageSize, accepted: model.imageSizes } };
  }
  let aspectRatio: AspectRatio | undefined;
  if (request.aspectRatio !== undefined) {
    aspectRatio = model.aspectRatios.find((v) => v === request.aspectRatio);
    if (aspectRatio === undefined) {
      return { rejected: { setting: "aspectRatio", value: request.aspectRatio, accepted: model.aspectRatios } };
    }
  } else {
    const input = inputImageSize(request.inputImages);
    aspectRatio = input ? nearestRatio(input, model.aspectRatios) : (model.aspectRatios.find((r) => r === "1:1") ?? model.aspectRatios[0]!);
  }
  const tier = selectTier(model, imageSize);
  return {
    plan: {
      model,
      imageSize: tier.imageSize,
      aspectRatio,
      pixels: tier.pixels[aspectRatio]!,
      outputTokens: tier.outputTokens,
      candidates: request.candidates,
      image: request.image,
      promptText: request.promptText,
    },
  };
}

/** This server's wording for a value the model does not take; Google's exact text is unconfirmed. */
function unsupported(field: string, message: string): JsonAnswer {
  return badRequest([{ field, description: message }]);
}

/**
 * Checks a field-normalized body against `model` (contents present, candidateCount,
 * responseModalities, imageSize, aspectRatio) and works out the image it gets.
 */
export function planGeneration(model: ImageModel, body: Record<string, unknown>): PlanResult {
  const contents = body.contents;
  if (!Array.isArray(contents) || contents.length === 0) {
    // Observed, trailing newline included.
    return { answer: googleError(400, "INVALID_ARGUMENT", "* GenerateContentRequest.contents: contents is not specified\n") };
  }
  const config = record(body.generationConfig) ?? {};
  const imageConfig = record(config.imageConfig) ?? {};

  const candidateCount = config.candidateCount ?? 1;
  if (typeof candidateCount !== "number" || !Number.isInteger(candidateCount) || candidateCount < 0) {
    return { answer: unsupported("generation_config.candidate_count", `candidateCount must be a whole number, got ${JSON.stringify(candidateCount)}.`) };
  }
  if (candidateCount > model.maxCandidateCount) {
    if (model.maxCandidateCount <= 1) return { answer: multipleCandidates(model.id) };
    return {
      answer: unsupported(
        "generation_config.candidate_count",
        `candidateCount ${candidateCount} is more than models/${model.id} allows (${model.maxCandidateCount}).`,
      ),
    };
  }

  let image = true;
  const modalities = config.responseModalities;
  if (modalities !== undefined) {
    const list: unknown[] = Array.isArray(modalities) ? modalities : [modalities];
    for (const [i, value] of list.entries()) {
      // Emit uppercase, accept any case: case-insensitivity is UNCONFIRMED, so it is never an error here.
      if (typeof value !== "string" || !RESPONSE_MODALITIES.some((m) => m === value.toUpperCase())) {
        const path = `generation_config.response_modalities[${i}]`;
        return {
          answer: unsupported(
            path,
            `Invalid value at '${path}' (type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality), ${JSON.stringify(value)}`,
          ),
        };
      }
    }
    image = list.some((v) => typeof v === "string" && v.toUpperCase() === "IMAGE");
  }

  const parts = partsOf(contents);
  const planned = planImage(model, {
    imageSize: imageConfig.imageSize,
    aspectRatio: imageConfig.aspectRatio,
    inputImages: inlineImages(parts),
    promptText: parts.map((p) => (typeof p.text === "string" ? p.text : "")).join("\n"),
    image,
    candidates: Math.max(1, candidateCount),
  });
  if ("plan" in planned) return planned;
  const { setting, value, accepted } = planned.rejected;
  return {
    answer: unsupported(
      `generation_config.image_config.${protoName(setting)}`,
      `${setting} ${JSON.stringify(value)} is not supported by models/${model.id}. Use ${quoteList(accepted)}.`,
    ),
  };
}
