import * as tsParser from "@typescript-eslint/parser";
import type { TSESLint } from "@typescript-eslint/utils";
import type { NamedConfig } from "./configs.js";

/**
 * The files every preset lints. Flat config only lints `.js`, `.mjs` and `.cjs` unless a config
 * object names other extensions in `files`, so without these a `.ts` file is silently skipped.
 */
export const PRESET_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

/** Files ESLint's default parser (espree) cannot read: they get `@typescript-eslint/parser`. */
export const TYPESCRIPT_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

/** Files that hold JSX; espree reads JSX only when asked, typescript-estree decides by extension. */
export const JSX_FILES = ["**/*.jsx", "**/*.tsx"];

/** The name of the preset entry that sets the parser, so a user can find or drop it. */
export const PARSER_CONFIG_NAME = "gemini-image/typescript-parser";

/**
 * The language options of a preset, apart from its rules. They come first in each preset: flat
 * config merges `languageOptions.parser` by "last one wins", so any object the user lists after
 * the preset keeps its own parser, while `parserOptions` are merged key by key (a later
 * `projectService: true` keeps the JSX flag and vice versa).
 */
const LANGUAGE_CONFIGS: readonly NamedConfig[] = [
  { name: PARSER_CONFIG_NAME, files: TYPESCRIPT_FILES, languageOptions: { parser: tsParser } },
  { name: "gemini-image/jsx", files: JSX_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

/**
 * One preset as flat config: the parser entries, then the rules for every JS and TS file. It is
 * an array; ESLint flattens nested arrays, so `export default [gemini.configs.recommended]`
 * works as written, and so does spreading it.
 */
export function preset(
  name: string,
  plugins: Record<string, TSESLint.FlatConfig.Plugin>,
  rules: TSESLint.FlatConfig.Rules,
): NamedConfig[] {
  return [...LANGUAGE_CONFIGS, { name, files: PRESET_FILES, plugins, rules }];
}
