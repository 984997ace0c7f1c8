import { createRequire } from "node:module";
import type { TSESLint } from "@typescript-eslint/utils";
import { configRules, type ConfigName, type NamedConfig } from "./configs.js";
import { preset } from "./presets.js";
import { rules } from "./rules/index.js";

const require = createRequire(import.meta.url);
const { name, version } = require("../package.json") as { name: string; version: string };

/** The prefix users write before rule names: `gemini-image/no-openai-size`. */
const PREFIX = "gemini-image";

/**
 * eslint-plugin-gemini-image: finds Gemini image-generation requests (REST bodies,
 * `@google/genai`, `@google/generative-ai`, the Vercel AI SDK) and reports every field Gemini
 * rejects or ignores, with the protocol package's words and fixes.
 */
const plugin = {
  meta: { name, version },
  rules,
  /** Each preset is an array of flat config objects: the parsers, then the rules (see presets.ts). */
  configs: {} as Record<ConfigName, NamedConfig[]>,
};

for (const config of ["recommended", "strict", "all"] as const) {
  const plugins = { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin };
  plugin.configs[config] = preset(`${PREFIX}/${config}`, plugins, configRules(config, rules, PREFIX));
}

// The plugin is the only export: tools that require() it (eslint-doc-generator) read the default.
export default plugin;
