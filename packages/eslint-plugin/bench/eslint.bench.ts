/**
 * ESLint with the plugin's `recommended` rules against the same ESLint and parsers with no
 * rules, on a stride sample of the real-code corpus (the target: at most 1.03). Beside
 * it, what that ratio is made of: ESLint's own `no-debugger` alone against no rules and as many
 * rules that do nothing as `recommended` has against no rules (what ESLint charges per file once
 * any rule is on, whoever wrote the rule), `recommended` against those do-nothing rules (the
 * plugin's own cost), and an A/A control (two identical rule-less ESLint instances) that shows
 * how precisely this machine can measure. Then each rule's share of the time from ESLint's own
 * per-rule stats. The full-corpus run that lists every finding and crash is
 * `pnpm --filter eslint-plugin-gemini-image bench`.
 *
 * GEMINI_IMAGE_BENCH_FILES sets the sample size (default 100 of the ~24,000 files, 1500 with
 * `pnpm bench --corpus`; `all` for the whole corpus), GEMINI_IMAGE_BENCH_PAIRS the pairs per file
 * (default 4). The whole corpus takes about 20 minutes per comparison at 4 pairs on a 2-core
 * machine, 12 at 2.
 */
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { compareEachInWorkers, type BenchOptions, type RatioResult } from "../../../test/bench.js";
import { listCorpusFiles, type CorpusFile } from "../../../test/corpus.js";
import { sideConfig, type BenchFile, type EslintSide } from "./eslint-side.js";

const SIDE_MODULE = new URL("./eslint-side.ts", import.meta.url);

/** The text of a corpus file and the neutral path it is linted under (ESLint ignores node_modules paths). */
function benchFile(file: CorpusFile): BenchFile {
  return { text: readFileSync(file.path, "utf8"), filePath: `corpus/${file.packageName.replace("/", "__")}/${file.relativePath}` };
}

export default async function eslintBench({ corpus }: BenchOptions): Promise<RatioResult[]> {
  const size = process.env.GEMINI_IMAGE_BENCH_FILES ?? (corpus ? "1500" : "100");
  const limit = size === "all" ? undefined : Number(size);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new Error(`GEMINI_IMAGE_BENCH_FILES must be a whole number of files or "all", not ${JSON.stringify(size)}.`);
  }
  // Files are read one at a time, as ESLint's CLI reads them; holding the whole corpus's text
  // would make every garbage collection in the run larger than it is in real use.
  const pairs = Number(process.env.GEMINI_IMAGE_BENCH_PAIRS ?? "4");
  if (!(Number.isInteger(pairs) && pairs > 0)) {
    throw new Error(`GEMINI_IMAGE_BENCH_PAIRS must be a whole number of pairs per file, not ${JSON.stringify(process.env.GEMINI_IMAGE_BENCH_PAIRS)}.`);
  }
  const sample = listCorpusFiles({ limit, maxBytes: 2_000_000 });
  const files = `${sample.length}-file corpus sample, paired per file`;
  const side = (name: EslintSide) => ({ module: SIDE_MODULE, setup: name });
  const compare = (name: string, ours: EslintSide, baseline: EslintSide) =>
    compareEachInWorkers({ name, items: sample, input: benchFile, ours: side(ours), baseline: side(baseline), pairs });

  // Timing whole passes over the corpus swings by ±5% here: a few bundles hold a quarter of
  // the time, and one slow stretch of the shared machine lands on one side. Pairs per file don't.
  const ratio = await compare(`ESLint + recommended vs the same ESLint and parsers with no rules (${files})`, "recommended", "none");
  const core = await compare(`ESLint's floor: its own no-debugger alone vs no rules (${files})`, "core-rule", "none");
  const floor = await compare(`ESLint's floor: as many rules that do nothing vs no rules (${files})`, "do-nothing", "none");
  const own = await compare(`the plugin's own cost: recommended vs as many rules that do nothing (${files})`, "recommended", "do-nothing");
  const control = await compare(`A/A control: a second rule-less ESLint vs the first (the measurement's own error; ideally 1)`, "none", "none");

  // ESLint's stats: time per rule over the sample, as a share of the whole lint time.
  const stats = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: sideConfig("recommended"), stats: true });
  const perRule = new Map<string, number>();
  let total = 0;
  for (const corpusFile of sample) {
    const file = benchFile(corpusFile);
    const [result] = await stats.lintText(file.text, { filePath: file.filePath });
    for (const pass of result?.stats?.times.passes ?? []) {
      // A file ESLint cannot parse has a pass without timings; it counts as no time.
      total += Number.isFinite(pass.total) ? pass.total : 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) perRule.set(rule, (perRule.get(rule) ?? 0) + time.total);
    }
  }
  const rows = [...perRule].sort((a, b) => b[1] - a[1]);
  console.log(`  per-rule time over the sample (ESLint stats, which add their own timer per call), share of all lint time:`);
  for (const [rule, ms] of rows) console.log(`    ${rule.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(2)}%`);
  return [ratio, core, floor, own, control];
}
