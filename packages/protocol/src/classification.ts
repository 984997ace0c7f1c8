/**
 * One thing a request says about whether it asks for an image. Evidence for an image:
 * - `image-model`: a known Gemini image model (`gemini-3-pro-image`, `nano-banana`);
 * - `image-named-model`: an unknown id whose name says image (see `modelOutput`);
 * - `image-modality`: IMAGE among `responseModalities`, in any case or as `Modality.IMAGE`;
 * - `image-api`: an API that only makes images (the AI SDK's `generateImage`);
 * - `image-config`: an `imageConfig`;
 * - `openai-size`: OpenAI's `size`, which only its image API has (a DALL-E habit carried over).
 *
 * Evidence against:
 * - `text-model`: a Gemini id whose name does not say image (`gemini-2.5-flash`);
 * - `json-output`: `responseMimeType: "application/json"`, a `responseSchema` or `responseJsonSchema`;
 * - `text-only-modalities`: a `responseModalities` list that is fully known and lacks IMAGE.
 */
export type EvidenceKind =
  | "image-model"
  | "image-named-model"
  | "image-modality"
  | "image-api"
  | "image-config"
  | "openai-size"
  | "text-model"
  | "json-output"
  | "text-only-modalities";

/** Evidence kinds that speak for an image. */
const FOR_IMAGE: ReadonlySet<EvidenceKind> = new Set([
  "image-model",
  "image-named-model",
  "image-modality",
  "image-api",
  "image-config",
  "openai-size",
]);

/** Evidence that decides on its own: an explicit IMAGE output, an image-only API, an image model. */
const DECISIVE: ReadonlySet<EvidenceKind> = new Set(["image-modality", "image-api", "image-model", "image-named-model"]);

/** One piece of evidence: its kind and the text it was read from (`gemini-2.5-flash`, `["TEXT"]`). */
export interface Evidence {
  readonly kind: EvidenceKind;
  readonly text?: string;
  /**
   * True when read where Google ignores it (`imageConfig` at the top level, `generationConfig`
   * given to `@google/genai`): it still shows what the request wants, but is not in effect.
   */
  readonly misplaced?: boolean;
}

/** Whether a request asks for an image: `image`, `not-image`, or `unknown` when nothing says. */
export type Verdict = "image" | "not-image" | "unknown";

/** A request's classification, with everything that led to it. */
export interface Classification<E extends Evidence = Evidence> {
  readonly verdict: Verdict;
  /** Every piece of evidence found, for and against. */
  readonly evidence: readonly E[];
  /**
   * Evidence against an `image` verdict: an image model asked for `["TEXT"]` only, or IMAGE
   * asked of a text model. Tools report what they can fix (`missing-response-modalities`).
   */
  readonly conflicts: readonly E[];
}

/** True for evidence that speaks for an image. */
export function isImageEvidence(evidence: Evidence): boolean {
  return FOR_IMAGE.has(evidence.kind);
}

/**
 * Decides from the evidence, in this order (false positives cost more than misses):
 * 1. An explicit IMAGE modality, an image-only API or an image model decides `image`; evidence
 *    against becomes a conflict (`gemini-3-pro-image` with `[Modality.TEXT]`).
 * 2. An `imageConfig` or an OpenAI `size` means `image` when nothing else speaks against it,
 *    or when only the modalities do (the image settings show the intent; the list is the bug).
 *    Next to a text model or JSON output they mean nothing sure: `unknown`.
 * 3. Evidence against alone: `not-image`. No evidence: `unknown`.
 *
 * A model that comes only from configuration (`settings["gemini-image"].defaultModel`, the
 * codemod's `--model`) is not evidence: callers leave it out, so it never makes an image request.
 */
export function classifyEvidence<E extends Evidence>(evidence: readonly E[]): Classification<E> {
  const against = evidence.filter((e) => !FOR_IMAGE.has(e.kind));
  if (evidence.some((e) => DECISIVE.has(e.kind))) return { verdict: "image", evidence, conflicts: against };
  if (evidence.some((e) => FOR_IMAGE.has(e.kind))) {
    const onlyModalities = against.every((e) => e.kind === "text-only-modalities");
    return onlyModalities ? { verdict: "image", evidence, conflicts: against } : { verdict: "unknown", evidence, conflicts: [] };
  }
  return { verdict: against.length > 0 ? "not-image" : "unknown", evidence, conflicts: [] };
}
