/**
 * Words a file must contain to hold a Gemini request the locator can find: the REST method,
 * the config keys, the SDK packages and entry points, a model name. Files without any are not
 * parsed, which keeps an audit of a whole codebase cheap; those that have one but hold no
 * request found are named in the report, so "nothing found" is never silent.
 */
const GEMINI_WORDS =
  /generateContent|generationConfig|generation_config|getGenerativeModel|generateImages|responseModalities|@google\/genai|@google\/generative-ai|@ai-sdk\/google|generativelanguage\.googleapis|gemini|nano-banana/iu;

/** An OpenAI SDK import, whose images calls are listed to migrate. */
const OPENAI_IMPORT = /\bfrom\s*["']openai["']|\brequire\(\s*["']openai["']\s*\)|\bimport\(\s*["']openai["']\s*\)/u;

/** True when `text` names Gemini; false means it holds no Gemini request. */
export function namesGemini(text: string): boolean {
  return GEMINI_WORDS.test(text);
}

/** True when `text` imports the OpenAI SDK. */
export function importsOpenAI(text: string): boolean {
  return OPENAI_IMPORT.test(text);
}
