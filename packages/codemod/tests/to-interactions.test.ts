import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSourceCode } from "@gemini-image/locator/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migrateSource } from "../src/migrate-source.js";
import { generatedRequest, type Shape } from "./request-literals.js";

const DIR = fileURLToPath(new URL("../__testfixtures__/to-interactions/", import.meta.url));
const inputs = readdirSync(DIR).filter((name) => name.includes(".input."));
const TO = { to: "interactions" } as const;
const read = (name: string) => readFileSync(`${DIR}${name}`, "utf8");
const outputOf = (name: string) => read(name.replace(".input.", ".output."));

describe("migrate --to interactions", () => {
  it.each(inputs)("%s: migrates to the expected output", (name) => {
    expect(migrateSource(read(name), name, TO).output).toBe(outputOf(name));
  });

  it.each(inputs)("%s: a second run changes nothing, with --to and without", (name) => {
    for (const options of [TO, {}]) {
      const again = migrateSource(outputOf(name), name, options);
      expect(again.changed).toBe(false);
    }
  });

  it.each(inputs)("%s: the output parses", (name) => {
    expect(() => parseSourceCode(outputOf(name), name)).not.toThrow();
  });

  it("without --to, every call stays on the API it uses", () => {
    for (const name of inputs) {
      const plain = migrateSource(read(name), name).output;
      const calls = (text: string) => (text.match(/\.interactions\.create\(|\/v1beta\/interactions/gu) ?? []).length;
      expect(calls(plain), name).toBe(calls(read(name)));
      expect(plain, name).not.toContain("gemini-image(to-interactions)");
    }
  });

  it("moves every SDK and REST request it can prove, each whole", () => {
    const sdk = outputOf("genai-sdk.input.ts");
    expect(sdk).not.toMatch(/generateContent|candidates|inlineData|\bconfig:/u);
    expect((sdk.match(/ai\.interactions\.create\(/gu) ?? []).length).toBe(4);
    const rest = outputOf("rest.input.mjs");
    expect((rest.match(/\/v1beta\/interactions[`"]/gu) ?? []).length).toBe(3);
    expect(rest).toContain('model: "gemini-3-pro-image",\n      input: [{ type: "text", text: prompt }]');
    expect(rest).toContain("model: MODEL,");
  });

  it("leaves each unprovable call byte for byte, with one follow-up at its line that names why", () => {
    const input = read("follow-ups.input.ts");
    const { output, followUps } = migrateSource(input, "follow-ups.ts", TO);
    const withoutNotes = output
      .split("\n")
      .filter((line) => !line.includes("gemini-image(to-interactions)"))
      .join("\n");
    expect(withoutNotes).toBe(migrateSource(input, "follow-ups.ts").output);
    expect(followUps.map((f) => f.code)).toEqual(Array(9).fill("to-interactions"));
    const reasons = followUps.map((f) => f.message);
    for (const words of ["roles or several turns", "`history` is a string or parts", "`topK` has no counterpart", "a spread", "returned, passed on", "usageMetadata", "streamed answer", "a chat", "`part.text`"]) {
      expect(reasons.some((r) => r.includes(words)), words).toBe(true);
    }
    for (const f of followUps) expect(output.split("\n")[f.line - 1]).toContain(`gemini-image(to-interactions): ${f.message}`);
  });

  it("moves a request to a configured base with a note to check it, and leaves a gateway's host", () => {
    const { followUps } = migrateSource(read("rest.input.mjs"), "rest.mjs", TO);
    expect(followUps.filter((f) => f.message.startsWith("moved")).map((f) => f.message)).toEqual(
      Array(2).fill("moved to the Interactions API: check that `${base}` serves v1beta/interactions (Google's API does; a gateway may not)."),
    );
    expect(followUps.some((f) => f.message.includes("`https://api.gateway.example`, not Google's API"))).toBe(true);
    expect(outputOf("rest.input.mjs")).toContain('fetch("https://api.gateway.example/v1beta/models/gemini-3-pro-image:generateContent"');
  });

  it("leaves text models, Imagen, OpenAI, OpenRouter and interactions untouched", () => {
    const input = read("untouched.input.ts");
    expect(migrateSource(input, "untouched.ts", TO)).toMatchObject({ output: input, changed: false, followUps: [] });
  });

  it("keeps the file's quotes and semicolons", () => {
    const output = outputOf("single-quotes.input.jsx");
    expect(output).toContain("response_format: { type: 'image', aspect_ratio: '9:16' }");
    expect(output).not.toMatch(/"|;\n/u);
  });
});

describe.each<Shape>(["rest", "genai"])("--to interactions over generated %s requests", (shape) => {
  it("never throws; the output parses, a second run changes nothing, and a call it leaves is the plain migration plus its notes", () => {
    fc.assert(
      fc.property(generatedRequest(shape), (request) => {
        const moved = migrateSource(request.text, request.path, TO).output;
        expect(() => parseSourceCode(moved, request.path)).not.toThrow();
        expect(migrateSource(moved, request.path, TO).output).toBe(moved);
        const notes = moved.split("\n").filter((line) => line.includes("gemini-image(to-interactions)"));
        if (!moved.includes("interactions.create") && !moved.includes("/interactions`")) {
          expect(moved.split("\n").filter((line) => !notes.includes(line)).join("\n")).toBe(migrateSource(request.text, request.path).output);
        }
        for (const { text } of request.comments) expect(moved).toContain(text);
      }),
      { seed: Number(process.env.GEMINI_IMAGE_FC_SEED ?? 20261130), numRuns: Number(process.env.GEMINI_IMAGE_FC_RUNS ?? 25) },
    );
  }, 120_000);
});
