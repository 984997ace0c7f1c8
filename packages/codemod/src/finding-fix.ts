import { fixEdits, type FindingFix } from "@gemini-image/locator";
import { textFixer } from "./fixer.js";
import type { EditGroup } from "./transforms/types.js";

/** The edits of a fix shared with the ESLint rules, as one group applied all or none. */
export function fixGroup(fix: FindingFix | undefined): EditGroup[] {
  return fix ? [fixEdits(fix, textFixer)] : [];
}
