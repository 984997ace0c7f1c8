import { Linter } from "eslint/universal";
import plugin from "eslint-plugin-gemini-image";
import type { Config, Language } from "./state.js";

/** One ESLint message as the Code tab shows it, with its rule's docs page. */
export interface LintFinding {
  readonly ruleId: string | null;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  readonly fix: Linter.LintMessage["fix"];
  readonly suggestions: NonNullable<Linter.LintMessage["suggestions"]>;
  readonly docs: string | undefined;
}

type FlatConfig = Linter.Config;
type Parser = NonNullable<NonNullable<FlatConfig["languageOptions"]>["parser"]>;

const PREFIX = "gemini-image/";
const linter = new Linter({ configType: "flat" });

/**
 * The plugin's preset without its parser entry: in the page, JS and JSX go through ESLint's
 * own parser (espree), and TS/TSX through typescript-eslint's parser loaded on demand (it
 * carries the TypeScript compiler, see ts-parser.ts).
 */
function rulesOf(config: Config): FlatConfig[] {
  return (plugin.configs[config] as FlatConfig[]).filter((entry) => entry.languageOptions?.parser === undefined);
}

let tsParser: Promise<Parser> | undefined;

/** typescript-eslint's parser, fetched from this site the first time TS or TSX is linted. */
export function loadTypeScriptParser(): Promise<Parser> {
  tsParser ??= import("./ts-parser.js").then((module) => module.parser as Parser);
  return tsParser;
}

/** True once the TS parser is loaded, so linting TS can run synchronously. */
let loadedTsParser: Parser | undefined;

/** Lints `code` as a file of `language` with the plugin's `config`; `model` is `settings["gemini-image"].defaultModel`. */
export async function lint(code: string, language: Language, config: Config, model: string): Promise<LintFinding[]> {
  const typescript = language === "ts" || language === "tsx";
  if (typescript) loadedTsParser ??= await loadTypeScriptParser();
  const configs: FlatConfig[] = [
    ...rulesOf(config),
    {
      files: ["**/*"],
      languageOptions: {
        ecmaVersion: "latest",
        sourceType: "module",
        ...(typescript ? { parser: loadedTsParser } : {}),
        parserOptions: { ecmaFeatures: { jsx: language.endsWith("x") } },
      },
      settings: model ? { "gemini-image": { defaultModel: model } } : {},
    },
  ];
  const messages = linter.verify(code, configs, { filename: `example.${language}` });
  return messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity === 2 ? "error" : "warning",
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    fix: m.fix,
    suggestions: m.suggestions ?? [],
    docs: docsOf(m.ruleId),
  }));
}

/** The docs URL a rule declares in `meta.docs.url`. */
function docsOf(ruleId: string | null): string | undefined {
  if (!ruleId?.startsWith(PREFIX)) return undefined;
  const rule = (plugin.rules as Record<string, { meta?: { docs?: { url?: string } } }>)[ruleId.slice(PREFIX.length)];
  return rule?.meta?.docs?.url;
}

/** Applies one fix (a range and its replacement text) to `code`. */
export function applyFix(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}
