import type { API, FileInfo } from "jscodeshift";
import { writeReport, type ReportRecord } from "./follow-ups.js";
import { migrateSource } from "./migrate-source.js";
import type { TransformOptions } from "./options.js";

/**
 * The jscodeshift transform: `npx jscodeshift -t <this file> src/`. It edits text at the exact
 * ranges of Gemini requests (found by the same locator as the ESLint plugin), so code outside
 * them stays byte for byte, comments and quotes included. Follow-ups are left as
 * `// gemini-image(<code>): …` comments and, under `gemini-image migrate`, listed in its report.
 */
export default function transform(file: FileInfo, api: API, options: TransformOptions): string | undefined {
  return transformFile(file, options, (message) => api.report(message));
}

/**
 * The transform without jscodeshift's API: what `migrate` runs in its own process for a handful
 * of files, so that no worker starts and jscodeshift is never loaded. `report` gets the
 * follow-ups when no report directory collects them.
 */
export function transformFile(file: FileInfo, options: TransformOptions, report?: (message: string) => void): string | undefined {
  // A NUL character is how git and grep tell binary files: no source to rewrite, so skipped
  // (jscodeshift counts `undefined` as skipped) rather than "unchanged" or a parse failure.
  if (file.source.includes("\0")) {
    writeReport(options.reportDir, [{ kind: "skipped", file: file.path, reason: "binary" }]);
    return undefined;
  }
  try {
    const result = migrateSource(file.source, file.path, options);
    const records: ReportRecord[] = result.followUps.map((followUp) => ({ kind: "follow-up", followUp }));
    if (result.changed) {
      records.push(
        options.recordSources ? { kind: "changed", file: file.path, before: file.source, after: result.output } : { kind: "changed", file: file.path },
      );
    }
    writeReport(options.reportDir, records);
    if (!options.reportDir && report) for (const f of result.followUps) report(`${f.line}: ${f.message}`);
    return result.output;
  } catch (error) {
    writeReport(options.reportDir, [{ kind: "failed", file: file.path, error: (error as Error).message ?? String(error), ...syntaxLocation(error) }]);
    throw error;
  }
}
/**
 * The 1-based line and column of a parse error: typescript-estree's TSError carries
 * `lineNumber` (1-based) and `column` (0-based, as TypeScript counts).
 */
function syntaxLocation(error: unknown): { line?: number; column?: number } {
  const { lineNumber, column } = (error ?? {}) as { lineNumber?: unknown; column?: unknown };
  return typeof lineNumber === "number" && typeof column === "number" ? { line: lineNumber, column: column + 1 } : {};
}
