import { interactionsCamelCaseFindings } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * camelCase keys in an Interactions request → snake_case (`responseFormat` → `response_format`,
 * `mimeType` → `mime_type`), exactly where `no-camel-case-interaction-fields` reports and fixes
 * them (the locator's `interactionsCamelCaseFindings`): Google rejects the camelCase key with a
 * 400 there. A key whose snake_case twin is already in the object is left for the rule to report.
 */
export const interactionsCamelCase: RequestTransform = {
  name: "interactions-camel-case",
  run(request, { sourceCode }) {
    return interactionsCamelCaseFindings(sourceCode, request).flatMap((finding) => fixGroup(finding.fix));
  },
};
