import { API_SHAPES, FINDINGS, type ImageConfigMapping } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import { apiOfRequest, imageSettingsPath, spellingOf, locatorContext, mayHoldRequests, onRequests, openAiSizeChecks, sizeMove, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "openaiSize" | "replaceWithImageConfig" | "removeSize";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-openai-size",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow OpenAI's `size` field in Gemini image requests",
      recommended: "recommended",
      severity: FINDINGS["openai-size"].severity,
    },
    hasSuggestions: true,
    messages: {
      openaiSize: "{{message}}",
      replaceWithImageConfig: "Remove `size` and set `{{target}}` to `{{imageConfig}}`.",
      removeSize: "Remove `size`; Gemini picks the size.",
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

    // The check and the move are the locator's, shared with the codemod's size transform: the
    // mapping picks the nearest ratio and tier, so it is a suggestion here.
    function check(request: LocatedRequest): void {
      const target = imageSettingsPath(request);
      const api = spellingOf(request);
      for (const sizeCheck of openAiSizeChecks(ctx, request)) {
        const { entry, value, mapping } = sizeCheck;
        const imageConfig = mapping?.imageConfig ? configText(mapping, request) : undefined;
        const move = sizeMove(sourceCode, request, sizeCheck);
        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
        if (move && mapping && !mapping.imageConfig) suggest.push({ messageId: "removeSize", fix: move.fix });
        // Values already in imageConfig that differ: which one is meant is for a person to say.
        else if (move && imageConfig && move.kept.length === 0) suggest.push({ messageId: "replaceWithImageConfig", data: { target, imageConfig }, fix: move.fix });
        report({
          node: entry.keyNode,
          messageId: "openaiSize",
          data: findingData("openai-size", { value, imageConfig, model: imageConfig ? sizeCheck.model?.id : undefined, target, ...(api === "interactions" ? { api } : {}) }),
          suggest,
        });
      }
    }

    return onRequests(context, check);
  },
});

/**
 * The settings for messages: an imageConfig, an Interactions image entry of `response_format`,
 * or for the AI SDK's `google.interactions` model a list holding one camelCase image entry.
 */
function configText(mapping: ImageConfigMapping, request: LocatedRequest): string {
  const { aspectRatio, imageSize } = mapping.imageConfig!;
  const shape = API_SHAPES[spellingOf(request)];
  const ratio = `${shape.aspectRatioField}: "${aspectRatio}"`;
  const fields = imageSize === undefined ? ratio : `${ratio}, ${shape.imageSizeField}: "${imageSize}"`;
  if (apiOfRequest(request) !== "interactions") return `{ ${fields} }`;
  return request.shape === "ai-sdk" ? `[{ type: "image", ${fields} }]` : `{ type: "image", ${fields} }`;
}
