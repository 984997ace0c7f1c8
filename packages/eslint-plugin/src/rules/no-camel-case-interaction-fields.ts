import { FINDINGS } from "@gemini-image/protocol";
import { interactionsCamelCaseFindings, mayHoldRequests, onRequests } from "@gemini-image/locator";
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
    // The check and the fix are the locator's, shared with the codemod's interactions-camel-case transform.
    return onRequests(context, (request) => {
      for (const { entry, snake, fix } of interactionsCamelCaseFindings(sourceCode, request)) {
        report({ node: entry.keyNode, messageId: "camelCase", data: findingData("interactions-camel-case", { field: entry.key, snake }), fix: fix ?? null });
      }
    });
  },
});
