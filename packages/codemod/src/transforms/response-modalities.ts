import { configOf, field, isImageRequest, literalProperty, stringArray } from "@gemini-image/locator";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { noteAnchor, undeclaredFieldNote } from "../declared-type.js";
import { markerBefore } from "../marker.js";
import { addProperties, configKeys } from "../placement.js";
import { quoted } from "../quotes.js";
import type { RequestTransform, TransformContext } from "./types.js";

/**
 * Adds `responseModalities: ["IMAGE"]` (or the `modalities` option) to an image request that
 * has none, and "IMAGE" to a literal list that lacks it; without it the model may answer with
 * text only. Silent when code the codemod cannot see may set it (spreads, escaping objects).
 * The AI SDK's `generateImage` sets it itself, so only its `generateText`/`streamText` get it.
 */
export const responseModalities: RequestTransform = {
  name: "response-modalities",
  run(request, context) {
    if (!isImageRequest(request) || (request.shape === "ai-sdk" && request.api === "generateImage")) return [];
    return [edits(request, context)];
  },
};

function edits(request: Parameters<RequestTransform["run"]>[0], context: TransformContext): TextEdit[] {
  const config = configOf(request);
  const existing = field(config, "responseModalities");
  if (existing) return addImage(existing, context);
  if (request.root.mayHaveUnknownKeys || config?.mayHaveUnknownKeys) return [];
  // chat.sendMessage's config replaces the chat's whole config (js-genai chats.ts:
  // `params.config ?? this.config`): creating one would drop the chat's settings.
  if (request.api === "sendMessage" && !config) return [];
  const list = modalities(context).map((m) => quoted(context.sourceCode, m)).join(", ");
  const text = `responseModalities: [${list}]`;
  const note = undeclaredFieldNote(context, request, configKeys(request), ["responseModalities"], text);
  const anchor = note && noteAnchor(request, configKeys(request));
  if (note) return anchor ? markerBefore(context.sourceCode, anchor, note.code, note.message) : [];
  return addProperties(context.sourceCode, request.root, configKeys(request), [text]) ?? [];
}

function modalities({ options }: TransformContext): string[] {
  const given = typeof options.modalities === "string" ? options.modalities.split(",") : options.modalities;
  const list = (given ?? ["IMAGE"]).map((m) => m.trim().toUpperCase()).filter((m) => m !== "");
  return list.includes("IMAGE") ? list : [...list, "IMAGE"];
}

function addImage(entry: Parameters<typeof literalProperty>[0], { sourceCode }: TransformContext): TextEdit[] {
  const property = literalProperty(entry);
  const values = stringArray(entry);
  if (!property || !values || values.includes("IMAGE") || property.value.type !== "ArrayExpression") return [];
  const array = property.value;
  const last = array.elements.at(-1);
  const quote = last ? (sourceCode.getText(last).startsWith("'") ? "'" : '"') : '"';
  return [last ? textFixer.insertTextAfter(last, `, ${quote}IMAGE${quote}`) : textFixer.replaceText(array, `[${quote}IMAGE${quote}]`)];
}
