/**
 * Error bodies of the Interactions API: `{"error":{"message","code"}}`, `code` a string, no
 * `status` (facts page "The Interactions API", js-genai issue 1571). Only the unknown-parameter
 * text is Google's own; the others are this server's wording and docs/test-server.md says so.
 */
import { INTERACTIONS_ERROR, quoteList } from "@gemini-image/protocol";
import type { JsonAnswer } from "./google-errors.js";

/** `{"error":{"message", "code"}}` with the given HTTP status. */
export function interactionsError(status: number, message: string, code: string = INTERACTIONS_ERROR.invalidRequestCode): JsonAnswer {
  return { status, body: { error: { message, code } } };
}

/** Observed: `Unknown parameter 'response_format.mimeType'. Did you mean 'mime_type'?` (the hint only when one is close). */
export function unknownParameter(path: string, suggestion: string | undefined): JsonAnswer {
  return interactionsError(400, `Unknown parameter '${path}'.${suggestion ? ` Did you mean '${suggestion}'?` : ""}`);
}

/** This server's wording: a required parameter is absent (`model`, `input`, an entry's `type`). */
export function missingParameter(path: string): JsonAnswer {
  return interactionsError(400, `Missing required parameter '${path}'.`);
}

/** This server's wording: a value of the wrong kind or outside the listed values. */
export function invalidValue(path: string, value: unknown, expected: string): JsonAnswer {
  return interactionsError(400, `Invalid value for '${path}': ${JSON.stringify(value)}. Expected ${expected}.`);
}

/** This server's wording, after generateContent's observed "Base64 decoding failed". */
export function undecodable(path: string, value: unknown): JsonAnswer {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  return interactionsError(400, `Invalid value for '${path}': Base64 decoding failed for ${JSON.stringify(shown.slice(0, 100))}.`);
}

/** This server's wording: a setting the model does not take (a lowercase `1k`, `4K` on a 1K-only model). */
export function unsupportedSetting(path: string, value: unknown, modelId: string, accepted: readonly string[]): JsonAnswer {
  return interactionsError(400, `Invalid value for '${path}': ${JSON.stringify(value)} is not supported by model '${modelId}'. Use ${quoteList(accepted)}.`);
}

/** This server's wording: a model the API does not serve (unknown, an alias in strict mode, shut down). */
export function interactionsModelNotFound(name: string): JsonAnswer {
  return interactionsError(404, `Model '${name}' is not found or does not support interactions.`, "not_found");
}

/** This server's wording: the body is not a JSON object. */
export function invalidJson(): JsonAnswer {
  return interactionsError(400, "The request body is not a valid JSON object.");
}
