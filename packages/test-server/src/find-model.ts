import { MODELS, isModelId, resolveModel, type ImageModel } from "@gemini-image/protocol";
import type { ServerMode } from "./server.js";

/**
 * The model a name stands for: a protocol id, or in lenient mode also a gateway alias
 * (`nano-banana-pro`), as gateways route them. Both APIs look models up here.
 */
export function findModel(name: string, mode: ServerMode): ImageModel | undefined {
  if (isModelId(name)) return MODELS[name];
  if (mode === "lenient") {
    const resolved = resolveModel(name);
    if (resolved.kind === "known") return resolved.model;
  }
  return undefined;
}
