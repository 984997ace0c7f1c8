/**
 * `pnpm bench`: runs every `packages/<name>/bench/*.bench.ts` and prints its ratio lines
 * (`name: 0.97x (ours vs baseline)`), then a summary. Each bench file default-exports an async
 * function that takes {@link BenchOptions} and answers RatioResult[] from `test/bench.ts`.
 *
 * By default every bench runs on samples sized so that the whole run takes a few minutes on a
 * 2-core machine; `pnpm bench --corpus` runs the corpus-sized comparisons (thousands of real
 * files, the 520-file audit project, a full npm install), which take much longer.
 * `pnpm bench <text>` runs only the bench files whose path contains the text.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatRatio, type BenchOptions, type RatioResult } from "../test/bench.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Bench files of every package, sorted by path. */
function benchFiles(): string[] {
  const packagesDir = join(ROOT, "packages");
  const files: string[] = [];
  for (const name of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, name, "bench");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) if (file.endsWith(".bench.ts")) files.push(join(dir, file));
  }
  return files;
}

async function runFile(file: string, options: BenchOptions): Promise<RatioResult[]> {
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  if (typeof module.default !== "function") {
    throw new Error(`${relative(ROOT, file)} must default-export an async function that returns ratio results.`);
  }
  const results = (await (module.default as (options: BenchOptions) => Promise<unknown>)(options)) as RatioResult[];
  if (!Array.isArray(results)) throw new Error(`${relative(ROOT, file)}'s default export must answer an array of ratio results.`);
  return results;
}

async function main(): Promise<number> {
  const started = process.hrtime.bigint();
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg.startsWith("-") && arg !== "--corpus");
  if (unknown.length > 0) {
    console.error(`pnpm bench: unknown option ${unknown.join(", ")}. Usage: pnpm bench [--corpus] [path text...]`);
    return 2;
  }
  const options: BenchOptions = { corpus: args.includes("--corpus") };
  const only = args.filter((arg) => !arg.startsWith("-"));
  const files = benchFiles().filter((file) => only.length === 0 || only.some((text) => relative(ROOT, file).includes(text)));
  if (files.length === 0) {
    console.error(only.length > 0 ? `No bench file's path contains ${only.join(" or ")}.` : "No benchmarks found: add packages/<name>/bench/<topic>.bench.ts.");
    return 2;
  }
  const all: RatioResult[] = [];
  let failed = 0;
  for (const file of files) {
    console.log(relative(ROOT, file));
    try {
      for (const result of await runFile(file, options)) {
        console.log(`  ${formatRatio(result)}`);
        all.push(result);
      }
    } catch (error) {
      failed++;
      console.error(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const faster = all.filter((result) => result.ratio < 1).length;
  // The geometric mean is the average that treats 2x and 0.5x as equally far from 1x.
  const geomean = all.length === 0 ? Number.NaN : Math.exp(all.reduce((sum, r) => sum + Math.log(r.ratio), 0) / all.length);
  console.log(
    `\n${all.length} ratios from ${files.length} bench files in ${seconds.toFixed(1)} s${options.corpus ? " (--corpus)" : ""}: ` +
      `ours faster in ${faster}, slower in ${all.length - faster}; geometric mean ${geomean.toFixed(2)}x` +
      (failed > 0 ? `; ${failed} bench files failed` : ""),
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
