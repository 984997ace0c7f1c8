import { classifyEvidence, isImageEvidence, isJsonMimeType, modalitiesEvidence, modelEvidence } from "@gemini-image/protocol";
import type { LocatorContext } from "./context.js";
import { isAgentRequest } from "./interactions.js";
import { interactionsEvidence, responseFormatEvidence } from "./interactions-evidence.js";
import { modalityElements } from "./modality-values.js";
import type { ObjectView } from "./object-view.js";
import { childObject, configOf, field } from "./parts.js";
import { fullText } from "./static-text.js";
import type { FoundRequest, LocatedEvidence, RequestClassification } from "./types.js";

/** Keys whose presence asks for JSON text (structured output). */
const SCHEMA_KEYS = ["responseSchema", "responseJsonSchema"] as const;

/**
 * Classifies a located request from what its code shows (the protocol's `classifyEvidence`
 * decides): its model, its modalities, an imageConfig, JSON output, an OpenAI `size`. A model
 * from `settings["gemini-image"].defaultModel` is no evidence: configuration names the model of
 * image requests, it never makes one. An interaction addressed to an agent is no image request.
 */
export function classifyRequest(ctx: LocatorContext, request: FoundRequest): RequestClassification {
  if (request.shape === "interactions" && isAgentRequest(request.root)) return { verdict: "not-image", evidence: [], conflicts: [] };
  const evidence: LocatedEvidence[] = [];
  const { model } = request;
  // A likely model (a default parameter, an env fallback) may not be the one sent: it counts only
  // where nothing in the request speaks against an image (`describe(…, model = IMAGE_MODEL)` asking
  // for ["TEXT"] is a text call, whatever the default).
  let likely: LocatedEvidence | undefined;
  if (model && model.source !== "setting") {
    const found = modelEvidence(model.text);
    if (found && model.likely) likely = { ...found, node: model.literal ?? model.node };
    else if (found) evidence.push({ ...found, node: model.literal ?? model.node });
  } else if (!model && request.candidates && request.candidates.length > 0) {
    // Several possible models (`MODELS[tier]`): evidence only when every one of them says the same.
    const found = request.candidates.map((candidate) => (candidate.source === "setting" ? undefined : modelEvidence(candidate.text)));
    const first = found[0];
    if (first && found.every((each) => each?.kind === first.kind)) {
      evidence.push({ kind: first.kind, text: request.candidates.map((c) => c.text).join(" | "), node: request.candidates[0]!.node ?? request.node });
    }
  }
  if (request.shape === "ai-sdk" && request.api === "generateImage") evidence.push({ kind: "image-api", node: request.node });
  if (request.shape === "interactions") evidence.push(...interactionsEvidence(ctx, request.root));
  else {
    const config = configOf(request);
    // The AI SDK's Interactions model asks for an image with an image entry of `responseFormat` too.
    if (config && request.providerApi === "interactions") evidence.push(...responseFormatEvidence(ctx, config));
    for (const place of settingsPlaces(request, config)) evidence.push(...settingsEvidence(ctx, place, place === config));
    // The AI SDK's generateImage takes a `size` of its own; elsewhere it is OpenAI's.
    const size = request.shape === "ai-sdk" ? undefined : request.root.get("size");
    if (size) evidence.push({ kind: "openai-size", text: "size", node: size.keyNode });
  }
  if (likely && !evidence.some((e) => !isImageEvidence(e))) evidence.unshift(likely);
  return classifyEvidence(evidence);
}

/**
 * The objects whose settings show what the request wants: its config, and where people
 * misplace them (the top level; `generationConfig` given to `@google/genai`, which ignores it).
 * A misplaced field still shows the intent, and has its own finding.
 */
function settingsPlaces(request: FoundRequest, config: ObjectView | undefined): ObjectView[] {
  if (request.shape === "ai-sdk") return config ? [config] : [];
  const places = [config, request.root];
  if (request.shape === "genai") places.push(childObject(request.root, "generationConfig"));
  return places.filter((place) => place !== undefined);
}

function settingsEvidence(ctx: LocatorContext, place: ObjectView, inPlace: boolean): LocatedEvidence[] {
  const evidence: LocatedEvidence[] = [];
  const modalities = field(place, "responseModalities");
  const elements = modalities ? modalityElements(ctx, modalities.value) : undefined;
  const fromModalities = elements ? modalitiesEvidence(elements.map((e) => e.value)) : undefined;
  if (fromModalities) evidence.push({ ...fromModalities, node: modalities!.value });
  const imageConfig = field(place, "imageConfig");
  if (imageConfig) {
    // Either spelling counts as in place: snake_case has a finding of its own.
    evidence.push(inPlace ? { kind: "image-config", node: imageConfig.keyNode } : { kind: "image-config", node: imageConfig.keyNode, misplaced: true });
  }
  const mime = field(place, "responseMimeType");
  const mimeText = mime ? fullText(ctx, mime.value) : undefined;
  if (mime && mimeText !== undefined && isJsonMimeType(mimeText)) evidence.push({ kind: "json-output", text: mimeText, node: mime.value });
  for (const key of SCHEMA_KEYS) {
    const schema = field(place, key);
    if (schema) evidence.push({ kind: "json-output", text: key, node: schema.keyNode });
  }
  return evidence;
}
