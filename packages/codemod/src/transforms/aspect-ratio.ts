import { aspectRatioChecks, locatorContext } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * `aspectRatio: "16x9"` → `"16:9"`: a separator slip that lands on a ratio the model accepts,
 * the check and fix `valid-aspect-ratio` autofixes with (the locator's `aspectRatioChecks`).
 * Ratios no model takes (`"9:21"`) need a person.
 */
export const aspectRatio: RequestTransform = {
  name: "aspect-ratio",
  run(request, { sourceCode }) {
    return aspectRatioChecks(locatorContext({ sourceCode, settings: {} }), request).flatMap((check) => fixGroup(check.fix));
  },
};
