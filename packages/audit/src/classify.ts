import { classifyEvidence, modalitiesEvidence, modelEvidence, type Evidence, type EvidenceKind } from "@gemini-image/protocol";
import type { RequestValues } from "./request-values.js";

/** Whether a request asks for an image, and why. */
export interface ImageVerdict {
  readonly verdict: "image" | "not-image" | "unknown";
  /** What decided it, in a few words (`image model`, `IMAGE in responseModalities`, `TEXT-only responseModalities`). */
  readonly evidence: string;
}

/** Each evidence kind in words, for the report. */
const WORDS: Readonly<Record<EvidenceKind, string>> = {
  "image-model": "an image model",
  "image-named-model": "a model whose name says image",
  "image-modality": "IMAGE in responseModalities",
  "image-api": "an image-only API",
  "image-config": "an imageConfig",
  "openai-size": "an OpenAI size",
  "text-model": "a model that is no image model",
  "json-output": "a JSON response schema",
  "text-only-modalities": "responseModalities without IMAGE",
};

/** The same evidence in an interaction's own fields (facts page "The Interactions API"). */
const INTERACTION_WORDS: Readonly<Record<EvidenceKind, string>> = {
  ...WORDS,
  "image-modality": 'an image entry in response_format (or "image" in response_modalities)',
  "image-config": "a generation_config.image_config",
  "text-only-modalities": "response_format without an image entry",
  "json-output": "a JSON response_mime_type",
};

/** The same for the AI SDK's `google.interactions` model, whose settings are camelCase `providerOptions.google`. */
const AI_SDK_INTERACTION_WORDS: Readonly<Record<EvidenceKind, string>> = {
  ...WORDS,
  "image-modality": 'an image entry in responseFormat (or "image" in responseModalities)',
  "text-only-modalities": "responseFormat without an image entry",
};

/** The evidence the report names, most telling first: what the code asks for, then its model. */
const SHOWN_FIRST: readonly EvidenceKind[] = [
  "image-modality",
  "image-api",
  "image-config",
  "image-model",
  "image-named-model",
  "openai-size",
  "text-only-modalities",
  "json-output",
  "text-model",
];

const isForImage = (kind: EvidenceKind): boolean => kind.startsWith("image") || kind === "openai-size";

/**
 * Is this request an image request? The audit reads the evidence from its own request values
 * (calls found only through types have no located request) and hands it to the protocol's
 * `classifyEvidence`, the one verdict the locator, the ESLint rules, the codemod and `check` share:
 * an unknown model asking for IMAGE is an image request (listed, never dropped); with nothing to
 * go on the verdict is `unknown` and the call is left out, because a false entry costs more than
 * a missed one.
 */
export function classifyRequest(request: RequestValues): ImageVerdict {
  const { model, evidence } = request;
  const found: Evidence[] = [];
  const fromModel = model.kind === "known" ? modelEvidence(model.text) : undefined;
  if (fromModel) found.push(fromModel);
  if (Array.isArray(evidence.modalities)) {
    const fromModalities = modalitiesEvidence(evidence.modalities);
    if (fromModalities) found.push(fromModalities);
  }
  if (evidence.imageConfig) found.push({ kind: "image-config" });
  if (evidence.json) found.push({ kind: "json-output" });
  const { verdict } = classifyEvidence(found);
  const decisive = SHOWN_FIRST.find((kind) => found.some((e) => e.kind === kind) && (verdict === "image") === isForImage(kind));
  const words = request.api === "interactions" ? INTERACTION_WORDS : request.interactions ? AI_SDK_INTERACTION_WORDS : WORDS;
  return { verdict, evidence: decisive ? words[decisive] : "no model or image setting the audit can read" };
}
