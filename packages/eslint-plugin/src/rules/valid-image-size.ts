import { FINDINGS, imageSizeFinding } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type LocatedRequest } from "@gemini-image/locator";
import { apiOfRequest, imageSizeEntries, literalProperty, type FieldEntry } from "@gemini-image/locator";
import { knownValue } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeProperty } from "@gemini-image/locator";
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

    function check(request: LocatedRequest, entry: FieldEntry): void {
      const value = knownValue(ctx, entry.value);
      if (!value) return;
      const model = checkedModel(request);
      const finding = imageSizeFinding(value.kind === "number" ? Number(value.text) : value.text, model, apiOfRequest(request));
      if (!finding) return;
      const property = literalProperty(entry);
      // A model that takes no imageSize: removing it is a suggestion, as the size asked for is lost.
      const removable = model !== undefined && model.imageSizes.length === 0 && property !== undefined;
      // Only a case or space slip ("1k", " 2K ") is fixed: the meaning is certain.
      const { fix } = finding;
      report({
        node: entry.value,
        messageId: "invalidImageSize",
        data: { message: finding.message },
        fix: fix && value.literal ? (fixer) => fixer.replaceText(entry.value, `"${fix}"`) : null,
        suggest: removable ? [{ messageId: "removeImageSize", fix: (fixer) => removeProperty(fixer, sourceCode, property) }] : [],
      });
    }

    return onRequests(context, (request) => {
      for (const entry of imageSizeEntries(request)) check(request, entry);
    });
  },
});
