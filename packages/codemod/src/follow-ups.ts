import { appendFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Something the codemod could not do itself, for a person to finish. */
export interface FollowUp {
  readonly file: string;
  readonly line: number;
  /** A finding id from the protocol catalog, or a codemod id (`non-literal-size`, …). */
  readonly code: string;
  /** What to do, as an instruction. */
  readonly message: string;
}

/** One line of the report file that `gemini-image migrate` reads back after the run. */
export type ReportRecord =
  | { readonly kind: "follow-up"; readonly followUp: FollowUp }
  | { readonly kind: "changed"; readonly file: string; readonly before?: string; readonly after?: string }
  | {
      readonly kind: "failed";
      readonly file: string;
      readonly error: string;
      /** Where the source does not parse (1-based line and column), when that is why. */
      readonly line?: number;
      readonly column?: number;
    }
  | { readonly kind: "skipped"; readonly file: string; readonly reason: "binary" };

/**
 * Appends records to this process's file in the report directory, as JSON lines. jscodeshift
 * runs transforms in worker processes and its own `report()` only prints, so each worker
 * writes a file of its own and `gemini-image migrate` reads them all back.
 */
export function writeReport(reportDir: string | undefined, records: readonly ReportRecord[]): void {
  if (!reportDir || records.length === 0) return;
  appendFileSync(join(reportDir, `${process.pid}.jsonl`), records.map((r) => `${JSON.stringify(r)}\n`).join(""));
}

/** Every record written to `reportDir`, in file then line order. */
export function readReport(reportDir: string): ReportRecord[] {
  return readdirSync(reportDir)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) =>
      readFileSync(join(reportDir, name), "utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as ReportRecord),
    );
}
