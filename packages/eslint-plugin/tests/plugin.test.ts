import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { projectFileUrl } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { ruleDocsPath } from "../src/util/create-rule.js";

const root = new URL("..", import.meta.url);
const ruleFiles = readdirSync(new URL("src/rules/", root))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.slice(0, -3));
const { rules } = plugin;
const ruleEntries = Object.entries(rules);
/** The rule levels a preset sets, from its rules entry. */
const rulesOf = (config: "recommended" | "strict" | "all") => plugin.configs[config].find((entry) => entry.rules)?.rules;
const packageJson = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { name: string; version: string };

describe("plugin", () => {
  it("exports every rule file under its file name", () => {
    expect(Object.keys(rules).sort()).toEqual([...ruleFiles].sort());
    for (const [name, rule] of ruleEntries) expect(rule.name).toBe(name);
  });

  it("names itself after package.json", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it("builds recommended from meta.docs.recommended at the finding's severity", () => {
    const expected = Object.fromEntries(
      ruleEntries
        .filter(([, rule]) => rule.meta.docs?.recommended === "recommended")
        .map(([name, rule]) => [`gemini-image/${name}`, rule.meta.docs?.severity === "warning" ? "warn" : "error"]),
    );
    expect(rulesOf("recommended")).toEqual(expected);
    expect(rulesOf("recommended")?.["gemini-image/require-image-modality"]).toBe("warn");
    expect(rulesOf("recommended")?.["gemini-image/no-openai-size"]).toBe("error");
  });

  it("turns every recommended and strict rule on as an error in strict, and every rule in all", () => {
    const strict = ruleEntries.filter(([, rule]) => rule.meta.docs?.recommended !== false);
    expect(rulesOf("strict")).toEqual(Object.fromEntries(strict.map(([name]) => [`gemini-image/${name}`, "error"])));
    expect(Object.keys(rulesOf("all") ?? {}).sort()).toEqual(ruleEntries.map(([name]) => `gemini-image/${name}`).sort());
    const strictOnly = ruleEntries.filter(([, rule]) => rule.meta.docs?.recommended === "strict").map(([name]) => `gemini-image/${name}`);
    expect(strictOnly.length).toBeGreaterThan(0);
    for (const name of strictOnly) expect(rulesOf("recommended")).not.toHaveProperty(name);
  });

  it("gives every config a name and the plugin itself", () => {
    for (const [key, config] of Object.entries(plugin.configs)) {
      for (const entry of config) expect(entry.name).toMatch(/^gemini-image\//u);
      const rulesEntry = config.find((entry) => entry.rules);
      expect(rulesEntry?.name).toBe(`gemini-image/${key}`);
      expect(rulesEntry?.plugins?.["gemini-image"]).toBe(plugin);
    }
  });
});

describe("files without a Gemini request", () => {
  /** The listeners each rule creates for `text`, from a bare rule context (no ESLint run). */
  const listenersFor = (text: string) =>
    Object.fromEntries(
      ruleEntries.map(([name, rule]) => {
        const context = { id: name, options: [], settings: {}, sourceCode: { text }, report() {} };
        return [name, Object.keys((rule.create as (c: unknown) => object)(context))];
      }),
    );

  it("get no listeners from any rule, so the bulk of a codebase costs the rules nothing but a text scan", () => {
    const none = listenersFor("import { useState } from 'react';\nexport const imageConfig = { size: '1024x1024', n: 4 };\n");
    expect(Object.entries(none).filter(([, keys]) => keys.length > 0)).toEqual([]);
  });

  it("while a file naming generateContent gets the request rules' listeners", () => {
    const some = listenersFor("await ai.models.generateContent({ model, contents, config });\n");
    expect(some["no-openai-size"]).toContain("Program:exit");
    expect(some["valid-model-id"]).toContain("Program:exit");
  });
});

describe("generated docs", () => {
  it("match eslint-doc-generator's output: README rule table and rule doc headers", async () => {
    const packageDir = fileURLToPath(root);
    const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: Record<string, string> };
    const [bin, ...args] = pkg.scripts["docs:check"]!.split(" ");
    // Throws with the diff when the committed docs are stale (reads the built plugin in dist).
    await promisify(execFile)(`${packageDir}node_modules/.bin/${bin!}`, args, { cwd: packageDir });
    // Absolute links: the README is read on npm, where the repository's relative paths lead nowhere.
    expect(readFileSync(new URL("README.md", root), "utf8")).toContain(`[no-openai-size](${projectFileUrl(ruleDocsPath("no-openai-size"))})`);
  });
});

describe.each(ruleEntries)("rule %s", (name, rule) => {
  const docsMeta = rule.meta.docs!;
  it("links its docs page, which exists and follows the template", () => {
    expect(docsMeta.url).toBe(projectFileUrl(ruleDocsPath(name)));
    const docs = new URL(`docs/rules/${name}.md`, root);
    expect(existsSync(docs)).toBe(true);
    const text = readFileSync(docs, "utf8");
    // The header is generated by eslint-doc-generator (checked below); the rest is written by hand.
    expect(text.startsWith(`# gemini-image/${name}\n\n📝 ${docsMeta.description}.\n`)).toBe(true);
    expect(text).toContain("<!-- end auto-generated rule header -->");
    for (const heading of ["## Why", "## Examples", "## Options", "## When Not To Use It"]) expect(text).toContain(heading);
    expect(text).toContain("❌");
    expect(text).toContain("✅");
  });

  it("describes itself in the house style", () => {
    expect(docsMeta.description).toMatch(/^(Enforce|Require|Disallow) /u);
    expect(name).toMatch(/^(no|require|prefer|valid)-/u);
  });
});
