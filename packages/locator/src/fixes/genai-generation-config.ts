import type { TSESLint } from "@typescript-eslint/utils";
import type { FieldEntry } from "../object-view.js";
import { field } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { renameEntryFix } from "./rename-entry.js";
import type { FindingFix } from "./types.js";

/** `generationConfig` in `@google/genai` parameters (`misplaced-field`), with the rename that fixes it. */
export interface GenaiGenerationConfigCheck {
  readonly entry: FieldEntry;
  /**
   * The rename to `config`; `undefined` when a `config` is there or may be (a spread): then a
   * person has to merge the two.
   */
  readonly fix: FindingFix | undefined;
}

/**
 * `@google/genai` reads `config` and silently ignores `generationConfig` (js-genai issue 865):
 * the check `no-misplaced-fields` reports and `eslint --fix` and `migrate` fix by renaming it.
 */
export function genaiGenerationConfigCheck(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): GenaiGenerationConfigCheck | undefined {
  if (request.shape !== "genai") return undefined;
  const entry = field(request.root, "generationConfig");
  if (!entry) return undefined;
  const certain = !request.root.get("config") && !request.root.mayHaveUnknownKeys;
  return { entry, fix: certain ? renameEntryFix(sourceCode, entry, "config") : undefined };
}
