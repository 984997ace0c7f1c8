import { resolveModel } from "./resolve-model.js";

/**
 * What a model name says about the output of the calls made with it:
 * - `image-model`: a Gemini image model this package knows (an id or a gateway alias);
 * - `image-named`: an id this package does not know whose name says image
 *   (`gemini-2.0-flash-preview-image-generation`, `gemini-nano-banana-2.1`), or a typo of a known one;
 * - `text-model`: any other Gemini id (`gemini-2.5-flash`, `gemini-1.5-flash`): it answers text;
 * - `unknown`: a name that says nothing (another family, a gateway's own name, no name).
 */
export type ModelOutput = "image-model" | "image-named" | "text-model" | "unknown";

/**
 * Every Gemini image-output model id on the facts page ("Models") says `image` as a word of
 * its name, and the two ids `@google/genai` 3.3.0 lists without published capabilities say
 * `nano-banana` (`gemini-nano-banana-2.1`, `nano-banana-pro-preview`); so do the retired
 * experimental ids Google's image guide used (`gemini-2.0-flash-exp-image-generation`).
 */
const IMAGE_NAME = /(?:^|[-_.])image(?:$|[-_.])|nano-banana/u;
/** Gemini ids, the family whose other members answer text (or audio), never images, unless asked. */
const GEMINI_NAME = /^gemini-/u;

/** Google's own names for its image models outside the `gemini-` ids (`nano-banana-pro-preview`). */
const NANO_BANANA = /nano-banana/u;

/**
 * True when a model text names a Gemini model: a known image model or alias, or any id of the
 * `gemini-` family or Google's `nano-banana` names. Evidence that an API shared by other
 * services (an `interactions` namespace, a `/interactions` path) is Gemini's; an image word
 * alone (`gpt-image-1`) is not.
 */
export function isGeminiModelName(text: string): boolean {
  const resolved = resolveModel(text);
  if (resolved.kind === "known") return true;
  const name = resolved.name?.toLowerCase();
  return name !== undefined && (GEMINI_NAME.test(name) || NANO_BANANA.test(name));
}

/**
 * Classifies a model text (an id, `models/<id>`, a URL, `google/<id>`, an alias) by what its
 * name says. A text model can still be asked for `IMAGE` (the retired `gemini-2.0-flash-exp`
 * could answer images): an explicit modality decides over the name, see `classifyEvidence`.
 */
export function modelOutput(text: string): ModelOutput {
  const resolved = resolveModel(text);
  if (resolved.kind === "known") return "image-model";
  const name = resolved.name?.toLowerCase();
  if (name === undefined) return "unknown";
  // A near miss of a known id (`gemini-3-pro-imag`) is a typo of an image model, not a text model.
  if (IMAGE_NAME.test(name) || resolved.suggestion !== undefined) return "image-named";
  return GEMINI_NAME.test(name) ? "text-model" : "unknown";
}
