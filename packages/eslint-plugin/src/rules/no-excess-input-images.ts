import { FINDINGS } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type LocatedRequest } from "@gemini-image/locator";
import { nestedObjects } from "@gemini-image/locator";
import { partKind } from "@gemini-image/locator";
import { inputsOf } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "tooManyImages";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-excess-input-images",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow more input images in one request than the Gemini model accepts",
      recommended: "strict",
      severity: FINDINGS["too-many-images"].severity,
    },
    messages: { tooManyImages: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const ctx = locatorContext(context);

    function check(request: LocatedRequest): void {
      const model = checkedModel(request);
      if (!model || model.tiers.length === 0) return;
      for (const input of inputsOf(request)) {
        // Parts built at run time are not counted: the count is a lower bound, never a guess.
        const count = nestedObjects(ctx, input).filter((part) => partKind(ctx, part) === "image").length;
        if (count <= model.maxInputImages) continue;
        const entry = request.root.entries.find((e) => e.value === input);
        report({
          node: entry?.keyNode ?? input,
          messageId: "tooManyImages",
          data: findingData("too-many-images", { count, model: model.id, max: model.maxInputImages }),
        });
      }
    }

    return onRequests(context, check);
  },
});
