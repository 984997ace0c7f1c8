import { apiOfBody, GEMINI_APIS, type GeminiApi } from "@gemini-image/protocol";

/** Where the API a body was checked for came from: the caller, the body's own keys, or the default. */
export type ApiSource = "option" | "body" | "default";

/** The API a body is checked for and why. */
export interface ApiChoice {
  readonly api: GeminiApi;
  readonly apiSource: ApiSource;
}

/**
 * The API to check `body` for: `api` when the caller names one; else the body's keys (`input` or
 * `response_format` say Interactions, `contents` says generateContent); else generateContent,
 * the API every body was checked for before Interactions existed.
 */
export function chooseApi(body: unknown, api: GeminiApi | undefined): ApiChoice {
  if (api !== undefined) return CHOICES[api].option;
  let fromBody: GeminiApi | undefined;
  try {
    fromBody = apiOfBody(body);
  } catch {
    // A Proxy or throwing getter: the checks report it as an invalid body.
  }
  return fromBody === undefined ? CHOICES["generate-content"].default : CHOICES[fromBody].body;
}

/** Every choice, made once: `validate` runs a million times a second and reads them only. */
const CHOICES = Object.fromEntries(
  GEMINI_APIS.map((api) => [
    api,
    Object.fromEntries((["option", "body", "default"] as const).map((apiSource) => [apiSource, Object.freeze({ api, apiSource })])) as Record<ApiSource, ApiChoice>,
  ]),
) as Record<GeminiApi, Record<ApiSource, ApiChoice>>;
