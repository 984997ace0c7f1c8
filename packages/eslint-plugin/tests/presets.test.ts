/**
 * How the presets' parser entries merge with the user's own config objects, under ESLint's real
 * flat config merging (the Linter, no files on disk).
 */
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { PARSER_CONFIG_NAME, PRESET_FILES } from "../src/presets.js";

type Config = Linter.Config;
const presets = plugin.configs as unknown as Record<"recommended" | "strict" | "all", Config[]>;

const BODY = `fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify({ contents: [], size: "1024x1024" }) });\n`;
const SOURCES: Record<string, string> = {
  "src/app.js": BODY,
  "src/app.cjs": `const send = () => ${BODY}module.exports = send;\n`,
  "src/view.jsx": `export const View = () => <b onClick={() => ${BODY.trimEnd().slice(0, -1)}}>go</b>;\n`,
  "src/app.ts": `const size: string = "1"; ${BODY}`,
  "src/app.mts": `export const n: number = 1; ${BODY}`,
  "src/app.cts": `const n: number = 1; ${BODY}export = n;\n`,
  "src/view.tsx": `export const View = (p: { id: string }) => <b id={p.id} onClick={() => ${BODY.trimEnd().slice(0, -1)}}>go</b>;\n`,
};

/** A parser that records which files it parsed and hands them to typescript-eslint. */
function recordingParser(name: string, parsed: string[]): Linter.Parser {
  return {
    meta: { name },
    parseForESLint(text: string, options?: { filePath?: string }) {
      parsed.push(options?.filePath?.split(/[\\/]/u).pop() ?? "?");
      return tsParser.parseForESLint(text, options as never);
    },
  } as unknown as Linter.Parser;
}

function lintAll(config: Config[]): Record<string, string[]> {
  const linter = new Linter({ configType: "flat" });
  return Object.fromEntries(
    Object.entries(SOURCES).map(([file, text]) => [
      file.slice(4),
      linter.verify(text, config, { filename: file }).map((m) => (m.fatal ? `fatal: ${m.message}` : (m.ruleId ?? m.message))),
    ]),
  );
}

const oneFindingEach = Object.fromEntries(Object.keys(SOURCES).map((file) => [file.slice(4), ["gemini-image/no-openai-size"]]));

describe("the presets", () => {
  it("are arrays ending in the named rules entry, which carries the files", () => {
    for (const [key, config] of Object.entries(presets)) {
      expect(config.map((c) => c.name)).toEqual([PARSER_CONFIG_NAME, "gemini-image/jsx", `gemini-image/${key}`]);
      const rules = config.at(-1);
      expect(rules?.files).toEqual(PRESET_FILES);
      expect(rules?.plugins?.["gemini-image"]).toBe(plugin);
    }
  });

  it("parse and lint every JS and TS flavour on their own", () => {
    for (const config of Object.values(presets)) expect(lintAll(config)).toEqual(oneFindingEach);
  });

  it("work unspread inside ESLint's defineConfig, which flattens arrays (as the README says)", () => {
    expect(lintAll(defineConfig([presets.recommended, { settings: {} }]) as Config[])).toEqual(oneFindingEach);
  });

  it("keep a parser the user sets after them, for the files the user names", () => {
    const parsed: string[] = [];
    const mine = { files: ["**/*.ts", "**/*.tsx", "**/*.jsx"], languageOptions: { parser: recordingParser("mine", parsed) } };
    expect(lintAll([...presets.recommended, mine])).toEqual(oneFindingEach);
    expect(parsed.sort()).toEqual(["app.ts", "view.jsx", "view.tsx"]);
  });

  it("keep the user's parserOptions next to their own JSX flag, whichever comes first", () => {
    const before = { languageOptions: { sourceType: "script" as const, parserOptions: { ecmaFeatures: { globalReturn: true } } } };
    const text = `return fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify({ contents: [], size: "1K" }) }) && <i/>;\n`;
    const linter = new Linter({ configType: "flat" });
    for (const config of [[before, ...presets.recommended], [...presets.recommended, before]]) {
      const messages = linter.verify(text, config, { filename: "src/view.jsx" });
      expect(messages.map((m) => m.ruleId ?? m.message)).toEqual(["gemini-image/no-openai-size"]);
    }
  });

  it("replace a parser set before them for TypeScript files only (documented), unless their parser entry is left out", () => {
    const parsed: string[] = [];
    const mine = { languageOptions: { parser: recordingParser("mine", parsed) } };
    expect(lintAll([mine, ...presets.recommended])).toEqual(oneFindingEach);
    expect(parsed.sort()).toEqual(["app.cjs", "app.js", "view.jsx"]);

    parsed.length = 0;
    const withoutParser = presets.recommended.filter((c) => c.name !== PARSER_CONFIG_NAME);
    expect(lintAll([mine, ...withoutParser])).toEqual(oneFindingEach);
    expect(parsed.sort()).toEqual(Object.keys(SOURCES).map((file) => file.slice(4)).sort());
  });

  it("without their parser entry and with no parser of the user's, TypeScript does not parse (the entry is what makes it work)", () => {
    const withoutParser = presets.recommended.filter((c) => c.name !== PARSER_CONFIG_NAME);
    const results = lintAll(withoutParser);
    expect(results["app.ts"]?.[0]).toMatch(/^fatal: Parsing error/u);
    expect(results["app.js"]).toEqual(["gemini-image/no-openai-size"]);
  });
});
