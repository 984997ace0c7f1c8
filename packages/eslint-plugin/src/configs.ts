import type { TSESLint } from "@typescript-eslint/utils";
import type { PluginDocs } from "./util/create-rule.js";

type RuleLevel = "error" | "warn";
type RuleMap = Readonly<Record<string, { readonly meta: { readonly docs?: PluginDocs & { description: string } } }>>;

/** The configs' names and which rules each turns on, at which level, from each rule's `meta.docs`. */
export const CONFIG_LEVELS = {
  /** Rules marked `recommended`, at their finding's severity. */
  recommended: (docs: PluginDocs): RuleLevel | undefined =>
    docs.recommended === "recommended" ? (docs.severity === "warning" ? "warn" : "error") : undefined,
  /** Every `recommended` and `strict` rule, as errors. */
  strict: (docs: PluginDocs): RuleLevel | undefined => (docs.recommended === false ? undefined : "error"),
  /** Every rule, as errors. */
  all: (_docs: PluginDocs): RuleLevel | undefined => "error",
} as const;

export type ConfigName = keyof typeof CONFIG_LEVELS;

/** Builds the rule levels of one config from the rules' metadata. */
export function configRules(name: ConfigName, rules: RuleMap, prefix: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (!docs) continue;
    const level = CONFIG_LEVELS[name](docs);
    if (level) levels[`${prefix}/${ruleName}`] = level;
  }
  return levels;
}

/** A flat config entry with a name. */
export type NamedConfig = TSESLint.FlatConfig.Config & { name: string };
