import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deprecatedInteractionFieldFindings,
  generateContentShapeFindings,
  interactionsCamelCaseFindings,
  locateRequests,
  locatorContext,
} from "@gemini-image/locator";
import { parseSourceCode } from "@gemini-image/locator/node";
import { migrateSource } from "../src/migrate-source.js";
import { TRANSFORMS } from "../src/transforms/index.js";

const SEED = Number(process.env.GEMINI_IMAGE_FC_SEED ?? 20261130);
const RUNS = Number(process.env.GEMINI_IMAGE_FC_RUNS ?? 40);

/** The findings of the three Interactions rules that still have a fix, in `text`. */
function fixableLeft(text: string, path: string): string[] {
  const sourceCode = parseSourceCode(text, path);
  const ctx = locatorContext({ sourceCode, settings: {} });
  return locateRequests({ sourceCode, settings: {} }).flatMap((request) => [
    ...interactionsCamelCaseFindings(sourceCode, request).filter((f) => f.fix).map((f) => `camel ${f.entry.key}`),
    ...deprecatedInteractionFieldFindings(ctx, request).filter((f) => f.fix).map((f) => `deprecated ${f.path}`),
    ...generateContentShapeFindings(sourceCode, request).filter((f) => f.fix).map((f) => `input ${f.field}`),
  ]);
}

const order = (name: string): number => TRANSFORMS.findIndex((t) => t.name === name);

describe("the Interactions transforms", () => {
  it("run after input entries are rewritten and cased, and move image_config before size writes response_format", () => {
    for (const name of ["generate-content-input", "interactions-camel-case", "deprecated-interaction-fields"]) expect(order(name), name).toBeGreaterThan(-1);
    expect(order("generate-content-input")).toBeLessThan(order("interactions-camel-case"));
    expect(order("interactions-camel-case")).toBeLessThan(order("deprecated-interaction-fields"));
    expect(order("deprecated-interaction-fields")).toBeLessThan(order("size"));
  });

  it("keep an interaction on the Interactions API: camelCase becomes snake_case, never generationConfig", () => {
    const input = `ai.interactions.create({ model: "gemini-3-pro-image", input: p, generation_config: { imageConfig: { aspectRatio: "16:9" } } });`;
    expect(migrateSource(input, "a.ts").output).toBe(`ai.interactions.create({ model: "gemini-3-pro-image", input: p, response_format: { type: "image", aspect_ratio: "16:9" } });`);
  });

  it("move image_config beside other settings, keeping them, and leave response_mime_type to a person", () => {
    const input = `ai.interactions.create({ model: "gemini-3-pro-image", input: p, response_mime_type: "image/png", generation_config: { temperature: 1, image_config: { image_size: "2K" } } });`;
    const { output } = migrateSource(input, "a.ts");
    expect(output).toContain("generation_config: { temperature: 1 }");
    expect(output).toContain('response_format: { type: "image", image_size: "2K" }');
    expect(output).toContain('response_mime_type: "image/png"');
  });

  it("leave what has no certain rewrite: contents, a part with more keys, a response_format already there", () => {
    for (const input of [
      `ai.interactions.create({ model: "gemini-3-pro-image", input: [{ role: "user", parts: [{ text: "x" }] }] });`,
      `ai.interactions.create({ model: "gemini-3-pro-image", input: [{ inlineData: { mimeType: "image/png", data: d }, thought: true }] });`,
      `ai.interactions.create({ model: "gemini-3-pro-image", input: p, response_format: { type: "image" }, generation_config: { image_config: { image_size: "2K" } } });`,
    ]) {
      expect(migrateSource(input, "a.ts").changed, input).toBe(false);
    }
  });

  it("never touch a text interaction, OpenRouter's image_config or OpenAI's response_format", () => {
    for (const input of [
      `ai.interactions.create({ model: "gemini-2.5-flash", input: [{ text: "hi" }], responseFormat: { type: "text" } });`,
      `fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "google/gemini-3-pro-image-preview", messages: m, image_config: { aspect_ratio: "16:9" } }) });`,
      `openai.images.generate({ model: "dall-e-3", prompt: p, response_format: "b64_json" });`,
    ]) {
      expect(migrateSource(input, "a.js").output, input).toBe(input);
    }
  });

  it("over generated interactions: the output parses, a second run changes nothing, no rule fix is left, the code around stays", () => {
    const key = (snake: string, camel: string): fc.Arbitrary<string> => fc.constantFrom(snake, camel);
    const textPart = fc.constantFrom(`{ text: "Redraw it." }`, `{ type: "text", text: "Redraw it." }`);
    const imagePart = fc.tuple(key("inline_data", "inlineData"), key("mime_type", "mimeType")).map(([blob, mime]) => `{ ${blob}: { ${mime}: "image/png", data: png } }`);
    const entryPart = key("mime_type", "mimeType").map((mime) => `{ type: "image", data: png, ${mime}: "image/jpeg" }`);
    const input = fc.oneof(fc.constant("prompt"), fc.array(fc.oneof(textPart, imagePart, entryPart), { minLength: 1, maxLength: 3 }).map((parts) => `[${parts.join(", ")}]`));
    const settings = fc.subarray([
      ["aspect_ratio", "aspectRatio", `"16:9"`],
      ["image_size", "imageSize", `"2K"`],
    ] as const).chain((chosen) => fc.tuple(...chosen.map(([snake, camel, value]) => key(snake, camel).map((k) => `${k}: ${value}`))));
    const output = fc.oneof(
      fc.constant(""),
      fc.tuple(key("response_format", "responseFormat"), settings).map(([k, s]) => `, ${k}: { type: "image"${s.map((x) => `, ${x}`).join("")} }`),
      fc.tuple(
        fc.constantFrom("", `response_modalities: ["image"], `, `response_modalities: ["text", "image"], `, `responseModalities: ["IMAGE"], `),
        key("generation_config", "generationConfig"),
        fc.constantFrom("", "temperature: 1, "),
        key("image_config", "imageConfig"),
        settings,
      ).map(([modalities, config, other, imageConfig, s]) => `, ${modalities}${config}: { ${other}${imageConfig}: { ${s.join(", ")} } }`),
    );
    const call = fc.constantFrom(
      (body: string) => [`export const run = (prompt: string, png: string) =>\n  ai.interactions.create(`, body, `);\n`],
      (body: string) => [`export const run = (prompt: string, png: string) =>\n  fetch("https://generativelanguage.googleapis.com/v1beta/interactions", { method: "POST", body: JSON.stringify(`, body, `) });\n`],
    );
    const prefix = `import { GoogleGenAI } from "@google/genai";\n\nconst ai = new GoogleGenAI({}); // the client\n\n`;
    fc.assert(
      fc.property(fc.constantFrom("gemini-3-pro-image", "gemini-3.1-flash-image"), input, output, call, (model, parts, rest, wrap) => {
        const [head, body, tail] = wrap(`{ model: "${model}", input: ${parts}${rest} }`);
        const text = `${prefix}${head}${body}${tail}`;
        const { output: migrated } = migrateSource(text, "run.ts");
        expect(() => parseSourceCode(migrated, "run.ts"), "the output parses").not.toThrow();
        expect(migrateSource(migrated, "run.ts").output, "a second run changes nothing").toBe(migrated);
        expect(fixableLeft(migrated, "run.ts"), "no rule fix is left").toEqual([]);
        expect(migrated.startsWith(prefix + head) && migrated.endsWith(tail!), "the code around the request stays").toBe(true);
        // Nothing is written in generateContent's spelling.
        expect(migrated).not.toMatch(/generationConfig|imageConfig|responseFormat|inlineData/u);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
