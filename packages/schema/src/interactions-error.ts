import { INTERACTIONS_ERROR } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";

/**
 * The Interactions API's JSON error body: `{"error":{"message","code"}}` with a string `code` and
 * no `status` (facts page "The Interactions API", js-genai issue 1571).
 */
export interface InteractionsErrorBody {
  readonly error: { readonly message: string; readonly code: string };
}

/** An Interactions-format error with Google's `invalid_request` code. */
export function interactionsError(message: string): InteractionsErrorBody {
  return { error: { message, code: INTERACTIONS_ERROR.invalidRequestCode } };
}

/**
 * The 400 body an Interactions client already parses, listing the error findings (the warnings
 * when there is no error) with the JSON path of each.
 */
export function interactionsBadRequest(findings: readonly Finding[]): InteractionsErrorBody {
  const errors = findings.filter((f) => f.severity === "error");
  const listed = errors.length > 0 ? errors : findings;
  const count = listed.length === 1 ? "1 problem" : `${listed.length} problems`;
  const problems = listed.map((f) => (f.path === "" ? f.message : `${f.path}: ${f.message}`));
  return interactionsError(`Request rejected before it reached Gemini (${count}): ${problems.join(" ")}`);
}
