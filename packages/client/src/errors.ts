import { redactUrl } from "./redact.js";

/** Where a failed call went, with the API key removed from the URL. */
export interface RequestTarget {
  readonly method: string;
  /** The request URL without any `key=` value. */
  readonly url: string;
}

/**
 * The base of every error this client throws. Its message names the method and the URL with
 * the key removed; the API key is never part of any field, so logging or serializing the error
 * cannot leak it.
 */
export class GeminiImageError extends Error {
  override name = "GeminiImageError";
  readonly method: string;
  readonly url: string;

  constructor(message: string, target: RequestTarget, options?: { cause?: unknown }) {
    const url = redactUrl(target.url);
    super(`${message} (${target.method} ${url})`, options);
    this.method = target.method;
    this.url = url;
  }

  /** The fields worth logging, for `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }
}

/** A field violation from Google's `google.rpc.BadRequest` detail. */
export interface FieldViolation {
  readonly field: string;
  readonly description: string;
}

/** Google's error body, parsed. */
export interface GoogleErrorBody {
  /** `INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`, … (absent in gateway and Interactions bodies). */
  readonly status: string | undefined;
  /** The Interactions API's string `code` (`invalid_request`), which it sends instead of `status`. */
  readonly errorCode?: string | undefined;
  readonly message: string;
  readonly fieldViolations: readonly FieldViolation[];
  /** `RetryInfo.retryDelay`, or a "Please retry in 53.01s." message, in milliseconds. */
  readonly retryDelayMs: number | undefined;
}

/** A non-2xx HTTP answer, after any retries. */
export class GeminiHttpError extends GeminiImageError {
  override name = "GeminiHttpError";
  readonly status: number;
  readonly error: GoogleErrorBody;
  /** How many requests were sent in all. */
  readonly attempts: number;

  constructor(status: number, error: GoogleErrorBody, attempts: number, target: RequestTarget) {
    const violations = error.fieldViolations.map((v) => `${v.field}: ${v.description}`).join("; ");
    super(
      `HTTP ${status}${error.status || error.errorCode ? ` ${error.status ?? error.errorCode}` : ""}: ${error.message}${violations ? ` [${violations}]` : ""}` +
        (attempts > 1 ? ` after ${attempts} attempts` : ""),
      target,
    );
    this.status = status;
    this.error = error;
    this.attempts = attempts;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, error: this.error, attempts: this.attempts };
  }
}

/** A finding that stopped a request before it was sent (shape of the schema package's findings). */
export interface ValidationFinding {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** The request failed validation; nothing was sent. */
export class GeminiValidationError extends GeminiImageError {
  override name = "GeminiValidationError";
  readonly findings: readonly ValidationFinding[];

  constructor(findings: readonly ValidationFinding[], target: RequestTarget) {
    const list = findings.map((f) => `\n  - ${f.path || "/"}: ${f.message} [${f.code}]`).join("");
    super(`The request was not sent: ${findings.length} problem(s) found.${list}\n`, target);
    this.findings = findings;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), findings: this.findings };
  }
}

/** Gemini answered, but with no final image (a refusal, a safety block, text only). */
export class GeminiNoImageError extends GeminiImageError {
  override name = "GeminiNoImageError";
  /** The text the model answered instead, if any. */
  readonly text: string;
  /** `candidates[0].finishReason` or `promptFeedback.blockReason`, when given. */
  readonly reason: string | undefined;

  constructor(text: string, reason: string | undefined, target: RequestTarget) {
    const said = text ? ` The model said: ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)}` : "";
    super(`No image in the response${reason ? ` (${reason})` : ""}.${said}`, target);
    this.text = text;
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), text: this.text, reason: this.reason };
  }
}

/** The total deadline (`timeoutMs`) passed, while waiting for an answer or for a retry. */
export class GeminiTimeoutError extends GeminiImageError {
  override name = "GeminiTimeoutError";
  readonly timeoutMs: number;

  constructor(timeoutMs: number, target: RequestTarget) {
    super(`No answer within ${timeoutMs} ms`, target);
    this.timeoutMs = timeoutMs;
  }
}
