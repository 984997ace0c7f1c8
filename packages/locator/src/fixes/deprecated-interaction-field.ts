import { INTERACTIONS_IMAGE_CONFIG_FIELDS } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import type { LocatorContext } from "../context.js";
import { modalityElements } from "../modality-values.js";
import type { FieldEntry, ObjectView } from "../object-view.js";
import { literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { addProperties } from "./placement.js";
import { removeWholeProperty } from "./removal.js";
import type { FindingFix } from "./types.js";

/** A deprecated Interactions field (`deprecated-interaction-field`) and, for `image_config`, its move when it is certain. */
export interface DeprecatedInteractionFieldFinding {
  readonly entry: FieldEntry;
  /** The protocol's `DEPRECATED_INTERACTION_FIELDS` path: `generation_config.image_config`, `response_modalities`, `response_mime_type`. */
  readonly path: "generation_config.image_config" | "response_modalities" | "response_mime_type";
  readonly fix: FindingFix | undefined;
}

/**
 * The deprecated fields of an image (or unknown) interaction that `no-deprecated-interaction-fields`
 * reports; `eslint --fix` and `migrate` move `generation_config.image_config` into
 * `response_format` where the meaning is certain. `response_modalities` alone is what Google's
 * own image sample sends (js-genai sdk-samples interactions_multimodal_response_image.ts): it is
 * reported only beside the settings that replace it.
 */
export function deprecatedInteractionFieldFindings(ctx: LocatorContext, request: LocatedRequest): DeprecatedInteractionFieldFinding[] {
  if (request.shape !== "interactions" || request.classification.verdict === "not-image") return [];
  const { root } = request;
  const findings: DeprecatedInteractionFieldFinding[] = [];
  const configEntry = root.get("generation_config") ?? root.get("generationConfig");
  const config = configEntry && root.findChild(configEntry.key);
  const imageConfig = config?.get("image_config") ?? config?.get("imageConfig");
  const modalities = root.get("response_modalities") ?? root.get("responseModalities");
  if (configEntry && config && imageConfig) {
    findings.push({ entry: imageConfig, path: "generation_config.image_config", fix: moveFix(ctx, root, configEntry, config, imageConfig, modalities) });
  }
  if (modalities && (imageConfig || root.get("response_format"))) findings.push({ entry: modalities, path: "response_modalities", fix: undefined });
  const mime = root.get("response_mime_type") ?? root.get("responseMimeType");
  if (mime) findings.push({ entry: mime, path: "response_mime_type", fix: undefined });
  return findings;
}

/**
 * The modalities asked for, lowercased, when `response_modalities` is a list the locator can read
 * whose every value is "image" or "text", with "image" among them; `undefined` otherwise.
 */
function askedModalities(ctx: LocatorContext, entry: FieldEntry): string[] | undefined {
  const values = modalityElements(ctx, entry.value)?.map((element) => element.value?.trim().toLowerCase());
  if (!values?.includes("image") || values.some((value) => value !== "image" && value !== "text")) return undefined;
  return values as string[];
}

/**
 * Moves `image_config`'s settings into `response_format` (with a text entry first when text is
 * asked for too, as the validator's fix does), only where the meaning is certain: no
 * `response_format` yet, settings the catalog knows written in one literal, modalities that are
 * image (and text) only, and every property in the request's own literal. `response_modalities`,
 * when written, is replaced by the new field, since `response_format` now says what comes back.
 */
function moveFix(ctx: LocatorContext, root: ObjectView, configEntry: FieldEntry, config: ObjectView, entry: FieldEntry, modalities: FieldEntry | undefined): FindingFix | undefined {
  const { sourceCode } = ctx;
  const imageConfig = config.findChild(entry.key);
  const configProperty = literalProperty(configEntry);
  const imageConfigProperty = literalProperty(entry);
  if (!root.node || !imageConfig?.node || !configProperty || !imageConfigProperty || imageConfig.mayHaveUnknownKeys || config.mayHaveUnknownKeys) return undefined;
  if (root.get("response_format") || root.get("responseFormat") || configEntry.object !== root.node) return undefined;
  const settings = imageConfig.entries;
  if (settings.some((s) => s.object !== imageConfig.node || !(INTERACTIONS_IMAGE_CONFIG_FIELDS as readonly string[]).includes(s.key))) return undefined;
  const asked = modalities ? askedModalities(ctx, modalities) : ["image"];
  const modalitiesProperty = modalities && literalProperty(modalities);
  if (!asked || (modalities && (!modalitiesProperty || modalities.object !== root.node))) return undefined;
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
