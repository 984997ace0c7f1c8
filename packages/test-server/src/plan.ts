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

/**
 * The pixel size of the first input PNG. Facts page "Request": with no aspectRatio the output
 * matches the input image's ratio (the nearest one the model takes), or else 1:1.
 */
function inputImageSize(parts: readonly Record<string, unknown>[]): Pixels | undefined {
  for (const part of parts) {
    const data = record(part.inlineData)?.data;
    if (typeof data === "string") return pngSize(Buffer.from(data, "base64"));
  }
  return undefined;
}

/** This server's wording for a value the model does not take; Google's exact text is unconfirmed. */
function unsupported(field: string, message: string): JsonAnswer {
  return badRequest([{ field, description: message }]);
}

/** `value` when the model takes it, else the 400 naming the field and the values it takes. */
function pick<T extends string>(
  model: ImageModel,
  field: "imageSize" | "aspectRatio",
  value: unknown,
  accepted: readonly T[],
): { readonly value: T } | { readonly answer: JsonAnswer } {
  const found = accepted.find((v) => v === value);
  if (found !== undefined) return { value: found };
  return {
    answer: unsupported(
      `generation_config.image_config.${protoName(field)}`,
      `${field} ${JSON.stringify(value)} is not supported by models/${model.id}. Use ${quoteList(accepted)}.`,
    ),
  };
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

  let imageSize: ImageSize | undefined;
  // Models without imageSize: whether Google ignores or rejects one is UNCONFIRMED, so it is ignored.
  if (imageConfig.imageSize !== undefined && model.imageSizes.length > 0) {
    const picked = pick(model, "imageSize", imageConfig.imageSize, model.imageSizes);
    if ("answer" in picked) return picked;
    imageSize = picked.value;
  }

  const parts = partsOf(contents);
  let aspectRatio: AspectRatio;
  if (imageConfig.aspectRatio !== undefined) {
    const picked = pick(model, "aspectRatio", imageConfig.aspectRatio, model.aspectRatios);
    if ("answer" in picked) return picked;
    aspectRatio = picked.value;
  } else {
    const input = inputImageSize(parts);
    aspectRatio = input ? nearestRatio(input, model.aspectRatios) : (model.aspectRatios.find((r) => r === "1:1") ?? model.aspectRatios[0]!);
  }

  const tier = selectTier(model, imageSize);
  const pixels = tier.pixels[aspectRatio]!;
  const promptText = parts.map((p) => (typeof p.text === "string" ? p.text : "")).join("\n");
  return {
    plan: {
      model,
      imageSize: tier.imageSize,
      aspectRatio,
      pixels,
      outputTokens: tier.outputTokens,
      candidates: Math.max(1, candidateCount),
      image,
      promptText,
    },
  };
}
