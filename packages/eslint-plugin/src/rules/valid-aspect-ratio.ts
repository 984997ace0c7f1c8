import { FINDINGS, aspectRatioFinding } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type FieldEntry, type LocatedRequest } from "@gemini-image/locator";
import { apiOfRequest, aspectRatioEntries } from "@gemini-image/locator";
import { knownValue } from "@gemini-image/locator";
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

    function checkEntry(request: LocatedRequest, entry: FieldEntry): void {
      const value = knownValue(ctx, entry.value);
      if (!value) return;
      const model = checkedModel(request);
      const finding = aspectRatioFinding(value.kind === "number" ? Number(value.text) : value.text, model, apiOfRequest(request));
      if (!finding) return;
      // Only a separator slip ("16x9", "16/9") that lands on an accepted ratio is fixed.
      const { fix } = finding;
      report({
        node: entry.value,
        messageId: "invalidAspectRatio",
        data: { message: finding.message },
        fix: fix && value.literal ? (fixer) => fixer.replaceText(entry.value, `"${fix}"`) : null,
      });
    }

    return onRequests(context, (request) => {
      for (const entry of aspectRatioEntries(request)) checkEntry(request, entry);
    });
  },
});
