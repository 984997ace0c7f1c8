import type { Finding } from "./finding.js";
import { displayPath } from "./json-pointer.js";

/** One entry of google.rpc.BadRequest.fieldViolations. */
export interface FieldViolation {
  readonly field: string;
  readonly description: string;
}

/** Google's JSON error body, as the Gemini API answers it. */
export interface GoogleErrorBody {
  readonly error: {
    readonly code: number;
    readonly status: string;
    readonly message: string;
    readonly details?: readonly [{ readonly "@type": "type.googleapis.com/google.rpc.BadRequest"; readonly fieldViolations: readonly FieldViolation[] }];
  };
}

/** A Google-format error without details. */
export function googleError(code: number, status: string, message: string): GoogleErrorBody {
  return { error: { code, status, message } };
}

/**
 * The 400 Google itself answers for a bad field (`{"error":{"code":400,"status":
 * "INVALID_ARGUMENT",...,"details":[{"@type":"type.googleapis.com/google.rpc.BadRequest",
 * "fieldViolations":[...]}]}}`), so clients already parse it. Lists the error findings.
 */
export function googleBadRequest(findings: readonly Finding[]): GoogleErrorBody {
  const errors = findings.filter((f) => f.severity === "error");
  const listed = errors.length > 0 ? errors : findings;
  const count = listed.length === 1 ? "1 problem" : `${listed.length} problems`;
  return {
    error: {
      code: 400,
      status: "INVALID_ARGUMENT",
      message: `Request rejected before it reached Gemini (${count}): ${listed.map((f) => f.message).join(" ")}`,
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: listed.map((f) => ({ field: f.path === "" ? "" : displayPath(f.path), description: f.message })),
        },
      ],
    },
  };
}
