/**
 * ESLint with the plugin's `recommended` rules against the same ESLint and parsers with no
 * rules, on a stride sample of the real-code corpus (target ≤ 1.03). Beside it: the same number
 * of rules that do nothing against no rules (what ESLint itself charges per file once any rule
 * is on), `recommended` against those do-nothing rules (the plugin's own cost), and an A/A
 * control (two identical rule-less ESLint instances) that shows how precisely this machine can
 * measure. Then each rule's share of the time from ESLint's own per-rule stats. The full-corpus
 * run, which also lists every finding and crash, is `pnpm --filter eslint-plugin-gemini-image bench`.
 *
 * GEMINI_IMAGE_BENCH_FILES sets the sample size (default 1500 of the ~24,000 files; `all` for the
 * whole corpus, about an hour on a 2-core machine).
 */
import { readFileSync } from "node:fs";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { compareEachAsync, type RatioResult } from "../../../test/bench.js";
import { listCorpusFiles } from "../../../test/corpus.js";
import plugin from "../src/index.js";

const FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: "off" as const };
const base: Linter.Config[] = [
  { files: ["**/*.{js,mjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module" }, linterOptions },
  { files: ["**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" }, linterOptions },
  { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser as Linter.Parser, sourceType: "module" }, linterOptions },
];
const recommended = { ...plugin.configs.recommended, files: FILES } as unknown as Linter.Config;

/**
 * As many rules as `recommended` has, each creating no listeners: ESLint still builds a rule
 * context per rule and file, which is the floor any plugin pays.
 */
function doNothingRules(count: number): Linter.Config {
  const names = Array.from({ length: count }, (_, i) => `rule-${i}`);
  const rules = Object.fromEntries(names.map((name) => [name, { meta: { type: "problem" }, create: () => ({}) }]));
  return { files: FILES, plugins: { nothing: { rules } } as never, rules: Object.fromEntries(names.map((name) => [`nothing/${name}`, "error"])) };
}

interface SampleFile {
  readonly text: string;
  readonly filePath: string;
}

export default async function eslintBench(): Promise<RatioResult[]> {
  const size = process.env.GEMINI_IMAGE_BENCH_FILES ?? "1500";
  const limit = size === "all" ? undefined : Number(size);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new Error(`GEMINI_IMAGE_BENCH_FILES must be a whole number of files or "all", not ${JSON.stringify(size)}.`);
  }
  const sample: SampleFile[] = listCorpusFiles({ limit, maxBytes: 2_000_000 }).map((f) => ({
    text: readFileSync(f.path, "utf8"),
    // ESLint ignores node_modules paths; lint under a neutral name with the same extension.
    filePath: `corpus/${f.packageName.replace("/", "__")}/${f.relativePath}`,
  }));
  const cwd = process.cwd();
  const create = (config: Linter.Config[]) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const lint = (eslint: ESLint) => (file: SampleFile) => eslint.lintText(file.text, { filePath: file.filePath });
  const withoutRules = create(base);
  const withRecommended = create([...base, recommended]);
  const withNothingRules = create([...base, doNothingRules(Object.keys(recommended.rules ?? {}).length)]);
  const files = `${sample.length}-file corpus sample, paired per file`;

  // Timing whole passes over the corpus swings by ±5% here: a few bundles hold a quarter of
  // the time, and one slow stretch of the shared machine lands on one side. Pairs per file don't.
  const ratio = await compareEachAsync({
    name: `ESLint + recommended vs the same ESLint and parsers with no rules (${files})`,
    items: sample,
    ours: lint(withRecommended),
    baseline: lint(withoutRules),
  });
  const floor = await compareEachAsync({
    name: `ESLint's floor: as many rules that do nothing vs no rules (${files})`,
    items: sample,
    ours: lint(withNothingRules),
    baseline: lint(withoutRules),
  });
  const own = await compareEachAsync({
    name: `the plugin's own cost: recommended vs as many rules that do nothing (${files})`,
    items: sample,
    ours: lint(withRecommended),
    baseline: lint(withNothingRules),
  });
  const control = await compareEachAsync({
    name: `A/A control: a second rule-less ESLint vs the first (the measurement's own error; ideally 1)`,
    items: sample,
    ours: lint(create([...base])),
    baseline: lint(withoutRules),
  });

  // ESLint's stats: time per rule over the sample, as a share of the whole lint time.
  const stats = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, recommended], stats: true });
  const perRule = new Map<string, number>();
  let total = 0;
  for (const file of sample) {
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
  return [ratio, floor, own, control];
}
