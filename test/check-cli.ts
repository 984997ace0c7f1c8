/**
 * Runs `gemini-image check` as users run it: the real binary (`pnpm build` first) in a child
 * process, on body files written to a temporary folder, with `--format json`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../packages/cli/bin/gemini-image.js", import.meta.url));

/** One result of `check --format json`. */
export interface CheckedBody {
  readonly file: string;
  readonly api: string;
  readonly apiSource: string;
  readonly ok: boolean;
  readonly findings: readonly { code: string; severity: string; path: string }[];
}

/** Writes each document to `<name>.json` in a fresh folder and answers the paths, in order. */
export function writeBodies(documents: Readonly<Record<string, unknown>>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "gemini-image-e2e-"));
  const paths: Record<string, string> = {};
  for (const [name, document] of Object.entries(documents)) {
    paths[name] = join(dir, `${name.replace(/[^\w.-]+/gu, "-")}.json`);
    writeFileSync(paths[name], JSON.stringify(document));
  }
  return paths;
}

/** Runs the binary's `check` on `files` with `args`; answers its exit code and JSON report. */
export function checkFiles(files: readonly string[], args: readonly string[] = []): { status: number | null; results: CheckedBody[]; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, "check", ...files, ...args, "--format", "json"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (run.status === 2) throw new Error(`check failed to run: ${run.stderr}`);
  return { status: run.status, results: JSON.parse(run.stdout) as CheckedBody[], stderr: run.stderr };
}

/** A HAR 1.2 document of POSTs with JSON bodies, as browser devtools export it. */
export function harOf(entries: readonly { url: string; body: unknown }[]): unknown {
  return {
    log: {
      version: "1.2",
      creator: { name: "e2e", version: "1" },
      entries: entries.map(({ url, body }) => ({
        startedDateTime: "2026-11-30T00:00:00Z",
        request: { method: "POST", url, headers: [], postData: { mimeType: "application/json", text: JSON.stringify(body) } },
        response: { status: 200 },
      })),
    },
  };
}

/** The distinct finding ids of one result, sorted. */
export const idsOf = (result: CheckedBody): string[] => [...new Set(result.findings.map((f) => f.code))].sort();
