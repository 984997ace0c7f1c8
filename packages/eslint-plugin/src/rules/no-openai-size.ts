import { API_SHAPES, FINDINGS, toImageConfig, type GeminiApi, type ImageConfigMapping } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { checkedModel } from "@gemini-image/locator";
import { mayHoldRequests, onRequests, locatorContext, type FieldEntry, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import { apiOfRequest, childObject, configOf, configPath, field, imageConfigOf, imageSettingsPath, literalProperty } from "@gemini-image/locator";
import { fullText } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { insertProperty, removeProperty } from "@gemini-image/locator";
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

    function check(request: LocatedRequest): void {
      const target = imageSettingsPath(request);
      const api = apiOfRequest(request);
      for (const entry of sizeEntries(request)) {
        const value = fullText(locatorContext(context), entry.value);
        const mapping = mapSize(request, value);
        const imageConfig = mapping?.imageConfig ? configText(mapping, api) : undefined;
        const model = checkedModel(request)?.id;
        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
        const property = literalProperty(entry);
        if (property && mapping && !mapping.imageConfig) {
          suggest.push({ messageId: "removeSize", fix: (fixer) => removeProperty(fixer, sourceCode, property) });
        } else if (property && mapping?.imageConfig && imageConfig) {
          const fix = moveFix(request, entry, mapping);
          if (fix) suggest.push({ messageId: "replaceWithImageConfig", data: { target, imageConfig }, fix });
        }
        report({
          node: entry.keyNode,
          messageId: "openaiSize",
          data: findingData("openai-size", { value, imageConfig, model: imageConfig ? model : undefined, target, ...(api === "interactions" ? { api } : {}) }),
          suggest,
        });
      }
    }

    /** The fix that removes `size` and writes the mapped imageConfig where it belongs. */
    function moveFix(request: LocatedRequest, entry: FieldEntry, mapping: ImageConfigMapping): TSESLint.ReportFixFunction | undefined {
      const property = literalProperty(entry)!;
      const fields = fieldsText(mapping, apiOfRequest(request));
      if (request.shape === "interactions") return interactionsFix(request, entry, property, mapping);
      const imageConfig = imageConfigOf(request);
      if (imageConfig) {
        if (!imageConfig.node || field(imageConfig, "aspectRatio") || field(imageConfig, "imageSize")) return undefined;
        return intoObject(imageConfig, property, fields);
      }
      const config = configOf(request);
      if (config) {
        if (!config.node || field(config, "imageConfig")) return undefined;
        return intoObject(config, property, `imageConfig: { ${fields} }`);
      }
      const configKey = request.shape === "ai-sdk" ? "providerOptions" : configPath(request);
      if (entry.object !== request.root.node || request.root.get(configKey)) return undefined;
      const wrapped =
        request.shape === "ai-sdk"
          ? `providerOptions: { google: { imageConfig: { ${fields} } } }`
          : `${configKey}: { imageConfig: { ${fields} } }`;
      return (fixer) => fixer.replaceText(property, wrapped);
    }

    /**
     * In an interaction the settings go in `response_format` (the protocol's mapping, in its
     * snake_case names): into its image entry, or as a new entry where the request has no
     * `response_format` and no deprecated `image_config` yet.
     */
    function interactionsFix(request: LocatedRequest, entry: FieldEntry, property: TSESTree.Property, mapping: ImageConfigMapping): TSESLint.ReportFixFunction | undefined {
      const format = imageConfigOf(request);
      if (format) {
        if (!format.node || field(format, "aspectRatio") || field(format, "imageSize")) return undefined;
        return intoObject(format, property, fieldsText(mapping, "interactions"));
      }
      if (entry.object !== request.root.node || request.root.get("response_format") || childObject(configOf(request), "imageConfig")) return undefined;
      return (fixer) => fixer.replaceText(property, `response_format: ${configText(mapping, "interactions")}`);
    }

    function intoObject(view: ObjectView, property: TSESTree.Property, text: string): TSESLint.ReportFixFunction {
      const object = view.node!;
      if (property.parent === object) return (fixer) => fixer.replaceText(property, text);
      return (fixer) => [removeProperty(fixer, sourceCode, property), insertProperty(fixer, sourceCode, object, text)];
    }

    return onRequests(context, check);
  },
});

/** Every `size` key in the request: at the top, in the config and in imageConfig. */
function sizeEntries(request: LocatedRequest): FieldEntry[] {
  if (request.shape === "ai-sdk" && request.api !== "generateImage") {
    return [configOf(request)?.get("size"), imageConfigOf(request)?.get("size")].filter((e) => e !== undefined);
  }
  return [request.root.get("size"), configOf(request)?.get("size"), imageConfigOf(request)?.get("size")].filter(
    (e) => e !== undefined,
  );
}

/** What `toImageConfig` makes of the size for the request's model; `undefined` when it cannot say. */
function mapSize(request: LocatedRequest, value: string | undefined): ImageConfigMapping | undefined {
  const model = checkedModel(request);
  if (value === undefined || !model) return undefined;
  try {
    return toImageConfig(value, { model: model.id });
  } catch {
    // Not a WxH size, or a shut-down model: the message then names the fields without values.
    return undefined;
  }
}

/** The mapped settings as the API spells them (`aspectRatio` or `aspect_ratio`). */
function fieldsText(mapping: ImageConfigMapping, api: GeminiApi): string {
  const { aspectRatio, imageSize } = mapping.imageConfig!;
  const shape = API_SHAPES[api];
  const ratio = `${shape.aspectRatioField}: "${aspectRatio}"`;
  return imageSize === undefined ? ratio : `${ratio}, ${shape.imageSizeField}: "${imageSize}"`;
}

/** The settings object: an imageConfig, or an Interactions image entry of `response_format`. */
function configText(mapping: ImageConfigMapping, api: GeminiApi): string {
  return api === "interactions" ? `{ type: "image", ${fieldsText(mapping, api)} }` : `{ ${fieldsText(mapping, api)} }`;
}
