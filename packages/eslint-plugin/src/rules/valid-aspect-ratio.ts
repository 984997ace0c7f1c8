import { ALL_ASPECT_RATIOS, FINDINGS, normalizeAspectRatio, type AspectRatio } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type FieldEntry, type LocatedRequest } from "@gemini-image/locator";
import { field, imageConfigOf } from "@gemini-image/locator";
import { knownValue } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

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

    function checkEntry(request: LocatedRequest, entry: FieldEntry | undefined): void {
      if (!entry) return;
      const value = knownValue(ctx, entry.value);
      if (!value) return;
      const model = checkedModel(request);
      if (model && model.tiers.length === 0) return;
      const accepted: readonly AspectRatio[] = model ? model.aspectRatios : ALL_ASPECT_RATIOS;
      if (value.kind === "string" && (accepted as readonly string[]).includes(value.text)) return;
      // Only a separator slip ("16x9", "16/9") that lands on an accepted ratio is fixed.
      const fix = value.kind === "string" ? normalizeAspectRatio(value.text, accepted) : undefined;
      report({
        node: entry.value,
        messageId: "invalidAspectRatio",
        data: findingData("invalid-aspect-ratio", { value: value.shown, model: model?.id, accepted, fix }),
        fix: fix && value.literal ? (fixer) => fixer.replaceText(entry.value, `"${fix}"`) : null,
      });
    }

    function check(request: LocatedRequest): void {
      checkEntry(request, field(imageConfigOf(request), "aspectRatio"));
      // generateImage takes the ratio as its own option and passes it on as imageConfig.aspectRatio.
      if (request.shape === "ai-sdk" && request.api === "generateImage") checkEntry(request, request.root.get("aspectRatio"));
    }

    return onRequests(context, check);
  },
});
