import { aspectRatioFinding } from "@gemini-image/protocol";
import { aspectRatioEntries, checkedModel } from "@gemini-image/locator";
import type { RequestTransform } from "./types.js";
import { replaceLiteral } from "./value-fix.js";

/**
 * `aspectRatio: "16x9"` → `"16:9"`: a separator slip that lands on a ratio the model accepts,
 * the one `valid-aspect-ratio` autofixes (the protocol's `aspectRatioFinding`). Ratios no model
 * takes (`"9:21"`) need a person.
 */
export const aspectRatio: RequestTransform = {
  name: "aspect-ratio",
  run(request, { sourceCode }) {
    const model = checkedModel(request);
    return aspectRatioEntries(request).flatMap((entry) => replaceLiteral(sourceCode, entry, (text) => aspectRatioFinding(text, model)?.fix));
  },
};
