import { ProtocolError, toImageConfig, type ImageConfigMapping } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import {
  configOf,
  field,
  fullText,
  imageConfigOf,
  literalProperty,
  locatorContext,
  type FieldEntry,
  type LocatedRequest,
} from "@gemini-image/locator";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { undeclaredField, undeclaredFieldNote } from "../declared-type.js";
import { importEdit } from "../imports.js";
import { markerBefore } from "../marker.js";
import { quoted } from "../quotes.js";
import { addProperties, configKeys } from "@gemini-image/locator";
import { removeWholeProperty } from "@gemini-image/locator";
import { textFixer } from "../fixer.js";
import type { RequestTransform, TransformContext } from "./types.js";

/**
 * `size: "WxH"` → `imageConfig: { aspectRatio, imageSize }` from the protocol's
 * `toImageConfig` for the request's model, merged into the existing config or imageConfig.
 * Values already in imageConfig win (a conflict becomes a follow-up); `"auto"` is removed;
 * a size the codemod cannot read stays, with a follow-up (or, with `runtimeHelper`, becomes a
 * `toImageConfig(...)` call). The AI SDK's `generateImage` takes `aspectRatio` itself and the
 * tier in `providerOptions.google.imageConfig`.
 */
export const size: RequestTransform = {
  name: "size",
  run(request, context) {
    return [sizeEdits(request, context)];
  },
};

function sizeEdits(request: LocatedRequest, context: TransformContext): TextEdit[] {
  const entries = sizeEntries(request);
  // One size per pass: two would both try to create the same imageConfig.
  const entry = entries[0];
  const property = literalProperty(entry);
  if (!entry || !property) return [];
  const { sourceCode } = context;
  const value = fullText(locatorContext({ sourceCode, settings: {} }), entry.value);
  const model = checkedModel(request)?.id;

  if (value === undefined) return nonLiteral(request, property, model, context);
  if (!model) {
    return markerBefore(sourceCode, property, "openai-size", `Gemini has no size; the model is unknown here, so run \`gemini-image sizes ${value}\` with your model (or migrate with --model) and set imageConfig.`);
  }
  let mapping: ImageConfigMapping;
  try {
    mapping = toImageConfig(value, { model });
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    return markerBefore(sourceCode, property, "openai-size", `Gemini has no size. ${error.message}`);
  }
  if (!mapping.imageConfig) return removeWholeProperty(textFixer, sourceCode, property);
  return request.shape === "ai-sdk" ? aiSdk(request, property, mapping, context) : merge(request, property, value, mapping, context);
}

/** Every `size` written in the request: top level, config and imageConfig. */
function sizeEntries(request: LocatedRequest): FieldEntry[] {
  if (request.shape === "ai-sdk" && request.api !== "generateImage") return [];
  return [request.root.get("size"), configOf(request)?.get("size"), imageConfigOf(request)?.get("size")].filter(
    (e): e is FieldEntry => e !== undefined,
  );
}

const fieldText = (sourceCode: TSESLint.SourceCode, key: string, value: string | undefined): string => `${key}: ${quoted(sourceCode, String(value))}`;

function merge(
  request: LocatedRequest,
  property: TSESTree.Property,
  value: string,
  mapping: ImageConfigMapping,
  context: TransformContext,
): TextEdit[] {
  const { sourceCode } = context;
  const wanted = { aspectRatio: mapping.aspectRatio, imageSize: mapping.imageSize };
  const imageConfig = imageConfigOf(request);
  const kept: string[] = [];
  const missing: string[] = [];
  const missingKeys: string[] = [];
  for (const key of ["aspectRatio", "imageSize"] as const) {
    if (wanted[key] === undefined) continue;
    const existing = field(imageConfig, key);
    if (!existing) missing.push(fieldText(sourceCode, key, wanted[key]));
    if (!existing) missingKeys.push(key);
    else if (fullText(locatorContext({ sourceCode, settings: {} }), existing.value) !== wanted[key]) kept.push(`${key} ${sourceCode.getText(existing.value)} (the size maps to "${wanted[key]}")`);
  }
  const path = [...configKeys(request), "imageConfig"];
  const note = undeclaredFieldNote(context, request, path, missingKeys, `{ ${missing.join(", ")} }`);
  if (note) return markerBefore(sourceCode, property, note.code, note.message);
  const placed = addProperties(textFixer, sourceCode, request.root, path, missing, [property]);
  if (!placed) {
    return markerBefore(sourceCode, property, "openai-size", `Gemini has no size: remove it and set ${path.join(".")} to { ${[fieldText(sourceCode, "aspectRatio", wanted.aspectRatio), ...(wanted.imageSize ? [fieldText(sourceCode, "imageSize", wanted.imageSize)] : [])].join(", ")} }.`);
  }
  const edits = [...placed];
  if (kept.length > 0) {
    const anchor = literalProperty(field(configOf(request), "imageConfig"));
    const note = `size "${value}" was removed; the existing ${kept.join(" and ")} was kept. Check which one you want.`;
    if (anchor) edits.push(...markerBefore(sourceCode, anchor, "size-conflict", note));
  }
  return edits;
}

function aiSdk(request: LocatedRequest, property: TSESTree.Property, mapping: ImageConfigMapping, context: TransformContext): TextEdit[] {
  const { sourceCode } = context;
  const atRoot = request.root.get("aspectRatio") ? [] : [fieldText(sourceCode, "aspectRatio", mapping.aspectRatio)];
  const note =
    undeclaredFieldNote(context, request, [], [...(atRoot.length > 0 ? ["aspectRatio"] : []), ...(request.root.get("providerOptions") ? [] : ["providerOptions"])], atRoot.join("") || "providerOptions") ??
    (mapping.imageSize === undefined ? undefined : undeclaredFieldNote(context, request, ["providerOptions", "google", "imageConfig"], ["imageSize"], fieldText(sourceCode, "imageSize", mapping.imageSize)));
  if (note) return markerBefore(sourceCode, property, note.code, note.message);
  if (mapping.imageSize === undefined) return addProperties(textFixer, sourceCode, request.root, [], atRoot, [property]) ?? [];
  const tier = fieldText(sourceCode, "imageSize", mapping.imageSize);
  if (field(imageConfigOf(request), "imageSize")) return addProperties(textFixer, sourceCode, request.root, [], atRoot, [property]) ?? [];
  // Without providerOptions both go where size stood; otherwise the tier joins the existing options.
  const placed = request.root.get("providerOptions")
    ? [...(addProperties(textFixer, sourceCode, request.root, ["providerOptions", "google", "imageConfig"], [tier]) ?? []), ...(addProperties(textFixer, sourceCode, request.root, [], atRoot, [property]) ?? [])]
    : addProperties(textFixer, sourceCode, request.root, [], [...atRoot, `providerOptions: { google: { imageConfig: { ${tier} } } }`], [property]);
  if (!placed || placed.length === 0) {
    return markerBefore(sourceCode, property, "openai-size", `Gemini has no size: use aspectRatio "${mapping.aspectRatio}" and providerOptions.google.imageConfig.imageSize "${mapping.imageSize}".`);
  }
  return placed;
}

/** A size held in a variable or computed at run time. */
function nonLiteral(request: LocatedRequest, property: TSESTree.Property, model: string | undefined, context: TransformContext): TextEdit[] {
  const { sourceCode, options } = context;
  const expression = sourceCode.getText(property.value);
  const path = [...configKeys(request), "imageConfig"];
  const typed = !undeclaredField(sourceCode, context.path, request, configKeys(request), ["imageConfig"]);
  if (options.runtimeHelper && model && request.shape !== "ai-sdk" && !imageConfigOf(request) && typed) {
    const call = `toImageConfig(${expression}, { model: ${quoted(sourceCode, model)} }).imageConfig`;
    const placed = addProperties(textFixer, sourceCode, request.root, configKeys(request), [`imageConfig: ${call}`], [property]);
    const imported = importEdit(sourceCode, "toImageConfig", "@gemini-image/protocol");
    if (placed && imported) return [...placed, ...imported];
  }
  return markerBefore(
    sourceCode,
    property,
    "non-literal-size",
    `Gemini has no size: map ${expression} with toImageConfig(size, { model }) from @gemini-image/protocol and set ${path.join(".")}, then delete size.`,
  );
}
