import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrateSource } from "../src/migrate-source.js";
import type { TransformOptions } from "../src/options.js";
import { parseSourceCode } from "@gemini-image/locator/node";

const DIR = fileURLToPath(new URL("../__testfixtures__/", import.meta.url));
const inputs = readdirSync(DIR).filter((name) => name.includes(".input."));

function load(name: string): { input: string; output: string; options: TransformOptions } {
  const optionsFile = `${DIR}${name.replace(/\.input\.\w+$/u, ".options.json")}`;
  return {
    input: readFileSync(`${DIR}${name}`, "utf8"),
    output: readFileSync(`${DIR}${name.replace(".input.", ".output.")}`, "utf8"),
    options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as TransformOptions) : {},
  };
}

describe("codemod fixtures", () => {
  it("has an output for every input and covers every extension family", () => {
    for (const name of inputs) expect(existsSync(`${DIR}${name.replace(".input.", ".output.")}`), name).toBe(true);
    const extensions = new Set(inputs.map((n) => n.split(".").at(-1)));
    for (const ext of ["js", "mjs", "cjs", "ts", "tsx"]) expect(extensions, ext).toContain(ext);
  });

  it.each(inputs)("%s: migrates to the expected output", (name) => {
    const { input, output, options } = load(name);
    expect(migrateSource(input, name, options).output).toBe(output);
  });

  it.each(inputs)("%s: a second run changes nothing", (name) => {
    const { output, options } = load(name);
    const again = migrateSource(output, name, options);
    expect(again.output).toBe(output);
    expect(again.changed).toBe(false);
  });

  it.each(inputs)("%s: the output parses", (name) => {
    expect(() => parseSourceCode(load(name).output, name)).not.toThrow();
  });

  it("leaves code it does not own byte for byte: OpenAI, OpenRouter, Imagen and already-migrated files", () => {
    for (const name of ["not-gemini.input.ts", "already-migrated.input.ts"]) {
      const { input, output } = load(name);
      expect(output).toBe(input);
      expect(migrateSource(input, name).changed).toBe(false);
    }
  });

  it("reports each follow-up it leaves as a comment, with its line", () => {
    const { input } = load("rest-literal.input.ts");
    const { followUps, output } = migrateSource(input, "rest-literal.ts");
    expect(followUps.map((f) => f.code)).toEqual(["openai-field", "openai-field", "openai-field"]);
    for (const f of followUps) expect(output.split("\n")[f.line - 1]).toContain(`gemini-image(${f.code}): ${f.message}`);
    expect(followUps[0]!.message).toContain('removed `quality: "hd"`');
  });

  it("never drops what it does not understand: prompt and messages stay, with a follow-up", () => {
    const input = `fetch("https://h/v1beta/models/gemini-3-pro-image:generateContent", { body: JSON.stringify({ contents: [], prompt: p, messages: m }) });`;
    const { output, followUps } = migrateSource(input, "a.js");
    expect(output).toContain("prompt: p");
    expect(output).toContain("messages: m");
    expect(followUps.map((f) => f.code)).toEqual(["openai-field", "openai-field"]);
  });

  it("maps with the --model default only where the code names no model", () => {
    const input = `fetch(u + ":generateContent", { body: JSON.stringify({ contents: [], size: "1024x1024" }) });`;
    expect(migrateSource(input, "a.js").followUps.map((f) => f.code)).toEqual(["openai-size"]);
    expect(migrateSource(input, "a.js", { model: "gemini-2.5-flash-image" }).output).toContain('imageConfig: { aspectRatio: "1:1" }');
  });

  it("removes its own follow-up once a later run resolves it", () => {
    const input = `fetch(u + ":generateContent", { body: JSON.stringify({ contents: [], size: "1024x1024" }) });`;
    const first = migrateSource(input, "a.js");
    expect(first.output).toContain("gemini-image(openai-size)");
    const second = migrateSource(first.output, "a.js", { model: "gemini-3-pro-image" });
    expect(second.output).not.toContain("gemini-image(");
    expect(second.followUps).toEqual([]);
  });

  it("keeps preview ids with keepModelIds", () => {
    const { input } = load("seed-server.input.js");
    expect(migrateSource(input, "s.js", { keepModelIds: true }).output).toContain("models/gemini-3-pro-image-preview:generateContent");
    expect(migrateSource(input, "s.js").output).toContain("models/gemini-3-pro-image:generateContent");
  });

  it("returns files without a Gemini token unparsed and unchanged, even when they do not parse", () => {
    const broken = "this is not JavaScript {";
    expect(migrateSource(broken, "a.js")).toEqual({ output: broken, changed: false, followUps: [] });
  });
});
