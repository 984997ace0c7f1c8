import { literalProperty, misplacedFieldChecks } from "@gemini-image/locator";
import { undeclaredFieldNote } from "../declared-type.js";
import { fixGroup } from "../finding-fix.js";
import { markerBefore, quotedCode } from "../marker.js";
import type { EditGroup, RequestTransform } from "./types.js";

/**
 * Moves keys Gemini silently ignores where they stand, the checks and moves
 * `no-misplaced-fields` autofixes with (the locator's `misplacedFieldChecks`): `imageConfig` and
 * `responseModalities` at the top of a body into `generationConfig` (`config` for
 * @google/genai), and `aspectRatio` / `imageSize` directly on the config (or on the AI SDK's
 * `providerOptions.google`) into its `imageConfig` (vercel/ai issue 11848), or for the AI SDK's
 * `google.interactions` model into its `responseFormat` image entry. One level per
 * pass; the driver runs it again. What only the codemod adds: a follow-up where the move would
 * not type-check or needs a person.
 */
export const misplacedFields: RequestTransform = {
  name: "misplaced-fields",
  run(request, context) {
    const { sourceCode } = context;
    const edits: EditGroup[] = [];
    for (const check of misplacedFieldChecks(sourceCode, request)) {
      const property = literalProperty(check.entry);
      if (!property || check.blocked === "elsewhere" || check.blocked === "later") continue;
      const path = check.path.join(".");
      if (check.blocked === "taken") {
        edits.push(markerBefore(sourceCode, property, "misplaced-field", `${check.name} here is ignored and ${path}.${check.name} is already set; delete one.`));
        continue;
      }
      const note = undeclaredFieldNote(context, request, check.path, [check.name], quotedCode(sourceCode, property));
      if (note) edits.push(markerBefore(sourceCode, property, note.code, note.message));
      else if (check.fix) edits.push(...fixGroup(check.fix));
      else edits.push(markerBefore(sourceCode, property, "misplaced-field", `this is ignored here; move it into ${path}.`));
    }
    return edits;
  },
};
