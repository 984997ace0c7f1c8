/**
 * Words at least one of which any Gemini request the codemod rewrites must contain: the REST
 * method, the config keys (both spellings), the SDK packages and entry points, or a model name.
 * A file with none of them is returned untouched without parsing, which is what keeps a run
 * over a whole codebase cheap.
 */
const GEMINI_TOKENS =
  /generateContent|generationConfig|generation_config|getGenerativeModel|imageConfig|image_config|responseModalities|response_modalities|@google\/genai|@google\/generative-ai|@ai-sdk\/google|gemini|nano-banana/iu;

/** True when `text` may contain a Gemini request; false means it certainly does not. */
export function mayContainGeminiRequest(text: string): boolean {
  return GEMINI_TOKENS.test(text);
}
