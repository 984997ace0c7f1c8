import { FINDINGS } from "@gemini-image/protocol";
import { onRequests, locatorContext, type LocatedRequest } from "../locator/index.js";
import { nestedObjects } from "../locator/nested.js";
import { partKind } from "../locator/part-kind.js";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "tooManyImages";
export type Options = [];

/** The keys that carry a request's input in each shape. */
const INPUT_KEYS = ["contents", "message"] as const;

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
    const report = reportOnce(context);
    const ctx = locatorContext(context);

    function check(request: LocatedRequest): void {
      const model = request.model?.resolved.kind === "known" ? request.model.resolved.model : undefined;
      if (!model || model.tiers.length === 0) return;
      for (const key of INPUT_KEYS) {
        const entry = request.root.get(key);
        if (!entry) continue;
        // Parts built at run time are not counted: the count is a lower bound, never a guess.
        const count = nestedObjects(ctx, entry.value).filter((part) => partKind(part) === "image").length;
        if (count <= model.maxInputImages) continue;
        report({
          node: entry.keyNode,
          messageId: "tooManyImages",
          data: findingData("too-many-images", { count, model: model.id, max: model.maxInputImages }),
        });
      }
    }

    return onRequests(context, check);
  },
});
