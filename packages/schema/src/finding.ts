import type { FindingId, GeminiApi, Severity } from "@gemini-image/protocol";
import type { ApiSource } from "./api.js";

/**
 * One JSON Patch operation (RFC 6902) of a fix. Paths are JSON pointers into the body as it
 * was validated; an `add` never needs a missing parent (the fix adds the parent instead).
 */
export type FixOperation =
  | { readonly op: "add"; readonly path: string; readonly value: unknown }
  | { readonly op: "replace"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move"; readonly from: string; readonly path: string };

/** One problem in a request body. */
export interface Finding {
  /** The protocol's finding id, such as `openai-size`. */
  readonly code: FindingId;
  readonly severity: Severity;
  /** JSON pointer (RFC 6901) to the value at fault; `""` is the whole body. */
  readonly path: string;
  /** The protocol's sentence for this finding: what is wrong and what to write instead. */
  readonly message: string;
  /** The edit that fixes it, when one exists that cannot change what the request means. */
  readonly fix?: readonly FixOperation[];
}

/** What `validate` answers: `ok` is false when any finding is an error (warnings pass). */
export interface ValidationResult {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** The API the body was checked for. */
  readonly api: GeminiApi;
  /** Why that API: named by the caller (`option`), by the body's keys (`body`), or the `default` (generateContent). */
  readonly apiSource: ApiSource;
}
