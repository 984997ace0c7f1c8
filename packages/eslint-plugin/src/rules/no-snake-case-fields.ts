import { FINDINGS } from "@gemini-image/protocol";
import { locatorContext, mayHoldRequests, onRequests, snakeCaseFindings } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "snakeCase";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-snake-case-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Require camelCase Gemini field names (`generationConfig`, `imageConfig`, `imageSize`, …)",
      recommended: "recommended",
      severity: FINDINGS["snake-case-field"].severity,
    },
    fixable: "code",
    messages: { snakeCase: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const ctx = locatorContext(context);
    // The check and the fix are the locator's, shared with the codemod's snake-case transform.
    return onRequests(context, (request) => {
      for (const { entry, camel, sdk, fix } of snakeCaseFindings(ctx, request)) {
        report({
          node: entry.keyNode,
          messageId: "snakeCase",
          data: findingData("snake-case-field", { field: entry.key, camel, context: sdk ? "sdk" : "rest" }),
          fix: fix ?? null,
        });
      }
    });
  },
});
