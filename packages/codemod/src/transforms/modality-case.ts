import { locatorContext, modalityCaseChecks } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import { markerBefore } from "../marker.js";
import type { EditGroup, RequestTransform } from "./types.js";

/**
 * `responseModalities: ["Text", "Image"]` → `["TEXT", "IMAGE"]` (an interaction's in lowercase):
 * the spelling Google documents, with the same meaning. The check and fix are the ones
 * `require-image-modality` suggests (the locator's `modalityCaseChecks`); applied where the
 * string is written in the list itself. A const behind the list may be read elsewhere too (a
 * label, another API): it gets a follow-up instead of an edit.
 */
export const modalityCase: RequestTransform = {
  name: "modality-case",
  run(request, { sourceCode }) {
    return modalityCaseChecks(locatorContext({ sourceCode, settings: {} }), request).flatMap((check): EditGroup[] => {
      if (check.inPlace) return fixGroup(check.fix);
      if (!check.fix) return [];
      const note = markerBefore(
        sourceCode,
        check.node,
        "response-modality-case",
        `"${check.value}" comes from a const that may be read elsewhere; Google documents "${check.expected}": write that in the const if only requests read it.`,
      );
      return [note];
    });
  },
};
