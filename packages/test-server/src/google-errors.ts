/**
 * Error bodies in Google's shape, `{"error": {code, message, status, details}}`. Texts marked
 * "observed" are Google's own words as users captured them; the others are this server's and
 * say so in docs/test-server.md.
 */

/** An HTTP answer with a JSON body. */
export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** One entry of a `google.rpc.BadRequest` detail. Top-level unknown names carry no `field`. */
export interface FieldViolation {
  readonly field?: string;
  readonly description: string;
}

/** `{"error": {...}}` with `details` only when there are some. */
export function googleError(code: number, status: string, message: string, details?: readonly unknown[]): JsonAnswer {
  const error = details && details.length > 0 ? { code, message, status, details } : { code, message, status };
  return { status: code, body: { error } };
}

/** A 400 INVALID_ARGUMENT whose message is every violation's description, one per line. */
export function badRequest(violations: readonly FieldViolation[]): JsonAnswer {
  return googleError(400, "INVALID_ARGUMENT", violations.map((v) => v.description).join("\n"), [
    { "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: violations },
  ]);
}

/**
 * Observed: `Invalid JSON payload received. Unknown name "size": Cannot find field.` and, below
 * the top level, `... Unknown name "x" at 'generation_config.image_config': Cannot find field.`
 */
export function unknownNameViolation(name: string, at: string | undefined): FieldViolation {
  const where = at ? ` at '${at}'` : "";
  const description = `Invalid JSON payload received. Unknown name ${JSON.stringify(name)}${where}: Cannot find field.`;
  return at ? { field: at, description } : { description };
}

/** Observed: `Invalid value at 'contents[0].parts[0].inline_data.data' (TYPE_BYTES), Base64 decoding failed for "..."`. */
export function base64Violation(path: string, value: unknown): FieldViolation {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  return {
    field: path,
    description: `Invalid value at '${path}' (TYPE_BYTES), Base64 decoding failed for ${JSON.stringify(shown)}`,
  };
}

/** Observed, with `Details: []`: `Multiple candidates is not enabled for models/<id>`. */
export function multipleCandidates(modelId: string): JsonAnswer {
  return googleError(400, "INVALID_ARGUMENT", `Multiple candidates is not enabled for models/${modelId}`);
}

/** Observed: the 404 for a model the API does not serve. */
export function modelNotFound(name: string, version: string): JsonAnswer {
  return googleError(
    404,
    "NOT_FOUND",
    `models/${name} is not found for API version ${version}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
  );
}

/** Observed: the 403 for a request that carries no key at all. */
export function missingKey(): JsonAnswer {
  return googleError(
    403,
    "PERMISSION_DENIED",
    "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
  );
}

/** Observed: the 400 for a key Google does not know, with ErrorInfo and LocalizedMessage details. */
export function invalidKey(): JsonAnswer {
  const message = "API key not valid. Please pass a valid API key.";
  return googleError(400, "INVALID_ARGUMENT", message, [
    {
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: "API_KEY_INVALID",
      domain: "googleapis.com",
      metadata: { service: "generativelanguage.googleapis.com" },
    },
    { "@type": "type.googleapis.com/google.rpc.LocalizedMessage", locale: "en-US", message },
  ]);
}

/**
 * Observed (facts page "Errors and retries"): 429 RESOURCE_EXHAUSTED, "Please retry in N s."
 * and a RetryInfo detail, usually without a Retry-After header. Without a delay there is no
 * RetryInfo, which is what clients fall back to exponential backoff on.
 */
export function resourceExhausted(retryDelaySeconds: number | undefined): JsonAnswer {
  const base =
    "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.";
  if (retryDelaySeconds === undefined) return googleError(429, "RESOURCE_EXHAUSTED", base);
  return googleError(429, "RESOURCE_EXHAUSTED", `${base} Please retry in ${Number(retryDelaySeconds.toFixed(2))}s.`, [
    { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${Math.floor(retryDelaySeconds)}s` },
  ]);
}

/** Observed (the seed article's gateway): an OpenAI-style 429 body, not Google's shape. */
export function gatewaySaturated(): JsonAnswer {
  return {
    status: 429,
    body: {
      error: {
        message: "Upstream load for this group is saturated, please try again later",
        type: "upstream_error",
        code: 429,
      },
    },
  };
}

/** Observed: Google's 503 when the model is overloaded. */
export function unavailable(): JsonAnswer {
  return googleError(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");
}
