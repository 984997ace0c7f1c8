import { FINDINGS } from "@gemini-image/protocol";
import { imageSizeCheck, literalProperty, locatorContext, mayHoldRequests, onRequests, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeWholeProperty } from "@gemini-image/locator";
import { reportOnce } from "../util/report.js";

export type MessageIds = "invalidImageSize" | "removeImageSize";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "valid-image-size",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce `imageSize` values the request's Gemini model accepts",
      recommended: "recommended",
      severity: FINDINGS["invalid-image-size"].severity,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      invalidImageSize: "{{message}}",
      removeImageSize: "Remove `imageSize`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;
    const ctx = locatorContext(context);

    function check(request: LocatedRequest): void {
      // The check and the fix are the locator's, shared with the codemod's image-size-case transform.
      const checked = imageSizeCheck(ctx, request);
      if (!checked) return;
      const { entry, finding, model, fix } = checked;
      const property = literalProperty(entry);
      // A model that takes no imageSize: removing it is a suggestion, as the size asked for is lost.
      const removable = model !== undefined && model.imageSizes.length === 0 && property !== undefined;
      report({
        node: entry.value,
        messageId: "invalidImageSize",
        data: { message: finding.message },
        fix: fix ?? null,
        suggest: removable ? [{ messageId: "removeImageSize", fix: (fixer) => removeWholeProperty(fixer, sourceCode, property) }] : [],
      });
    }

    return onRequests(context, check);
  },
});
