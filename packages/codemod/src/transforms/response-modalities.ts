import { appendImageFix, configOf, field, locatorContext, setModalitiesFix } from "@gemini-image/locator";
import { modalityProblems } from "@gemini-image/protocol";
import type { TextEdit } from "../edits.js";
import { fixGroup } from "../finding-fix.js";
import { noteAnchor, undeclaredFieldNote } from "../declared-type.js";
import { markerBefore } from "../marker.js";
import { configKeys } from "@gemini-image/locator";
import { quoted } from "@gemini-image/locator";
import type { RequestTransform, TransformContext } from "./types.js";

/**
 * Adds `responseModalities: ["IMAGE"]` (or the `modalities` option) to an image request whose
 * imageConfig asks for an image but has none, and "IMAGE" to a literal list that lacks it: the
 * places `require-image-modality` reports. Only requests the locator classifies as image requests by their own code: `--model`
 * names their model but never makes a text call (`gemini-2.5-flash`, a JSON responseSchema, an
 * explicit `["TEXT"]` with nothing else asking for an image) into one.
 * Silent when code the codemod cannot see may set it (spreads, escaping objects).
 * The AI SDK's `generateImage` sets it itself, so only its `generateText`/`streamText` get it.
 */
export const responseModalities: RequestTransform = {
  name: "response-modalities",
  run(request, context) {
    if (request.classification.verdict !== "image" || (request.shape === "ai-sdk" && request.api === "generateImage")) return [];
    return [edits(request, context)];
  },
};

function edits(request: Parameters<RequestTransform["run"]>[0], context: TransformContext): TextEdit[] {
  const config = configOf(request);
  const existing = field(config, "responseModalities");
  if (existing) return fixGroup(appendImageFix(locatorContext({ sourceCode: context.sourceCode, settings: {} }), existing)).flat();
  // Added where the finding is (protocol `modalityProblems`): an imageConfig asks for an image.
  // A call whose only evidence is its model (or an OpenAI size with no model to map it to)
  // answers images as it is, as Google's first sample does.
  if (modalityProblems(undefined, request.classification).length === 0) return [];
  if (request.root.mayHaveUnknownKeys || config?.mayHaveUnknownKeys) return [];
  // chat.sendMessage's config replaces the chat's whole config (js-genai chats.ts:
  // `params.config ?? this.config`): creating one would drop the chat's settings.
  if (request.api === "sendMessage" && !config) return [];
  const list = modalities(context).map((m) => quoted(context.sourceCode, m)).join(", ");
  const text = `responseModalities: [${list}]`;
  const note = undeclaredFieldNote(context, request, configKeys(request), ["responseModalities"], text);
  const anchor = note && noteAnchor(request, configKeys(request));
  if (note) return anchor ? markerBefore(context.sourceCode, anchor, note.code, note.message) : [];
  return fixGroup(setModalitiesFix(context.sourceCode, request, `[${list}]`)).flat();
}

function modalities({ options }: TransformContext): string[] {
  const given = typeof options.modalities === "string" ? options.modalities.split(",") : options.modalities;
  const list = (given ?? ["IMAGE"]).map((m) => m.trim().toUpperCase()).filter((m) => m !== "");
  return list.includes("IMAGE") ? list : [...list, "IMAGE"];
}
