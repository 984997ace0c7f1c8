import { locatorContext, snakeCaseFindings } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * snake_case Gemini keys → camelCase, exactly where `no-snake-case-fields` reports and fixes
 * them (the locator's `snakeCaseFindings`): the body, the config, imageConfig and, for the SDKs,
 * the parts of image requests. A key whose camelCase twin already exists in the same object is
 * left for the ESLint rule to report.
 */
export const snakeCase: RequestTransform = {
  name: "snake-case",
  run(request, { sourceCode }) {
    return snakeCaseFindings(locatorContext({ sourceCode, settings: {} }), request).flatMap((finding) => fixGroup(finding.fix));
  },
};
