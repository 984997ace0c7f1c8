import { deprecatedInteractionFieldFindings, locatorContext } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * An interaction's deprecated `generation_config.image_config` → `response_format`, exactly where
 * `no-deprecated-interaction-fields` fixes it (the locator's `deprecatedInteractionFieldFindings`):
 * the settings move into an image entry, with a text entry first when `response_modalities` asks
 * for text too, and `response_modalities` gives way to it. `response_modalities` alone and
 * `response_mime_type` have no fix: the rule reports them.
 */
export const deprecatedInteractionFields: RequestTransform = {
  name: "deprecated-interaction-fields",
  run(request, { sourceCode }) {
    return deprecatedInteractionFieldFindings(locatorContext({ sourceCode, settings: {} }), request).flatMap((finding) => fixGroup(finding.fix));
  },
};
