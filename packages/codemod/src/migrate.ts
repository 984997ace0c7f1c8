import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readReport, type FollowUp } from "./follow-ups.js";
import type { TransformOptions } from "./options.js";
import { listSourceFiles } from "./source-files.js";
import { transformFile } from "./transform.js";

/** What to migrate and how. */
export interface MigrateOptions extends Omit<TransformOptions, "reportDir" | "recordSources"> {
  readonly paths: readonly string[];
  readonly cwd?: string;
  /** Do not write files. */
  readonly dry?: boolean;
  /** Collect each changed file's before and after text. */
  readonly sources?: boolean;
  /** The transform module; default this package's. */
  readonly transform?: string;
  /** Worker processes; default jscodeshift's (cores - 1). */
  readonly cpus?: number;
  /**
   * Run in this process: no workers, and for this package's transform not even jscodeshift.
   * Default: this package's transform runs here for at most {@link IN_PROCESS_MAX_FILES} files.
   */
  readonly runInBand?: boolean;
}

/** The outcome of a migration run. */
export interface MigrateSummary {
  readonly files: number;
  readonly changed: readonly string[];
  readonly unchanged: number;
  readonly skipped: number;
  /** Files skipped, with why: `binary` (a NUL character; no source to rewrite). */
  readonly skippedFiles: readonly { readonly file: string; readonly reason: "binary" }[];
  /** Files the transform failed on; `line` and `column` (1-based) say where one does not parse. */
  readonly failed: readonly { readonly file: string; readonly error: string; readonly line?: number; readonly column?: number }[];
  readonly followUps: readonly FollowUp[];
  readonly sources: readonly { readonly file: string; readonly before: string; readonly after: string }[];
  /** Paths given that do not exist. */
  readonly missing: readonly string[];
}

interface RunnerStats {
  readonly ok: number;
  readonly nochange: number;
  readonly skip: number;
  readonly error: number;
}

type Run = (transform: string, paths: string[], options: Record<string, unknown>) => Promise<RunnerStats> | undefined;

/**
 * Up to this many files, `migrate` runs in its own process: a worker costs a Node start plus
 * loading jscodeshift and the parsers (about a second), which a few files never pay back.
 */
export const IN_PROCESS_MAX_FILES = 32;

/** The transform shipped with this package, as a file jscodeshift's workers can load. */
export const TRANSFORM_PATH = fileURLToPath(new URL("./transform.js", import.meta.url));

/**
 * Runs the transform over `paths` (in this process for a few files, else with jscodeshift's
 * runner and its worker pool), and collects what it reports: files changed, unchanged, skipped,
 * failed, and the follow-ups a person has to finish. `.gitignore` is respected and
 * `node_modules` skipped.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateSummary> {
  const { files, missing } = listSourceFiles(options.paths, options.cwd);
  const reportDir = mkdtempSync(join(tmpdir(), "gemini-image-migrate-"));
  try {
    let stats: RunnerStats = { ok: 0, nochange: 0, skip: 0, error: 0 };
    const transformOptions: TransformOptions = {
      model: options.model,
      modalities: options.modalities,
      keepModelIds: options.keepModelIds,
      runtimeHelper: options.runtimeHelper,
      to: options.to,
      reportDir,
      recordSources: options.sources,
    };
    const dry = options.dry ?? false;
    if (files.length > 0 && options.transform === undefined && (options.runInBand ?? files.length <= IN_PROCESS_MAX_FILES)) {
      stats = runHere(files, transformOptions, dry);
    } else if (files.length > 0) {
      const run = (createRequire(import.meta.url)("jscodeshift/src/Runner.js") as { run: Run }).run;
      stats =
        (await run(options.transform ?? TRANSFORM_PATH, files, {
          ...transformOptions,
          dry,
          print: false,
          babel: false,
          silent: true,
          // Below zero jscodeshift prints nothing, not even errors: failures come back through the report.
          verbose: -1,
          cpus: options.cpus,
          runInBand: options.runInBand ?? false,
        })) ?? stats;
    }
    const records = readReport(reportDir);
    const failed: MigrateSummary["failed"][number][] = records.flatMap((r) =>
      r.kind === "failed" ? [{ file: r.file, error: r.error, ...(r.line !== undefined && { line: r.line, column: r.column }) }] : [],
    );
    // A worker that died before reporting still counts as failed in the runner's numbers.
    for (let i = failed.length; i < stats.error; i++) failed.push({ file: "(unknown file)", error: "the transform failed without a report" });
    return {
      files: files.length,
      changed: records.flatMap((r) => (r.kind === "changed" ? [r.file] : [])).sort(),
      unchanged: stats.nochange,
      skipped: stats.skip,
      skippedFiles: records.flatMap((r) => (r.kind === "skipped" ? [{ file: r.file, reason: r.reason }] : [])).sort((a, b) => a.file.localeCompare(b.file)),
      failed,
      followUps: records.flatMap((r) => (r.kind === "follow-up" ? [r.followUp] : [])).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
      sources: records.flatMap((r) => (r.kind === "changed" && r.before !== undefined && r.after !== undefined ? [{ file: r.file, before: r.before, after: r.after }] : [])),
      missing,
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/**
 * This package's transform over `files` in this process, counted as jscodeshift's runner counts:
 * no output is skipped, the same text unchanged, a throw an error (its report record says why).
 */
function runHere(files: readonly string[], options: TransformOptions, dry: boolean): RunnerStats {
  const stats = { ok: 0, nochange: 0, skip: 0, error: 0 };
  for (const path of files) {
    const source = readFileSync(path, "utf8");
    let output: string | undefined;
    try {
      output = transformFile({ path, source }, options);
    } catch {
      stats.error++;
      continue;
    }
    if (!output) stats.skip++;
    else if (output === source) stats.nochange++;
    else {
      if (!dry) writeFileSync(path, output);
      stats.ok++;
    }
  }
  return stats;
}
