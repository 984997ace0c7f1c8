import { FINDINGS } from "@gemini-image/protocol";
import { generateContentShapeFindings, mayHoldRequests, onRequests } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "generateContentShape";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-generate-content-shape-in-input",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow generateContent shapes (`contents`, `parts`, `role`, `inlineData`, bare `{ text }`) in an Interactions request's input",
      recommended: "recommended",
      severity: FINDINGS["generate-content-shape-in-input"].severity,
    },
    fixable: "code",
    messages: { generateContentShape: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;
    // The check and the fix are the locator's, shared with the codemod's generate-content-shape-in-input transform.
    return onRequests(context, (request) => {
      for (const { entry, field, instead, fix } of generateContentShapeFindings(sourceCode, request)) {
        report({ node: entry.keyNode, messageId: "generateContentShape", data: findingData("generate-content-shape-in-input", { field, instead }), fix: fix ?? null });
      }
    });
  },
});
