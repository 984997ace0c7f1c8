import { isJsonMimeType, modalitiesEvidence } from "@gemini-image/protocol";
import type { LocatorContext } from "./context.js";
import { responseFormatEntries } from "./interactions-settings.js";
import { modalityElements } from "./modality-values.js";
import type { ObjectView } from "./object-view.js";
import { childObject, field } from "./parts.js";
import { fullText } from "./static-text.js";
import type { LocatedEvidence } from "./types.js";

/**
 * What an interaction's own settings say about its output (facts page "The Interactions API"):
 * a `response_format` entry of type "image" asks for an image as plainly as IMAGE in
 * generateContent's `responseModalities` does; a `response_format` whose every entry has another
 * written type asks for no image; the deprecated `response_modalities` and
 * `generation_config.image_config` count like their generateContent twins; a JSON
 * `response_mime_type` and OpenAI's `size` as everywhere.
 */
export function interactionsEvidence(ctx: LocatorContext, root: ObjectView): LocatedEvidence[] {
  const evidence = responseFormatEvidence(ctx, root);

  const modalities = field(root, "responseModalities");
  const elements = modalities ? modalityElements(ctx, modalities.value) : undefined;
  // Lowercase is this API's spelling; modalitiesEvidence reads any case.
  const fromModalities = elements ? modalitiesEvidence(elements.map((e) => e.value)) : undefined;
  if (fromModalities) evidence.push({ ...fromModalities, node: modalities!.value });

  const imageConfig = field(childObject(root, "generationConfig"), "imageConfig");
  if (imageConfig) evidence.push({ kind: "image-config", node: imageConfig.keyNode });

  const mime = field(root, "responseMimeType");
  const mimeText = mime ? fullText(ctx, mime.value) : undefined;
  if (mime && mimeText !== undefined && isJsonMimeType(mimeText)) evidence.push({ kind: "json-output", text: mimeText, node: mime.value });

  const size = root.get("size");
  if (size) evidence.push({ kind: "openai-size", text: "size", node: size.keyNode });
  return evidence;
}

/**
 * What the `response_format` entries of `view` (the AI SDK's `responseFormat` too) say: an
 * entry of type "image" asks for an image; entries that all have another written type ask for none.
 */
export function responseFormatEvidence(ctx: LocatorContext, view: ObjectView): LocatedEvidence[] {
  const evidence: LocatedEvidence[] = [];
  const types = responseFormatEntries(view).map((entry) => {
    const type = entry.get("type");
    return { node: type?.value, text: type ? fullText(ctx, type.value) : undefined };
  });
  const image = types.find((type) => type.text === "image");
  if (image) evidence.push({ kind: "image-modality", text: 'response_format type "image"', node: image.node });
  else if (types.length > 0 && types.every((type) => type.text !== undefined)) {
    evidence.push({ kind: "text-only-modalities", text: `response_format [${types.map((t) => `"${t.text}"`).join(", ")}]`, node: types[0]!.node });
  }
  return evidence;
}
