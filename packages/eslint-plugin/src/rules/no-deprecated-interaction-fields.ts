import { DEPRECATED_INTERACTION_FIELDS, FINDINGS, INTERACTIONS_IMAGE_CONFIG_FIELDS } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import {
  addProperties,
  literalProperty,
  locatorContext,
  mayHoldRequests,
  modalityElements,
  onRequests,
  removeWholeProperty,
  type FieldEntry,
  type LocatedRequest,
  type ObjectView,
} from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "deprecatedField";
export type Options = [];

const insteadOf = (path: string): string => DEPRECATED_INTERACTION_FIELDS.find((field) => field.path === path)!.instead;

export default createRule<Options, MessageIds>({
  name: "no-deprecated-interaction-fields",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the deprecated Interactions fields `generation_config.image_config`, `response_modalities` and `response_mime_type`",
      recommended: "recommended",
      severity: FINDINGS["deprecated-interaction-field"].severity,
    },
    fixable: "code",
    messages: { deprecatedField: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;
    const ctx = locatorContext(context);

    function reportField(entry: FieldEntry, path: string, fix: TSESLint.ReportFixFunction | null = null): void {
      report({ node: entry.keyNode, messageId: "deprecatedField", data: findingData("deprecated-interaction-field", { field: path, instead: insteadOf(path) }), fix });
    }

    /**
     * The modalities asked for, lowercased, when `response_modalities` is a list the locator can
     * read whose every value is "image" or "text", with "image" among them; `undefined` otherwise.
     */
    function askedModalities(entry: FieldEntry): string[] | undefined {
      const values = modalityElements(ctx, entry.value)?.map((element) => element.value?.trim().toLowerCase());
      if (!values?.includes("image") || values.some((value) => value !== "image" && value !== "text")) return undefined;
      return values as string[];
    }

    /**
     * Moves `image_config`'s settings into `response_format` (with a text entry first when text is
     * asked for too, as the validator's fix does), only where the meaning is certain: no
     * `response_format` yet, settings the catalog knows written in one literal, modalities that
     * are image (and text) only, and every property in the request's own literal.
     */
    function moveFix(root: ObjectView, configEntry: FieldEntry, config: ObjectView, entry: FieldEntry, modalities: FieldEntry | undefined): TSESLint.ReportFixFunction | null {
      const imageConfig = config.findChild(entry.key);
      const configProperty = literalProperty(configEntry);
      const imageConfigProperty = literalProperty(entry);
      if (!root.node || !imageConfig?.node || !configProperty || !imageConfigProperty || imageConfig.mayHaveUnknownKeys || config.mayHaveUnknownKeys) return null;
      if (root.get("response_format") || root.get("responseFormat") || configEntry.object !== root.node) return null;
      const settings = imageConfig.entries;
      if (settings.some((s) => s.object !== imageConfig.node || !(INTERACTIONS_IMAGE_CONFIG_FIELDS as readonly string[]).includes(s.key))) return null;
      const asked = modalities ? askedModalities(modalities) : ["image"];
      const modalitiesProperty = modalities && literalProperty(modalities);
      if (!asked || (modalities && (!modalitiesProperty || modalities.object !== root.node))) return null;
      const image = `{ type: "image"${settings.map((s) => `, ${sourceCode.getText(s.node)}`).join("")} }`;
      const format = `response_format: ${asked.includes("text") ? `[{ type: "text" }, ${image}]` : image}`;
      const onlyImageConfig = config.entries.length === 1;
      return (fixer) => {
        const fixes: TSESLint.RuleFix[] = [];
        if (modalitiesProperty) fixes.push(fixer.replaceText(modalitiesProperty, format));
        if (onlyImageConfig && !modalitiesProperty) fixes.push(fixer.replaceText(configProperty, format));
        else if (onlyImageConfig) fixes.push(...removeWholeProperty(fixer, sourceCode, configProperty));
        else fixes.push(...removeWholeProperty(fixer, sourceCode, imageConfigProperty));
        if (!onlyImageConfig && !modalitiesProperty) fixes.push(...(addProperties(fixer, sourceCode, root, [], [format]) ?? []));
        return fixes;
      };
    }

    function check(request: LocatedRequest): void {
      if (request.shape !== "interactions" || request.classification.verdict === "not-image") return;
      const { root } = request;
      const configEntry = root.get("generation_config") ?? root.get("generationConfig");
      const config = configEntry && root.findChild(configEntry.key);
      const imageConfig = config?.get("image_config") ?? config?.get("imageConfig");
      const modalities = root.get("response_modalities") ?? root.get("responseModalities");
      if (configEntry && config && imageConfig) reportField(imageConfig, "generation_config.image_config", moveFix(root, configEntry, config, imageConfig, modalities));
      // Alone, response_modalities is what Google's own image sample sends (js-genai sdk-samples
      // interactions_multimodal_response_image.ts): reported only beside the settings that replace it.
      if (modalities && (imageConfig || root.get("response_format"))) reportField(modalities, "response_modalities");
      const mime = root.get("response_mime_type") ?? root.get("responseMimeType");
      if (mime) reportField(mime, "response_mime_type");
    }

    return onRequests(context, check);
  },
});
