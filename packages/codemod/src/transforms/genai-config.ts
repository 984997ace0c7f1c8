import { genaiGenerationConfigCheck, literalProperty } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import { markerBefore } from "../marker.js";
import type { RequestTransform } from "./types.js";

/**
 * `@google/genai` reads `config`, and silently ignores `generationConfig` (js-genai issue 865):
 * the key is renamed, the check and fix `no-misplaced-fields` autofixes with (the locator's
 * `genaiGenerationConfigCheck`). When a `config` exists (or may, through a spread) a person has
 * to merge them, so it leaves a follow-up.
 */
export const genaiConfig: RequestTransform = {
  name: "genai-config",
  run(request, { sourceCode }) {
    const check = genaiGenerationConfigCheck(sourceCode, request);
    if (!check) return [];
    if (check.fix) return fixGroup(check.fix);
    const property = literalProperty(check.entry);
    return property ? [markerBefore(sourceCode, property, "genai-generation-config", "@google/genai ignores generationConfig; merge these settings into config.")] : [];
  },
};
