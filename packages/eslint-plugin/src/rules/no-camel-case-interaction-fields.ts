import { FINDINGS, snakeCaseName } from "@gemini-image/protocol";
import { interactionObjects, literalProperty, mayHoldRequests, onRequests, renameKey, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "camelCase";
export type Options = [];

/**
 * The casing rule of the Interactions API, the inverse of `no-snake-case-fields`: a separate
 * rule because its finding differs (Google rejects the camelCase key with a 400 here, where a
 * generateContent snake_case key is dropped by some hops), and a project may turn one off
 * without losing the other.
 */
export default createRule<Options, MessageIds>({
  name: "no-camel-case-interaction-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Require snake_case field names in Interactions API requests (`response_format`, `image_size`, `mime_type`, …)",
      recommended: "recommended",
      severity: FINDINGS["interactions-camel-case"].severity,
    },
    fixable: "code",
    messages: { camelCase: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    function check(request: LocatedRequest): void {
      // A text interaction is not this plugin's business (as for no-snake-case-fields).
      if (request.shape !== "interactions" || request.classification.verdict === "not-image") return;
      for (const { view, fields } of interactionObjects(request.root)) {
        for (const entry of view.entries) {
          const snake = snakeCaseName(entry.key);
          // Only names whose snake_case form the catalog has there: anything else is unknown, not a casing slip.
          if (snake === entry.key || !fields.includes(snake)) continue;
          const property = literalProperty(entry);
          // Renaming is safe only when the snake_case key is not already there: two keys would merge.
          const fixable = property && !view.get(snake);
          report({
            node: entry.keyNode,
            messageId: "camelCase",
            data: findingData("interactions-camel-case", { field: entry.key, snake }),
            fix: fixable ? (fixer) => renameKey(fixer, sourceCode, property, snake) : null,
          });
        }
      }
    }

    return onRequests(context, check);
  },
});
