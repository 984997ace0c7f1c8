import { FINDINGS } from "@gemini-image/protocol";
import { aspectRatioChecks, locatorContext, mayHoldRequests, onRequests } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { reportOnce } from "../util/report.js";

export type MessageIds = "invalidAspectRatio";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "valid-aspect-ratio",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce `aspectRatio` values the request's Gemini model accepts",
      recommended: "recommended",
      severity: FINDINGS["invalid-aspect-ratio"].severity,
    },
    fixable: "code",
    messages: { invalidAspectRatio: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const ctx = locatorContext(context);
    // The check and the fix are the locator's, shared with the codemod's aspect-ratio transform.
    return onRequests(context, (request) => {
      for (const { entry, finding, fix } of aspectRatioChecks(ctx, request)) {
        report({ node: entry.value, messageId: "invalidAspectRatio", data: { message: finding.message }, fix: fix ?? null });
      }
    });
  },
});
