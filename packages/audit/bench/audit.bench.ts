/**
 * The audit against `tsc --noEmit` on the same generated project (60 files; 520 with
 * `pnpm bench --corpus`), each run as its own process as a user runs them: the audit without
 * type information (target ≤ 1.0) and with it (target ≤ 1.5). Both start Node and load
 * TypeScript, so the fixed costs are alike.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, type BenchOptions, type RatioResult } from "../../../test/bench.js";
import { generateProject } from "./project.js";

const CLI = fileURLToPath(new URL("../../cli/bin/gemini-image.js", import.meta.url));
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

function run(args: readonly string[]): number {
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status === null || result.status > 1) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout.length;
}

export default async function auditBench({ corpus }: BenchOptions): Promise<RatioResult[]> {
  const size = corpus ? 520 : 60;
  // Every run is a cold process and the project was just written (in the disk cache): warm-up
  // rounds would only cost time, and the order alternates between rounds anyway.
  const rounds = corpus ? { rounds: 5 } : { rounds: 3, warmup: 0 };
  const tsconfig = generateProject(size);
  const tsc = () => run([TSC, "--noEmit", "-p", tsconfig]);
  const audit = (extra: readonly string[]) => () => run([CLI, "audit", "--project", tsconfig, "--format", "json", ...extra]);
  try {
    return [
      compare({ name: `audit --no-types vs tsc --noEmit, ${size} files`, ours: audit(["--no-types"]), baseline: tsc, iterations: 1, ...rounds }),
      compare({ name: `audit with types vs tsc --noEmit, ${size} files`, ours: audit([]), baseline: tsc, iterations: 1, ...rounds }),
    ];
  } finally {
    rmSync(dirname(tsconfig), { recursive: true, force: true });
  }
}
