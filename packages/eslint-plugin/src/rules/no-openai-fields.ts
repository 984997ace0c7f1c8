import { FINDINGS } from "@gemini-image/protocol";
import { mayHoldRequests, onRequests, openAiFieldChecks, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "openaiField" | "removeField";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-openai-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow OpenAI-only fields (`quality`, `style`, `response_format`, `messages`, …) in Gemini requests",
      recommended: "recommended",
      severity: FINDINGS["openai-field"].severity,
    },
    hasSuggestions: true,
    messages: {
      openaiField: "{{message}}",
      removeField: "Remove `{{field}}`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    // The check and the removal are the locator's, shared with no-multiple-images and the codemod.
    function check(request: LocatedRequest): void {
      for (const { id, entry, removal } of openAiFieldChecks(sourceCode, request)) {
        if (id !== "openai-field") continue;
        report({
          node: entry.keyNode,
          messageId: "openaiField",
          data: findingData("openai-field", { field: entry.key }),
          // Only fields whose advice is plain removal get a suggestion; `prompt` and `messages` carry the prompt.
          suggest: removal ? [{ messageId: "removeField", data: { field: entry.key }, fix: removal() }] : [],
        });
      }
    }

    return onRequests(context, check);
  },
});
