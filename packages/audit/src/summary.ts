import type { AuditSummary, CallSite } from "./report.js";

/** Totals per API, per model and per severity. */
export function summarize(calls: readonly CallSite[], files: number, skipped: { notImage: number; undecided: number }): AuditSummary {
  const byApi: Record<string, number> = {};
  const byModel: Record<string, number> = {};
  const findings = { error: 0, warning: 0 };
  let unknownModel = 0;
  for (const call of calls) {
    byApi[call.api] = (byApi[call.api] ?? 0) + 1;
    // OpenAI and Imagen calls name models of their own, counted as written.
    const model = call.model.id ?? (call.api === "openai" || call.api === "imagen" ? call.model.written : undefined);
    if (model === undefined) unknownModel++;
    else byModel[model] = (byModel[model] ?? 0) + 1;
    for (const finding of call.findings) findings[finding.severity]++;
  }
  return { files, calls: calls.length, byApi, byModel, unknownModel, findings, ...skipped };
}
