import type { FindingId } from "@gemini-image/protocol";

/**
 * The findings `gemini-image audit` can report: it lists calls with their model and imageConfig,
 * so only the checks of those values (docs/cli.md, "audit"). The agreement test and the
 * acceptance measurement ask the audit for these ids only.
 */
export const AUDIT_IDS: ReadonlySet<FindingId> = new Set<FindingId>([
  "invalid-image-size",
  "invalid-aspect-ratio",
  "candidate-count",
  "retired-model",
  "deprecated-model",
  "model-alias",
  "unknown-model",
]);
