import { literalProperty } from "@gemini-image/locator";
import { renameKey } from "@gemini-image/locator";
import { textFixer } from "../fixer.js";
import { markerBefore } from "../marker.js";
import type { RequestTransform } from "./types.js";

/**
 * `@google/genai` reads `config`, and silently ignores `generationConfig` (js-genai issue 865):
 * the key is renamed. When both exist a person has to merge them, so it leaves a follow-up.
 */
export const genaiConfig: RequestTransform = {
  name: "genai-config",
  run(request, { sourceCode }) {
    if (request.shape !== "genai") return [];
    const property = literalProperty(request.root.get("generationConfig") ?? request.root.get("generation_config"));
    if (!property) return [];
    if (request.root.get("config") || request.root.mayHaveUnknownKeys) {
      return [markerBefore(sourceCode, property, "genai-generation-config", "@google/genai ignores generationConfig; merge these settings into config.")];
    }
    return [[renameKey(textFixer, sourceCode, property, "config")]];
  },
};
