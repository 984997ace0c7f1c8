import { modelIdChecks } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * Shut-down preview ids → the GA id Google names as replacement
 * (`gemini-3-pro-image-preview` → `gemini-3-pro-image`), in the string that holds the id: the
 * URL or the `model` value, for every model the code may send. The check and rename are the
 * ones `valid-model-id` suggests (the locator's `modelIdChecks`); only `retired-model` is
 * applied, as a shut-down id no longer answers. Gateway aliases are left alone (gateways
 * route them); `--keep-model-ids` skips this.
 */
export const modelIds: RequestTransform = {
  name: "model-ids",
  run(request, { options }) {
    if (options.keepModelIds) return [];
    return modelIdChecks(request).flatMap((check) => (check.finding.id === "retired-model" ? fixGroup(check.fix) : []));
  },
};
