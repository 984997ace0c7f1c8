import { FINDINGS } from "@gemini-image/protocol";
import { mayHoldRequests, onRequests, openAiFieldChecks, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "severalImages" | "candidateCount" | "removeField";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-multiple-images",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow asking a Gemini image model for several images in one call",
      recommended: "recommended",
      severity: FINDINGS["openai-n"].severity,
    },
    hasSuggestions: true,
    messages: {
      severalImages: "{{message}}",
      candidateCount: "{{message}}",
      removeField: "Remove `{{field}}` and make one call per image.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    // The checks and the removal are the locator's, shared with no-openai-fields and the codemod.
    // The AI SDK's own `n` is fine there: it makes one provider call per image.
    function check(request: LocatedRequest): void {
      for (const { id, entry, finding, removal } of openAiFieldChecks(sourceCode, request)) {
        const suggest = removal ? [{ messageId: "removeField" as const, data: { field: entry.key }, fix: removal() }] : [];
        if (id === "openai-n") {
          report({ node: entry.keyNode, messageId: "severalImages", data: findingData("openai-n", { field: entry.key }), suggest });
        } else if (id === "candidate-count" && finding) {
          report({ node: entry.value, messageId: "candidateCount", data: { message: finding.message }, suggest });
        }
      }
    }

    return onRequests(context, check);
  },
});
