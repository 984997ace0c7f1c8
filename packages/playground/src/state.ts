/** The tabs of the page. */
export const TABS = ["code", "body", "sizes"] as const;
export type Tab = (typeof TABS)[number];

/** The languages of the Code tab, as the file extension the linter is told. */
export const LANGUAGES = ["js", "jsx", "ts", "tsx"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The plugin's configs. */
export const CONFIGS = ["recommended", "strict", "all"] as const;
export type Config = (typeof CONFIGS)[number];

/** Everything a link reproduces. Empty `model` means the rules' own default. */
export interface State {
  tab: Tab;
  code: string;
  language: Language;
  config: Config;
  model: string;
  body: string;
  size: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * Reads the state from a location hash (`#tab=body&body=…`): URLSearchParams, so a link is
 * plain text; a missing key keeps the default.
 */
export function readState(hash: string, defaults: State): State {
  const params = new URLSearchParams(hash.replace(/^#/u, ""));
  return {
    tab: oneOf(TABS, params.get("tab"), defaults.tab),
    code: params.get("code") ?? defaults.code,
    language: oneOf(LANGUAGES, params.get("lang"), defaults.language),
    config: oneOf(CONFIGS, params.get("config"), defaults.config),
    model: params.get("model") ?? defaults.model,
    body: params.get("body") ?? defaults.body,
    size: params.get("size") ?? defaults.size,
  };
}

/** Writes the state as a hash, leaving out what equals the defaults so links stay short. */
export function writeState(state: State, defaults: State): string {
  const params = new URLSearchParams();
  const keys: [string, keyof State][] = [
    ["tab", "tab"],
    ["lang", "language"],
    ["config", "config"],
    ["model", "model"],
    ["size", "size"],
    ["code", "code"],
    ["body", "body"],
  ];
  for (const [key, field] of keys) if (state[field] !== defaults[field]) params.set(key, state[field]);
  const text = params.toString();
  return text ? `#${text}` : "";
}
