import { FINDINGS, candidateCountFinding } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { checkedModel } from "@gemini-image/locator";
import { unwrap } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, type FieldEntry, type LocatedRequest } from "@gemini-image/locator";
import { configOf, field, literalProperty } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeProperty } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "severalImages" | "candidateCount" | "removeField";
export type Options = [];

/** OpenAI's and Imagen's "how many images" fields; Gemini has neither. */
const COUNT_FIELDS = ["n", "numberOfImages"] as const;

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

    function suggestRemoval(entry: FieldEntry) {
      const property = literalProperty(entry);
      return property
        ? [{ messageId: "removeField" as const, data: { field: entry.key }, fix: (fixer: Parameters<typeof removeProperty>[0]) => removeProperty(fixer, sourceCode, property) }]
        : [];
    }

    function check(request: LocatedRequest): void {
      const config = configOf(request);
      // The AI SDK's own `n` is fine: it makes one provider call per image.
      const holders = request.shape === "ai-sdk" ? [config] : [request.root, config];
      for (const holder of holders) {
        for (const name of COUNT_FIELDS) {
          const entry = holder?.get(name);
          if (!entry) continue;
          report({
            node: entry.keyNode,
            messageId: "severalImages",
            data: findingData("openai-n", { field: name }),
            suggest: suggestRemoval(entry),
          });
        }
      }
      const count = field(config, "candidateCount");
      const value = count ? unwrap(count.value) : undefined;
      const model = checkedModel(request);
      if (!count || !model || model.tiers.length === 0) return;
      if (value?.type !== AST_NODE_TYPES.Literal || typeof value.value !== "number") return;
      const finding = candidateCountFinding(value.value, model);
      if (!finding) return;
      report({
        node: count.value,
        messageId: "candidateCount",
        data: { message: finding.message },
        suggest: suggestRemoval(count),
      });
    }

    return onRequests(context, check);
  },
});
