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
export default function transform(file: FileInfo, api: API, options: TransformOptions): string {
  try {
    const result = migrateSource(file.source, file.path, options);
    const records: ReportRecord[] = result.followUps.map((followUp) => ({ kind: "follow-up", followUp }));
    if (result.changed) {
      records.push(
        options.recordSources ? { kind: "changed", file: file.path, before: file.source, after: result.output } : { kind: "changed", file: file.path },
      );
    }
    writeReport(options.reportDir, records);
    if (!options.reportDir) for (const f of result.followUps) api.report(`${f.line}: ${f.message}`);
    return result.output;
  } catch (error) {
    writeReport(options.reportDir, [{ kind: "failed", file: file.path, error: (error as Error).message ?? String(error) }]);
    throw error;
  }
}
