import { locatorContext, modalityCaseChecks } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * `responseModalities: ["Text", "Image"]` → `["TEXT", "IMAGE"]` (an interaction's in lowercase):
 * the spelling Google documents, with the same meaning. The check and fix are the ones
 * `require-image-modality` suggests (the locator's `modalityCaseChecks`); applied only where the
 * string is written in the list itself, since a const behind it may be read elsewhere too.
 */
export const modalityCase: RequestTransform = {
  name: "modality-case",
  run(request, { sourceCode }) {
    return modalityCaseChecks(locatorContext({ sourceCode, settings: {} }), request).flatMap((check) => (check.inPlace ? fixGroup(check.fix) : []));
  },
};
