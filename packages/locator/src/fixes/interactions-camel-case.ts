import { snakeCaseName } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import { renameKey } from "../fix.js";
import { interactionObjects } from "../interactions-settings.js";
import type { FieldEntry } from "../object-view.js";
import { literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import type { FindingFix } from "./types.js";

/** A camelCase key in an interaction (`interactions-camel-case`) and, when renaming it is certain, the fix. */
export interface InteractionsCamelCaseFinding {
  readonly entry: FieldEntry;
  /** The snake_case name the Interactions API knows at that place. */
  readonly snake: string;
  /** `undefined` when the snake_case key is already there (two keys would merge) or the key is not a literal property. */
  readonly fix: FindingFix | undefined;
}

/**
 * The camelCase keys of an image (or unknown) interaction that `no-camel-case-interaction-fields`
 * reports and `eslint --fix` and `migrate` rename to snake_case: Google rejects them with a 400
 * there. Only names whose snake_case form the catalog has at that place: anything else is an
 * unknown field, not a casing slip. A text interaction is not this project's business.
 */
export function interactionsCamelCaseFindings(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): InteractionsCamelCaseFinding[] {
  if (request.shape !== "interactions" || request.classification.verdict === "not-image") return [];
  const findings: InteractionsCamelCaseFinding[] = [];
  for (const { view, fields } of interactionObjects(request.root)) {
    for (const entry of view.entries) {
      const snake = snakeCaseName(entry.key);
      if (snake === entry.key || !fields.includes(snake)) continue;
      const property = literalProperty(entry);
      // Renaming is safe only when the snake_case key is not already there: two keys would merge.
      const fix: FindingFix | undefined = property && !view.get(snake) ? (fixer) => renameKey(fixer, sourceCode, property, snake) : undefined;
      findings.push({ entry, snake, fix });
    }
  }
  return findings;
}
