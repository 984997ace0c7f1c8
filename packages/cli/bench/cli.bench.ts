/**
 * The `gemini-image` command as a user runs it, one process per run, against `node -e 0` in the
 * same rounds: `--help`, `sizes`, `models` and `check` on a small body start no heavier than
 * they must (target ≤ 3x), and `migrate` of one file takes at most a second (its ratio shows
 * what parsing TypeScript costs beyond Node's own start). Then the install size of the CLI for
 * `check` alone: the packed tarballs installed with npm's `--omit=optional`, without the
 * codemod and the audit and what they bring (TypeScript, ESLint, jscodeshift, ts-morph); with
 * `--corpus` also the full install, for comparison (a minute more: about 200 packages).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, type BenchOptions, type RatioResult } from "../../../test/bench.js";
import { installSize } from "./install-size.js";

const CLI = fileURLToPath(new URL("../bin/gemini-image.js", import.meta.url));
const MIGRATE_FIXTURE = fileURLToPath(new URL("../../codemod/__testfixtures__/rest-literal.input.ts", import.meta.url));
const MIGRATE_JS_FIXTURE = fileURLToPath(new URL("../../codemod/__testfixtures__/seed-server.input.js", import.meta.url));
const SMALL_BODY = { contents: [{ parts: [{ text: "a lighthouse at dusk" }] }], generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" } } };

/** Runs `args` with Node, as a shell runs the bin; an exit above 1 (usage or I/O error) fails the bench. */
function node(args: readonly string[], cwd?: string, env?: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, args, { encoding: "utf8", cwd, env });
  if (result.status === null || result.status > 1) throw new Error(`node ${args.join(" ")} failed (${String(result.status)}): ${result.stderr}`);
  return result.stdout.length;
}

export default async function cliBench({ corpus }: BenchOptions): Promise<RatioResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "gemini-image-cli-bench-"));
  try {
    const body = join(dir, "body.json");
    writeFileSync(body, JSON.stringify(SMALL_BODY));
    const bare = () => node(["-e", "0"]);
    const cli = (...args: string[]) => () => node([CLI, ...args], dir);
    const startup = (name: string, args: string[]) => compare({ name: `gemini-image ${name} vs node -e 0`, ours: cli(...args), baseline: bare, iterations: 1, rounds: 11, warmup: 1 });
    const results = [
      startup("--help", ["--help"]),
      startup("sizes 1792x1024", ["sizes", "1792x1024", "--model", "gemini-3-pro-image"]),
      startup("models", ["models"]),
      startup("check on a small body", ["check", body, "--model", "gemini-3-pro-image"]),
    ];
    // One .js and one .ts file: JS is parsed as ESLint parses it (espree), TS needs TypeScript,
    // whose compiled code the CLI keeps on disk (Node 22's compile cache, or on Node 20 the
    // locator's own cache of typescript.js), here in a folder of this run. Its first run starts
    // with an empty cache and is shown on its own; the rounds measure the runs after it.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(dir, "compile-cache") };
    for (const [kind, fixture] of [
      ["JS", MIGRATE_JS_FIXTURE],
      ["TS", MIGRATE_FIXTURE],
    ] as const) {
      const source = join(dir, kind === "JS" ? "request.js" : "request.ts");
      // A fresh copy each run, so every run migrates the same OpenAI-style file.
      const migrateOnce = () => {
        copyFileSync(fixture, source);
        return node([CLI, "migrate", source], dir, env);
      };
      const coldStart = performance.now();
      migrateOnce();
      const coldMs = performance.now() - coldStart;
      const migrate = compare({
        name: `gemini-image migrate of one ${kind} file vs node -e 0`,
        ours: migrateOnce,
        baseline: bare,
        iterations: 1,
        rounds: 5,
        warmup: 1,
      });
      results.push(migrate);
      console.log(
        `  migrate of one ${kind} file: ${migrate.oursMs.toFixed(0)} ms (target ≤ 1000 ms; node -e 0 took ${migrate.baselineMs.toFixed(0)} ms in the same rounds; ` +
          `the first run, with an empty compile cache, took ${coldMs.toFixed(0)} ms)`,
      );
    }
    const size = await installSize({ full: corpus });
    console.log(`  install size for check alone (npm install --omit=optional of the packed tarballs): ${size.checkOnly}`);
    if (size.full) console.log(`  install size with every command (npm install of the same tarballs): ${size.full}`);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
