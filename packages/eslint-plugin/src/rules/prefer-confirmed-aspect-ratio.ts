import { FINDINGS, unconfirmedAspectRatioFinding } from "@gemini-image/protocol";
import { spellingOf, aspectRatioEntries, checkedModel, knownValue, locatorContext, mayHoldRequests, onRequests, type FieldEntry, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { reportOnce } from "../util/report.js";

export type MessageIds = "unconfirmedAspectRatio";
export type Options = [];

/**
 * The warning half of the aspect-ratio check. `valid-aspect-ratio` errors on values a model
 * rejects; ratios Google lists for a model without confirming them on the Gemini API are
 * UNCONFIRMED (facts page "Models"), so they get this separate rule at warning level.
 */
export default createRule<Options, MessageIds>({
  name: "prefer-confirmed-aspect-ratio",
  meta: {
    type: "suggestion",
    docs: {
      description: "Enforce `aspectRatio` values Google confirms for the model on the Gemini API",
      recommended: "recommended",
      severity: FINDINGS["unconfirmed-aspect-ratio"].severity,
    },
    messages: { unconfirmedAspectRatio: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const ctx = locatorContext(context);

    function checkEntry(request: LocatedRequest, entry: FieldEntry): void {
      const model = checkedModel(request);
      if (!model?.unconfirmedAspectRatios) return;
      const value = knownValue(ctx, entry.value);
      const finding = value?.kind === "string" ? unconfirmedAspectRatioFinding(value.text, model, spellingOf(request)) : undefined;
      if (finding) report({ node: entry.value, messageId: "unconfirmedAspectRatio", data: { message: finding.message } });
    }

    return onRequests(context, (request) => {
      for (const entry of aspectRatioEntries(request)) checkEntry(request, entry);
    });
  },
});
