import type { ImageModel } from "@gemini-image/protocol";
import type { LocatedRequest } from "./types.js";

/**
 * The model that checks judging other fields by the model (imageSize, aspectRatio, input images,
 * candidateCount, size mappings) may rely on: a known model the request is certainly sent with,
 * or the one every candidate names. `undefined` when the model is unknown, only likely (an env
 * fallback, a parameter default), or the candidates disagree: those checks then judge by what
 * every model accepts, because a false report is worse than a missed one.
 */
export function checkedModel(request: LocatedRequest): ImageModel | undefined {
  const models = request.candidates ?? (request.model ? [request.model] : []);
  let found: ImageModel | undefined;
  for (const model of models) {
    if (model.likely || model.resolved.kind !== "known") return undefined;
    if (found && found.id !== model.resolved.id) return undefined;
    found = model.resolved.model;
  }
  return found;
}
