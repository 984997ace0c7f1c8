import type { RequestValues } from "./request-values.js";

/** Whether a request asks for an image, and why. */
export interface ImageVerdict {
  readonly verdict: "image" | "not-image" | "unknown";
  /** What decided it, in a few words (`image model`, `IMAGE in responseModalities`, `TEXT-only responseModalities`). */
  readonly evidence: string;
}

/**
 * Is this request an image request? The one place the audit decides it, from the model and the
 * request's own settings: a known image model, IMAGE among the modalities or an imageConfig say
 * yes (whatever the model: an unknown model asking for IMAGE is listed, never dropped); TEXT-only
 * modalities, a JSON answer or a model that is no image model say no; anything else is unknown
 * and left out, because a false entry costs more than a missed one.
 *
 * The locator is gaining a shared classification (`image | not-image | unknown` with evidence);
 * when it lands, this function should answer what it answers.
 */
export function classifyRequest(request: RequestValues): ImageVerdict {
  const { model, evidence } = request;
  const { modalities } = evidence;
  if (Array.isArray(modalities) && modalities.includes("IMAGE")) return { verdict: "image", evidence: "IMAGE in responseModalities" };
  if (Array.isArray(modalities)) return { verdict: "not-image", evidence: "responseModalities without IMAGE" };
  if (evidence.json) return { verdict: "not-image", evidence: "a JSON response schema" };
  if (model.resolved?.kind === "known") return { verdict: "image", evidence: "an image model" };
  if (evidence.imageConfig) return { verdict: "image", evidence: "an imageConfig" };
  // A near miss of an image model id is a typo of one: listed, with the suggestion as a finding.
  if (model.resolved?.kind === "unknown" && model.resolved.suggestion !== undefined) return { verdict: "image", evidence: "a misspelt image model" };
  if (model.kind === "known") return { verdict: "not-image", evidence: "a model that is no image model" };
  return { verdict: "unknown", evidence: "no model or image setting the audit can read" };
}
