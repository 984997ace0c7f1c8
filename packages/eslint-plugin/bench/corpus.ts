/**
 * Lints every JS/TS file installed in the workspace's node_modules with the plugin's
 * `recommended` rules: counts rule crashes, lists every finding (each must be a true one), and
 * compares the time against the same ESLint and parsers with no rules.
 *
 *   pnpm build && tsx packages/eslint-plugin/bench/corpus.ts [--limit N] [--every N] [--no-timing] [--grep REGEX]
 *
 * Run with TIMING=all for ESLint's per-rule table.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import plugin from "../src/index.js";
import { locateRequests } from "@gemini-image/locator";

const workspace = fileURLToPath(new URL("../../../", import.meta.url));
const args = process.argv.slice(2);
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Number.POSITIVE_INFINITY;
const timing = !args.includes("--no-timing");
/** Every Nth file only: a sample spread over the whole corpus. */
const every = args.includes("--every") ? Number(args[args.indexOf("--every") + 1]) : 1;
/** Only files whose text matches, to look closely at the Gemini-shaped part of the corpus. */
const grep = args.includes("--grep") ? new RegExp(args[args.indexOf("--grep") + 1]!, "u") : undefined;
/** Minified bundles above this size say nothing about real code and dominate the run time. */
const MAX_BYTES = 2_000_000;
const SOURCE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/u;

function* sourceFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.isFile() && SOURCE.test(entry.name)) yield path;
  }
}

const files = [...new Set([...sourceFiles(join(workspace, "node_modules/.pnpm"))])]
  .filter((file, index) => index % every === 0 && statSync(file).size <= MAX_BYTES)
  .slice(0, limit);

// Inline directives name rules this run does not load; they are not what is measured.
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: "off" as const };
/** The same parsers with and without rules: typescript-eslint for TS, espree for JS. */
const base: Linter.Config[] = [
  { files: ["**/*.{js,mjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module" }, linterOptions },
  { files: ["**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" }, linterOptions },
  { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser, sourceType: "module" }, linterOptions },
];
const FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];

/** A probe rule that counts the requests the locator finds, so a run shows what the rules saw. */
let located = 0;
const probe = {
  rules: {
    count: {
      create: (context: Parameters<typeof locateRequests>[0]) => ({
        "Program:exit"() {
          located += locateRequests(context).length;
        },
      }),
    },
  },
};
// The preset's rules entry alone: its parser entries are the ones `base` sets for both sides.
const recommended = { ...plugin.configs.recommended.find((entry) => entry.rules), files: FILES } as Linter.Config;
const probeConfig = { files: FILES, plugins: { probe } as never, rules: { "probe/count": "error" } } as Linter.Config;

// The ESLint class computes each file's config once, as the CLI does (Linter#verify would
// normalise the whole config on every call and measure that instead).
const cwd = workspace;
const eslintWith = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, recommended, ...(timing ? [] : [probeConfig])] });
const eslintWithout = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: base });

let crashes = 0;
let checked = 0;
let unparsable = 0;
let timeWith = 0;
let timeWithout = 0;
const findings: string[] = [];

/** Lints one file with the plugin's rules, recording findings and crashes; answers the time taken. */
async function lintWithRules(text: string, name: string, virtual: string): Promise<number | undefined> {
  const start = performance.now();
  try {
    const [result] = await eslintWith.lintText(text, { filePath: virtual });
    const elapsed = performance.now() - start;
    const messages = result?.messages ?? [];
    if (messages.some((m) => m.fatal)) unparsable++;
    const config = messages.find((m) => m.message.startsWith("No matching configuration") || m.message.startsWith("File ignored"));
    if (config) throw new Error(config.message);
    for (const m of messages) if (m.ruleId?.startsWith("gemini-image/")) findings.push(`${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    return elapsed;
  } catch (error) {
    crashes++;
    console.error(`CRASH ${name}: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

async function lintWithoutRules(text: string, virtual: string): Promise<number> {
  const start = performance.now();
  await eslintWithout.lintText(text, { filePath: virtual });
  return performance.now() - start;
}

for (const [index, file] of files.entries()) {
  const text = readFileSync(file, "utf8");
  if (grep && !grep.test(text)) continue;
  checked++;
  const name = file.slice(workspace.length);
  // ESLint ignores node_modules paths by default; lint under a neutral name with the same extension.
  const virtual = `${workspace}corpus/file${/\.[^./]+$/u.exec(file)?.[0] ?? ".js"}`;
  // Alternate which run goes first, so warm caches favour neither side.
  if (timing && index % 2 === 1) timeWithout += await lintWithoutRules(text, virtual);
  const elapsed = await lintWithRules(text, name, virtual);
  if (elapsed === undefined) continue;
  timeWith += elapsed;
  if (timing && index % 2 === 0) timeWithout += await lintWithoutRules(text, virtual);
}

console.log(`files: ${checked} (unparsable: ${unparsable}); Gemini requests located: ${located}`);
console.log(`rule crashes: ${crashes}`);
console.log(`findings: ${findings.length}`);
for (const finding of findings) console.log(`  ${finding}`);
if (timing) {
  console.log(`time with recommended: ${(timeWith / 1000).toFixed(1)} s; without rules: ${(timeWithout / 1000).toFixed(1)} s`);
  console.log(`ratio: ${(timeWith / timeWithout).toFixed(3)}`);
}
