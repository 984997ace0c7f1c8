/**
 * ESLint with the plugin's `recommended` rules against the same ESLint and parsers with no
 * rules, on a stride sample of the real-code corpus (target ≤ 1.03), and each rule's share of
 * the time from ESLint's own per-rule stats. The full-corpus run, which also lists every finding
 * and crash, is `pnpm --filter eslint-plugin-gemini-image bench`.
 */
import { readFileSync } from "node:fs";
import * as tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { compareAsync, type RatioResult } from "../../../test/bench.js";
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

export default async function eslintBench(): Promise<RatioResult[]> {
  const sample = listCorpusFiles({ limit: 600, maxBytes: 2_000_000 }).map((f) => ({
    text: readFileSync(f.path, "utf8"),
    // ESLint ignores node_modules paths; lint under a neutral name with the same extension.
    filePath: `corpus/${f.packageName.replace("/", "__")}/${f.relativePath}`,
  }));
  const cwd = process.cwd();
  const withRules = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, recommended] });
  const withoutRules = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: base });
  const lintAll = async (eslint: ESLint) => {
    for (const file of sample) await eslint.lintText(file.text, { filePath: file.filePath });
  };
  const ratio = await compareAsync({
    name: `ESLint + recommended vs the same ESLint and parsers with no rules (${sample.length}-file corpus sample)`,
    ours: () => lintAll(withRules),
    baseline: () => lintAll(withoutRules),
    iterations: 1,
    rounds: 3,
  });

  // ESLint's stats: time per rule over the sample, as a share of the whole lint time.
  const stats = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, recommended], stats: true });
  const perRule = new Map<string, number>();
  let total = 0;
  for (const file of sample) {
    const [result] = await stats.lintText(file.text, { filePath: file.filePath });
    for (const pass of result?.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) perRule.set(rule, (perRule.get(rule) ?? 0) + time.total);
    }
  }
  const rows = [...perRule].sort((a, b) => b[1] - a[1]);
  console.log(`  per-rule time over the sample (ESLint stats), share of all lint time:`);
  for (const [rule, ms] of rows) console.log(`    ${rule.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(2)}%`);
  return [ratio];
}
