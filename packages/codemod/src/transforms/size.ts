import type { ImageConfigMapping } from "@gemini-image/protocol";
import {
  apiOfRequest,
  fieldText,
  mappedFields,
  configKeys,
  configOf,
  field,
  imageConfigOf,
  imageEntryText,
  imageSettingsPath,
  literalProperty,
  locatorContext,
  openAiSizeChecks,
  quoted,
  sizeMove,
  spellingOf,
  addProperties,
  type LocatedRequest,
} from "@gemini-image/locator";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { undeclaredField, undeclaredFieldNote } from "../declared-type.js";
import { fixGroup } from "../finding-fix.js";
import { textFixer } from "../fixer.js";
import { importEdit } from "../imports.js";
import { markerBefore } from "../marker.js";
import type { RequestTransform, TransformContext } from "./types.js";

/**
 * `size: "WxH"` → `imageConfig: { aspectRatio, imageSize }` from the protocol's
 * `toImageConfig` for the request's model, merged into the existing config or imageConfig: the
 * check and move `no-openai-size` suggests (the locator's `openAiSizeChecks` and `sizeMove`).
 * Values already in imageConfig win (a conflict becomes a follow-up); `"auto"` is removed.
 * What only the codemod does: a size it cannot read stays, with a follow-up (or, with
 * `runtimeHelper`, becomes a `toImageConfig(...)` call), and a move that would not type-check
 * becomes a follow-up. The AI SDK's `generateImage` takes `aspectRatio` itself and the tier in
 * `providerOptions.google.imageConfig`.
 */
export const size: RequestTransform = {
  name: "size",
  run(request, context) {
    return [sizeEdits(request, context)];
  },
};

function sizeEdits(request: LocatedRequest, context: TransformContext): TextEdit[] {
  const { sourceCode } = context;
  // One size per pass: two would both try to create the same imageConfig.
  const check = openAiSizeChecks(locatorContext({ sourceCode, settings: {} }), request)[0];
  const property = literalProperty(check?.entry);
  if (!check || !property) return [];
  const { value, model, mapping } = check;
  if (value === undefined) return nonLiteral(request, property, model?.id, context);
  if (!model) {
    return markerBefore(sourceCode, property, "openai-size", `Gemini has no size; the model is unknown here, so run \`gemini-image sizes ${value}\` with your model (or migrate with --model) and set imageConfig.`);
  }
  if (!mapping) return markerBefore(sourceCode, property, "openai-size", `Gemini has no size. ${check.error?.message ?? ""}`.trim());
  const move = sizeMove(sourceCode, request, check);
  if (!mapping.imageConfig) return move ? fixGroup(move.fix).flat() : [];
  const generateImage = request.shape === "ai-sdk" && request.api === "generateImage";
  const note = generateImage
    ? generateImageNote(request, mapping, context)
    : move && undeclaredFieldNote(context, request, move.path, move.added, move.text);
  if (note) return markerBefore(sourceCode, property, note.code, note.message);
  if (!move) return markerBefore(sourceCode, property, "openai-size", unplaced(sourceCode, request, mapping));
  const edits = fixGroup(move.fix).flat();
  if (move.kept.length > 0) {
    const anchor = literalProperty(field(configOf(request), "imageConfig"));
    const conflict = `size "${value}" was removed; the existing ${move.kept.join(" and ")} was kept. Check which one you want.`;
    if (anchor) edits.push(...markerBefore(sourceCode, anchor, "size-conflict", conflict));
  }
  return edits;
}


/** What to write by hand where the mapped fields cannot be placed (a level is not an object literal here). */
function unplaced(sourceCode: TSESLint.SourceCode, request: LocatedRequest, mapping: ImageConfigMapping): string {
  if (request.shape === "ai-sdk" && request.api === "generateImage") {
    return `Gemini has no size: use aspectRatio "${mapping.aspectRatio}" and providerOptions.google.imageConfig.imageSize "${mapping.imageSize}".`;
  }
  const fields = mappedFields(sourceCode, mapping, spellingOf(request));
  if (request.shape === "interactions") return `Gemini has no size: remove it and set response_format to ${imageEntryText(sourceCode, fields)}.`;
  if (apiOfRequest(request) === "interactions") {
    return `Gemini has no size: remove it and set ${imageSettingsPath(request)} to [${imageEntryText(sourceCode, fields)}].`;
  }
  return `Gemini has no size: remove it and set ${[...configKeys(request), "imageConfig"].join(".")} to { ${fields.join(", ")} }.`;
}

/** Why generateImage's own `aspectRatio` or its `providerOptions` tier would not type-check here. */
function generateImageNote(request: LocatedRequest, mapping: ImageConfigMapping, context: TransformContext) {
  const { sourceCode } = context;
  const atRoot = request.root.get("aspectRatio") ? [] : [fieldText(sourceCode, "aspectRatio", mapping.aspectRatio)];
  const keys = [...(atRoot.length > 0 ? ["aspectRatio"] : []), ...(request.root.get("providerOptions") ? [] : ["providerOptions"])];
  return (
    undeclaredFieldNote(context, request, [], keys, atRoot.join("") || "providerOptions") ??
    (mapping.imageSize === undefined ? undefined : undeclaredFieldNote(context, request, ["providerOptions", "google", "imageConfig"], ["imageSize"], fieldText(sourceCode, "imageSize", mapping.imageSize)))
  );
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
