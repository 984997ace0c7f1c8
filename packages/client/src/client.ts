import {
  API_KEY_HEADER,
  GEMINI_API_BASE_URL,
  GEMINI_APIS,
  generateContentUrl,
  interactionsUrl,
  type GeminiApi,
  type ImageConfigMapping,
} from "@gemini-image/protocol";
import { validate as schemaValidate } from "@gemini-image/schema";
import { retryPolicy, retryWait, type RetryOptions } from "./backoff.js";
import { systemClock, type Clock } from "./clock.js";
import {
  GeminiHttpError,
  GeminiImageError,
  GeminiNoImageError,
  GeminiTimeoutError,
  GeminiValidationError,
  type RequestTarget,
  type ValidationFinding,
} from "./errors.js";
import { parseGoogleError } from "./google-error.js";
import { buildInteractionsRequest, type InteractionsBody } from "./interactions-request.js";
import { parseInteraction } from "./interactions-response.js";
import { redactSecret } from "./redact.js";
import { buildRequest, type GenerateContentBody, type GenerateImageOptions } from "./request.js";
import { parseResponse, type ParsedResponse, type ResponseImage, type Usage } from "./response.js";

/**
 * Checks a body before it is sent; `@gemini-image/schema`'s `validate` has this shape. `api`
 * says which API the body is written for.
 */
export type Validator = (
  body: unknown,
  options: { model?: string; api?: GeminiApi },
) => { readonly ok: boolean; readonly findings: readonly ValidationFinding[] };

/** The validator each API gets unless the caller passes one: the schema package's, for that API. */
export function defaultValidator(api: GeminiApi): Validator {
  return (body, options) => schemaValidate(body, { ...options, api });
}

/** How to reach Gemini. */
export interface ClientOptions {
  readonly apiKey: string;
  /** Default Google's host; a gateway's base URL (without `/v1beta`) otherwise. */
  readonly baseUrl?: string;
  /** `x-goog-api-key` (Google, the default) or `bearer` (`Authorization: Bearer`, for gateways). */
  readonly auth?: "x-goog-api-key" | "bearer";
  readonly fetch?: typeof fetch;
  /** Retry policy for 429 and 503 answers; `false` turns retrying off. */
  readonly retry?: RetryOptions | false;
  /** The total deadline of one `generateImage`, all attempts and waits included. Default 180 s. */
  readonly timeoutMs?: number;
  /** Checks the body before sending; default `defaultValidator(api)`; `false` sends unchecked. */
  readonly validate?: Validator | false;
  /** Injectable time for tests. */
  readonly clock?: Clock;
  /** Injectable randomness for the jitter, in [0, 1). */
  readonly random?: () => number;
  /** Called before each wait between attempts. */
  readonly onRetry?: (event: { readonly attempt: number; readonly status: number; readonly waitMs: number }) => void;
}

/** The final image, with its size read from the image header. */
export interface GeneratedImage {
  readonly data: Uint8Array;
  readonly mimeType: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

/** What `generateImage` answers. */
export interface GenerateImageResult {
  readonly image: GeneratedImage;
  /** Every non-thought image in the answer, in order (the last is `image`). */
  readonly images: readonly ResponseImage[];
  /** Text the model answered alongside the image (thought text is left out). */
  readonly text: string;
  /** Send it back with the image part when editing in a further turn (generateContent only). */
  readonly thoughtSignature: string | undefined;
  readonly usage: Usage;
  /** The conversion made from an OpenAI-style `size`, when one was given. */
  readonly sizeMapping: ImageConfigMapping | undefined;
  /** The API the request went through. */
  readonly api: GeminiApi;
  /** The body that was sent: a generateContent body, or an Interactions body with `api: "interactions"`. */
  readonly body: GenerateContentBody | InteractionsBody;
  /** How many requests were sent. */
  readonly attempts: number;
  /** The response JSON as received (a GenerateContentResponse or an interaction). */
  readonly raw: unknown;
}

/** A Gemini image client. */
export interface GeminiImageClient {
  generateImage(options: GenerateImageOptions): Promise<GenerateImageResult>;
}

const DEFAULT_TIMEOUT_MS = 180_000;

/**
 * Creates a client that validates each request before sending it, sends the key in a header
 * (never in the URL), retries 429/503 with exponential backoff and Google's `retryDelay`, and
 * returns the final image rather than `parts[0]`, through generateContent or the Interactions API.
 */
export function createGeminiImageClient(options: ClientOptions): GeminiImageClient {
  if (typeof options.apiKey !== "string" || options.apiKey === "") {
    throw new TypeError("apiKey must be a non-empty string (from Google AI Studio, or your gateway's key).");
  }
  const policy = retryPolicy(options.retry);
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.auth === "bearer") headers.authorization = `Bearer ${options.apiKey}`;
  else headers[API_KEY_HEADER] = options.apiKey;
  const clean = (text: string): string => redactSecret(text, options.apiKey);

  async function generateImage(request: GenerateImageOptions): Promise<GenerateImageResult> {
    const api = request.api ?? "generate-content";
    if (!GEMINI_APIS.includes(api)) {
      throw new TypeError(`api must be ${GEMINI_APIS.map((a) => JSON.stringify(a)).join(" or ")}, got ${JSON.stringify(api)}.`);
    }
    const baseUrl = options.baseUrl ?? GEMINI_API_BASE_URL;
    const { body, sizeMapping } = api === "interactions" ? buildInteractionsRequest(request) : buildRequest(request);
    const target: RequestTarget = {
      method: "POST",
      url: api === "interactions" ? interactionsUrl({ baseUrl }) : generateContentUrl(request.model, { baseUrl }),
    };
    const validator = options.validate === undefined ? defaultValidator(api) : options.validate;
    if (validator) {
      const result = validator(body, { model: request.model, api });
      if (!result.ok) throw new GeminiValidationError(result.findings, target);
    }

    const deadline = clock.now() + timeoutMs;
    const payload = JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      request.signal?.throwIfAborted();
      const { status, text } = await send(target, payload, deadline, request.signal);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const errorInBody = json !== undefined && typeof json === "object" && json !== null && "error" in json;
      if (status >= 200 && status < 300 && !errorInBody) {
        if (json === undefined) throw new GeminiImageError(`HTTP ${status} but the body is not JSON: ${clean(text.slice(0, 200))}`, target);
        const parsed = api === "interactions" ? parseInteraction(json) : parseResponse(json);
        return result(parsed, json, { api, body, sizeMapping, attempts: attempt }, target);
      }

      const error = parseGoogleError(text, `HTTP ${status}`);
      const safe = { ...error, message: clean(error.message) };
      const retryable = policy.statuses.includes(status) || error.code === 429;
      const tooLongAsked = error.retryDelayMs !== undefined && error.retryDelayMs > policy.maxRetryDelayMs;
      if (!retryable || attempt > policy.retries || tooLongAsked) throw new GeminiHttpError(status, safe, attempt, target);
      const waitMs = retryWait(attempt - 1, error.retryDelayMs, policy, random);
      // Waiting past the deadline cannot succeed: give up now with what the server said.
      if (clock.now() + waitMs >= deadline) throw new GeminiHttpError(status, safe, attempt, target);
      options.onRetry?.({ attempt, status, waitMs });
      await clock.sleep(waitMs, request.signal);
    }
  }

  /** One HTTP exchange, bounded by the deadline and the caller's signal. */
  async function send(target: RequestTarget, payload: string, deadline: number, signal: AbortSignal | undefined) {
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw new GeminiTimeoutError(timeoutMs, target);
    // A plain timer, not clock.sleep: an injected clock's sleeps model the waits between
    // attempts, while an in-flight request runs in real time.
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), remaining);
    const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    try {
      const response = await fetchImpl(target.url, { method: "POST", headers, body: payload, signal: combined });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timer.signal.aborted) throw new GeminiTimeoutError(timeoutMs, target);
      throw new GeminiImageError(`The request failed: ${clean(String((error as Error)?.message ?? error))}`, target, {
        cause: error,
      });
    } finally {
      clearTimeout(handle);
    }
  }

  function result(
    parsed: ParsedResponse,
    json: unknown,
    sent: Pick<GenerateImageResult, "api" | "body" | "sizeMapping" | "attempts">,
    target: RequestTarget,
  ): GenerateImageResult {
    if (!parsed.image) throw new GeminiNoImageError(parsed.text, parsed.reason, target);
    const { data, mimeType, width, height } = parsed.image;
    return {
      image: { data, mimeType, width, height },
      images: parsed.images,
      text: parsed.text,
      thoughtSignature: parsed.thoughtSignature,
      usage: parsed.usage,
      ...sent,
      raw: json,
    };
  }

  return { generateImage };
}
