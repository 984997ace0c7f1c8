import { FINDINGS, IMAGE_SIZES, normalizeImageSize, type ImageSize } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type LocatedRequest } from "@gemini-image/locator";
import { field, imageConfigOf, literalProperty } from "@gemini-image/locator";
import { knownValue } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeProperty } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

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
      const entry = field(imageConfigOf(request), "imageSize");
      if (!entry) return;
      const value = knownValue(ctx, entry.value);
      if (!value) return;
      const model = checkedModel(request);
      // A shut-down model accepts nothing; valid-model-id reports the model instead.
      if (model && model.tiers.length === 0) return;
      const accepted: readonly ImageSize[] = model ? model.imageSizes : IMAGE_SIZES;
      if (value.kind === "string" && (accepted as readonly string[]).includes(value.text)) return;

      const property = literalProperty(entry);
      if (accepted.length === 0) {
        report({
          node: entry.value,
          messageId: "invalidImageSize",
          data: findingData("invalid-image-size", { value: value.shown, model: model?.id, accepted }),
          suggest: property ? [{ messageId: "removeImageSize", fix: (fixer) => removeProperty(fixer, sourceCode, property) }] : [],
        });
        return;
      }
      // Only a case or space slip ("1k", " 2K ") is fixed: the meaning is certain.
      const normalized = value.kind === "string" ? normalizeImageSize(value.text) : undefined;
      const fix = normalized && accepted.includes(normalized) ? normalized : undefined;
      report({
        node: entry.value,
        messageId: "invalidImageSize",
        data: findingData("invalid-image-size", { value: value.shown, model: model?.id, accepted, fix }),
        fix: fix && value.literal ? (fixer) => fixer.replaceText(entry.value, `"${fix}"`) : null,
      });
    }

    return onRequests(context, check);
  },
});
