/**
 * One side of the ESLint benchmark, built inside its own worker thread: the same ESLint, parsers
 * and file patterns, with the plugin's `recommended` rules, with as many rules that do nothing,
 * with ESLint's own `no-debugger` alone, or with no rules at all.
 */
import * as tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import plugin from "../src/index.js";

/** Which rules a side runs. */
export type EslintSide = "recommended" | "do-nothing" | "core-rule" | "none";

/** A file as the bench hands it to a side: its text and the neutral path it is linted under. */
export interface BenchFile {
  readonly text: string;
  readonly filePath: string;
}

const FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: "off" as const };

/** The parsers and language options every side shares. */
export const baseConfig: Linter.Config[] = [
  { files: ["**/*.{js,mjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module" }, linterOptions },
  { files: ["**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" }, linterOptions },
  { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser as Linter.Parser, sourceType: "module" }, linterOptions },
];

/** The rules entry of the plugin's `recommended` config (its parser entries match `baseConfig`), applied to every file the corpus holds. */
export const recommendedConfig = { ...plugin.configs.recommended.find((entry) => entry.rules), files: FILES } as unknown as Linter.Config;

/**
 * As many rules as `recommended` has, each creating no listeners: ESLint still builds a rule
 * context per rule and file, which is the floor any plugin pays.
 */
export function doNothingRules(count: number): Linter.Config {
  const names = Array.from({ length: count }, (_, i) => `rule-${i}`);
  const rules = Object.fromEntries(names.map((name) => [name, { meta: { type: "problem" }, create: () => ({}) }]));
  return { files: FILES, plugins: { nothing: { rules } } as never, rules: Object.fromEntries(names.map((name) => [`nothing/${name}`, "error"])) };
}

/** The config of a side. */
export function sideConfig(side: EslintSide): Linter.Config[] {
  if (side === "recommended") return [...baseConfig, recommendedConfig];
  if (side === "do-nothing") return [...baseConfig, doNothingRules(Object.keys(recommendedConfig.rules ?? {}).length)];
  // One of ESLint's own rules, listening for a node the corpus hardly has: what turning on any rule costs.
  if (side === "core-rule") return [...baseConfig, { files: FILES, rules: { "no-debugger": "error" } }];
  return [...baseConfig];
}

/** The benchmark worker's entry: an ESLint for the side, and a function that lints one file with it. */
export default function createSide(side: EslintSide): (file: BenchFile) => Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: sideConfig(side) });
  return (file) => eslint.lintText(file.text, { filePath: file.filePath });
}
