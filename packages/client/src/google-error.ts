import type { FieldViolation, GoogleErrorBody } from "./errors.js";

const DURATION = /^(\d+(?:\.\d+)?)s$/u;
const RETRY_IN = /retry in (\d+(?:\.\d+)?)\s*s/iu;

/** Reads a protobuf Duration string ("53s", "0.5s") as milliseconds. */
export function durationMs(value: unknown): number | undefined {
  const match = typeof value === "string" ? DURATION.exec(value.trim()) : null;
  return match ? Math.round(Number(match[1]) * 1000) : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Parses an error answer: Google's `{ error: { code, status, message, details } }` with
 * BadRequest field violations and RetryInfo, the Interactions API's `{ error: { message, code } }`
 * whose `code` is a string (`invalid_request`), a gateway's `{ error: { message, type, code } }`,
 * or any other text (kept, shortened, as the message).
 */
export function parseGoogleError(text: string, fallback: string): GoogleErrorBody & { code: number | undefined } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const message = text.trim().slice(0, 500) || fallback;
    return { status: undefined, errorCode: undefined, message, fieldViolations: [], retryDelayMs: undefined, code: undefined };
  }
  // Some gateways wrap the error in an array, as streamGenerateContent does.
  const error = record(record(Array.isArray(json) ? json[0] : json)?.error);
  const message = typeof error?.message === "string" ? error.message : fallback;
  const fieldViolations: FieldViolation[] = [];
  let retryDelayMs: number | undefined;
  const details = Array.isArray(error?.details) ? error.details : [];
  for (const detail of details.map(record)) {
    if (!detail) continue;
    const type = String(detail["@type"] ?? "");
    if (type.endsWith("google.rpc.BadRequest") && Array.isArray(detail.fieldViolations)) {
      for (const violation of detail.fieldViolations.map(record)) {
        if (violation) fieldViolations.push({ field: String(violation.field ?? ""), description: String(violation.description ?? "") });
      }
    }
    if (type.endsWith("google.rpc.RetryInfo")) retryDelayMs = durationMs(detail.retryDelay);
  }
  if (retryDelayMs === undefined) {
    const fromMessage = RETRY_IN.exec(message);
    if (fromMessage) retryDelayMs = Math.round(Number(fromMessage[1]) * 1000);
  }
  return {
    status: typeof error?.status === "string" ? error.status : undefined,
    errorCode: typeof error?.code === "string" ? error.code : undefined,
    message,
    fieldViolations,
    retryDelayMs,
    code: typeof error?.code === "number" ? error.code : undefined,
  };
}
