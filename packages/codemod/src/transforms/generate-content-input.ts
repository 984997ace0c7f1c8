import { generateContentShapeFindings } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * generateContent parts in an interaction's `input` → Interactions entries, exactly where
 * `no-generate-content-shape-in-input` fixes them (the locator's `generateContentShapeFindings`):
 * a bare `{ text }` gains `type: "text"`, and `{ inlineData: { mimeType, data } }` becomes
 * `{ type: "image", data, mime_type }`. `contents`, `parts` and `role` need the input rebuilt by
 * a person, so the rule reports them and nothing is written.
 */
export const generateContentInput: RequestTransform = {
  name: "generate-content-input",
  run(request, { sourceCode }) {
    return generateContentShapeFindings(sourceCode, request).flatMap((finding) => fixGroup(finding.fix));
  },
};
