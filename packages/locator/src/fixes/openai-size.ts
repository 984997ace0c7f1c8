import { API_SHAPES, ProtocolError, toImageConfig, type GeminiApi, type ImageConfigMapping, type ImageModel } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { checkedModel } from "../checked-model.js";
import type { LocatorContext } from "../context.js";
import type { FieldEntry } from "../object-view.js";
import { childObject, configOf, field, imageConfigOf, literalProperty } from "../parts.js";
import { apiOfRequest, spellingOf } from "../interactions.js";
import { fullText } from "../static-text.js";
import type { LocatedRequest } from "../types.js";
import { imageEntryText } from "./image-entry.js";
import { addProperties, configKeys, targetOf } from "./placement.js";
import { quoted } from "./quoted.js";
import { removeWholeProperty } from "./removal.js";
import type { FindingFix } from "./types.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** OpenAI's `size` in a Gemini request (`openai-size`), with what the protocol maps it to. */
export interface OpenAiSizeCheck {
  readonly entry: FieldEntry;
  /** The size as written, when the locator can read it. */
  readonly value: string | undefined;
  /** The model it is mapped for; `undefined` when not certain (see `checkedModel`). */
  readonly model: ImageModel | undefined;
  /** The protocol's `toImageConfig` for the model; `undefined` without value or model, or when it refused. */
  readonly mapping: ImageConfigMapping | undefined;
  /** Why `toImageConfig` refused the size (not WxH, a shut-down model). */
  readonly error: ProtocolError | undefined;
}

/**
 * Every `size` key in an image request: at the top, in the config and in imageConfig (for the
 * AI SDK's text calls, only in `providerOptions.google`: their own options have no size), the
 * findings `no-openai-size` reports and `migrate` maps.
 */
export function openAiSizeChecks(ctx: LocatorContext, request: LocatedRequest): OpenAiSizeCheck[] {
  const holders = request.shape === "ai-sdk" && request.api !== "generateImage" ? [] : [request.root];
  const entries = [...holders, configOf(request), imageConfigOf(request)].flatMap((view) => view?.get("size") ?? []);
  const model = checkedModel(request);
  return entries.map((entry) => {
    const value = fullText(ctx, entry.value);
    if (value === undefined || !model) return { entry, value, model, mapping: undefined, error: undefined };
    try {
      return { entry, value, model, mapping: toImageConfig(value, { model: model.id }), error: undefined };
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      return { entry, value, model, mapping: undefined, error };
    }
  });
}

/** The edit that replaces a size by its mapping, and what it leaves as it was. */
export interface SizeMove {
  /** Removes `size` and writes the mapped fields where they belong, merged into what exists. */
  readonly fix: FindingFix;
  /** Fields already set to another value than the mapping's: they win (`aspectRatio "4:3" (the size maps to "16:9")`). */
  readonly kept: readonly string[];
  /** Where the mapped fields go, from the root, and which keys are added there (for type checks). */
  readonly path: readonly string[];
  readonly added: readonly string[];
  /** The added fields as code (`{ aspectRatio: "16:9", imageSize: "2K" }`), for messages. */
  readonly text: string;
}

/**
 * The move `no-openai-size` suggests and `migrate` applies: `size` removed and the mapped
 * `aspectRatio` / `imageSize` written into imageConfig (created where missing), in the file's
 * quotes; for the AI SDK's `generateImage`, its own `aspectRatio` option and the tier in
 * `providerOptions.google.imageConfig`; `"auto"` simply removed. Values already set win.
 * `undefined` when the size is not a property here or a level is not an object literal.
 */
export function sizeMove(sourceCode: SourceCode, request: LocatedRequest, check: OpenAiSizeCheck): SizeMove | undefined {
  const property = literalProperty(check.entry);
  const mapping = check.mapping;
  if (!property || !mapping || check.value === undefined) return undefined;
  if (!mapping.imageConfig) return { fix: (fixer) => removeWholeProperty(fixer, sourceCode, property), kept: [], path: [], added: [], text: "" };
  if (request.shape === "ai-sdk" && request.api === "generateImage") return generateImageMove(sourceCode, request, property, mapping);
  if (apiOfRequest(request) === "interactions") return interactionsMove(sourceCode, request, property, mapping);
  const wanted = { aspectRatio: mapping.aspectRatio, imageSize: mapping.imageSize };
  const imageConfig = imageConfigOf(request);
  const ctx = { sourceCode, defaultModel: undefined };
  const kept: string[] = [];
  const missing: string[] = [];
  const added: string[] = [];
  for (const key of ["aspectRatio", "imageSize"] as const) {
    if (wanted[key] === undefined) continue;
    const existing = field(imageConfig, key);
    if (!existing) {
      missing.push(fieldText(sourceCode, key, wanted[key]));
      added.push(key);
    } else if (fullText(ctx, existing.value) !== wanted[key]) kept.push(`${key} ${sourceCode.getText(existing.value)} (the size maps to "${wanted[key]}")`);
  }
  const path = [...configKeys(request), "imageConfig"];
  if (!targetOf(request.root, path)) return undefined;
  return { fix: (fixer) => addProperties(fixer, sourceCode, request.root, path, missing, [property]) ?? [], kept, path, added, text: `{ ${missing.join(", ")} }` };
}

function generateImageMove(sourceCode: SourceCode, request: LocatedRequest, property: TSESTree.Property, mapping: ImageConfigMapping): SizeMove | undefined {
  const root = request.root;
  const atRoot = root.get("aspectRatio") ? [] : [fieldText(sourceCode, "aspectRatio", mapping.aspectRatio)];
  const base = { kept: [], path: [], added: atRoot.length > 0 ? ["aspectRatio"] : [], text: atRoot.join("") };
  if (!targetOf(root, [])) return undefined;
  if (mapping.imageSize === undefined || field(imageConfigOf(request), "imageSize")) {
    return { ...base, fix: (fixer) => addProperties(fixer, sourceCode, root, [], atRoot, [property]) ?? [] };
  }
  const tier = fieldText(sourceCode, "imageSize", mapping.imageSize);
  const tierPath = ["providerOptions", "google", "imageConfig"];
  if (!root.get("providerOptions")) {
    const options = `providerOptions: { google: { imageConfig: { ${tier} } } }`;
    return { ...base, added: [...base.added, "providerOptions"], fix: (fixer) => addProperties(fixer, sourceCode, root, [], [...atRoot, options], [property]) ?? [] };
  }
  // The tier joins the existing options.
  if (!targetOf(root, tierPath)) return undefined;
  return {
    ...base,
    fix: (fixer) => [...(addProperties(fixer, sourceCode, root, tierPath, [tier]) ?? []), ...(addProperties(fixer, sourceCode, root, [], atRoot, [property]) ?? [])],
  };
}

/**
 * In an interaction the settings go in `response_format`, in its snake_case names (facts page
 * "The Interactions API"): into its image entry when it sets neither yet, or as a new image
 * entry where the request has no `response_format` and no deprecated `image_config`. The AI
 * SDK's `google.interactions` model takes them camelCase in `providerOptions.google.responseFormat`,
 * a list (SOURCES.aiSdkGoogleDeclarations), where the size sits in `providerOptions.google`.
 */
function interactionsMove(sourceCode: SourceCode, request: LocatedRequest, property: TSESTree.Property, mapping: ImageConfigMapping): SizeMove | undefined {
  const aiSdk = request.shape === "ai-sdk";
  const shape = API_SHAPES[spellingOf(request)];
  const fields = mappedFields(sourceCode, mapping, spellingOf(request));
  const added = [shape.aspectRatioField, ...(mapping.imageSize === undefined ? [] : [shape.imageSizeField])];
  const format = imageConfigOf(request);
  if (format) {
    if (!format.node || field(format, "aspectRatio") || field(format, "imageSize")) return undefined;
    // An entry of the AI SDK's list sits in an array the type checks of `path` do not walk.
    const path = aiSdk ? [] : ["response_format"];
    return { fix: (fixer) => addProperties(fixer, sourceCode, format, [], fields, [property]) ?? [], kept: [], path, added: aiSdk ? [] : added, text: `{ ${fields.join(", ")} }` };
  }
  const holder = aiSdk ? configOf(request) : request.root;
  const key = aiSdk ? "responseFormat" : "response_format";
  if (!holder || property.parent !== holder.node || holder.get(key) || childObject(configOf(request), "imageConfig")) return undefined;
  const entry = imageEntryText(sourceCode, fields);
  const text = aiSdk ? `[${entry}]` : entry;
  return { fix: (fixer) => fixer.replaceText(property, `${key}: ${text}`), kept: [], path: aiSdk ? configKeys(request) : [], added: [key], text };
}

/** A `key: "value"` property in the file's quotes. */
export const fieldText = (sourceCode: SourceCode, key: string, value: string | undefined): string => `${key}: ${quoted(sourceCode, String(value))}`;

/** A size mapping's settings as properties, in the API's spelling (`aspectRatio` or `aspect_ratio`) and the file's quotes. */
export function mappedFields(sourceCode: SourceCode, mapping: ImageConfigMapping, api: GeminiApi): string[] {
  const shape = API_SHAPES[api];
  const fields = [fieldText(sourceCode, shape.aspectRatioField, mapping.aspectRatio)];
  if (mapping.imageSize !== undefined) fields.push(fieldText(sourceCode, shape.imageSizeField, mapping.imageSize));
  return fields;
}
