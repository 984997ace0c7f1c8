/**
 * Where requests go and how they authenticate. Source: SOURCES.generateContentReference
 * (`POST {base}/v1beta/models/{model}:generateContent`); facts page "Errors and retries" (auth).
 */

/** Google's Gemini API host. */
export const GEMINI_API_BASE_URL = "https://generativelanguage.googleapis.com";

/**
 * Vertex AI's hosts: global `aiplatform.googleapis.com` and regional ones such as
 * `us-central1-aiplatform.googleapis.com`; its model paths read `…/publishers/google/models/{id}`,
 * which the Gemini API never uses (Vertex AI's REST samples:
 * `https://{region}-aiplatform.googleapis.com/v1/projects/{p}/locations/{region}/publishers/google/models/{id}:generateContent`).
 */
const VERTEX_AI_HOST = /^https?:\/\/(?:[\w-]+\.)*(?:[\w-]+-)?aiplatform\.googleapis\.com\//u;
const VERTEX_AI_PATH = /\/publishers\/google\/models\//u;

/** True for a Vertex AI URL (or path): its imageConfig takes fields the Gemini API rejects (`outputMimeType`). */
export function isVertexAiUrl(url: string): boolean {
  return VERTEX_AI_HOST.test(url) || VERTEX_AI_PATH.test(url);
}

/** The API version path segment the image models are served under. */
export const GEMINI_API_VERSION = "v1beta";

/** The header both Google SDKs send the key in; `?key=` works too but leaks into logs. */
export const API_KEY_HEADER = "x-goog-api-key";

/** The generateContent methods, unary and streaming. */
export const GENERATE_METHODS = ["generateContent", "streamGenerateContent"] as const;

/** `{base}/v1beta/models/{model}:generateContent` (or `:streamGenerateContent`). */
export function generateContentUrl(
  model: string,
  options: { baseUrl?: string; stream?: boolean; version?: string } = {},
): string {
  const base = (options.baseUrl ?? GEMINI_API_BASE_URL).replace(/\/+$/u, "");
  const method = options.stream ? "streamGenerateContent" : "generateContent";
  return `${base}/${options.version ?? GEMINI_API_VERSION}/models/${encodeURIComponent(model)}:${method}`;
}
