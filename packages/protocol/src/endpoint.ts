/**
 * Where requests go and how they authenticate. Source: SOURCES.generateContentReference
 * (`POST {base}/v1beta/models/{model}:generateContent`); facts page "Errors and retries" (auth).
 */

/** Google's Gemini API host. */
export const GEMINI_API_BASE_URL = "https://generativelanguage.googleapis.com";

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
