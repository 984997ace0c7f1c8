import { apiOfUrl, type GeminiApi } from "./interactions.js";

/** One HTTP request recorded in a HAR 1.2 file (browser devtools, Charles, mitmproxy). */
export interface HarRequest {
  /** 1-based position in `log.entries`. */
  readonly entry: number;
  readonly method: string;
  readonly url: string;
  /** The API the URL addresses. */
  readonly api: GeminiApi;
  /** The request body as text; `undefined` when the recorder kept none. */
  readonly body: string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** True when `document` is a HAR file: `{ log: { entries: [...] } }`. */
export function isHar(document: unknown): boolean {
  return isObject(document) && isObject(document.log) && Array.isArray(document.log.entries);
}

/** Decodes base64 to UTF-8 text with what both Node and browsers have (no Buffer). */
function utf8FromBase64(text: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
}

const GEMINI_CALL = /:(?:stream)?generateContent(?:$|[?#])/iu;

/**
 * The requests of a HAR file sent to a `:generateContent` or `:streamGenerateContent` URL, and
 * the POSTs to `…/interactions` (creating an interaction; a GET there lists them).
 * `postData.text` may be base64 when a recorder marks it `encoding: "base64"` (a common
 * extension of HAR 1.2).
 */
export function harGeminiRequests(document: unknown): HarRequest[] {
  if (!isHar(document)) return [];
  const entries = (document as { log: { entries: unknown[] } }).log.entries;
  const requests: HarRequest[] = [];
  entries.forEach((entry, index) => {
    if (!isObject(entry) || !isObject(entry.request)) return;
    const { method, url, postData } = entry.request;
    if (typeof url !== "string") return;
    const verb = typeof method === "string" ? method : "POST";
    const api = GEMINI_CALL.test(url) ? "generate-content" : apiOfUrl(url) === "interactions" && verb.toUpperCase() === "POST" ? "interactions" : undefined;
    if (api === undefined) return;
    let body: string | undefined;
    if (isObject(postData) && typeof postData.text === "string") {
      body = postData.encoding === "base64" ? utf8FromBase64(postData.text) : postData.text;
    }
    requests.push({ entry: index + 1, method: verb, url, api, body });
  });
  return requests;
}
