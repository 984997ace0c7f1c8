import * as parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

/**
 * Every rule of the plugin on Interactions requests: none may give generateContent advice
 * (camelCase, `responseModalities`, `generationConfig`) where the Interactions API wants the
 * opposite, and the findings that keep their meaning name the Interactions fields.
 */
function lintAll(code: string): { rule: string; message: string }[] {
  const linter = new Linter({ configType: "flat" });
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`gemini-image/${name}`, "error" as const]));
  const messages = linter.verify(
    code,
    { files: ["**/*.ts"], languageOptions: { parser, sourceType: "module" }, plugins: { "gemini-image": plugin as never }, rules },
    "file.ts",
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((m) => ({ rule: (m.ruleId ?? "").replace("gemini-image/", ""), message: m.message }));
}

const GENAI = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const REST = "https://generativelanguage.googleapis.com/v1beta/interactions";

describe("rules on correct Interactions requests", () => {
  it.each([
    ["an image request with response_format", `await ai.interactions.create({ model: "gemini-3-pro-image", input: [{ type: "text", text: "a cat" }, { type: "image", data: b64, mime_type: "image/png" }], response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" } });`],
    ["Google's sample: response_modalities alone", `await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_modalities: ["image"] });`],
    ["text and image entries, streaming, store and background", `await ai.interactions.create({ model: "gemini-3.1-flash-image", input: "a cat", response_format: [{ type: "text" }, { type: "image" }], store: false, background: false, stream: true, generation_config: { temperature: 0.5, thinking_level: "low" } });`],
    ["a REST body", `await fetch("${REST}", { method: "POST", headers: { "x-goog-api-key": key }, body: JSON.stringify({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "4K" }, system_instruction: "draw" }) });`],
  ])("%s: no finding", (_name, code) => {
    expect(lintAll(`${GENAI}${code}`)).toEqual([]);
  });
});

describe("generateContent advice stays out of Interactions requests", () => {
  it("asks for no camelCase, no responseModalities and no generationConfig", () => {
    const rules = lintAll(`${GENAI}
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", generation_config: { image_config: { image_size: "2K" } }, response_modalities: ["image"] });
    `).map((m) => m.rule);
    for (const rule of ["no-snake-case-fields", "require-image-modality", "no-misplaced-fields", "no-openai-fields", "prefer-images-before-text"]) {
      expect(rules).not.toContain(rule);
    }
  });
});

describe("findings that keep their meaning name the Interactions fields", () => {
  it("reports image_size and aspect_ratio per model, with their snake_case names", () => {
    const found = lintAll(`${GENAI}
      await ai.interactions.create({ model: "gemini-3.1-flash-lite-image", input: "x", response_format: { type: "image", aspect_ratio: "16x9", image_size: "2K" } });
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", generation_config: { image_config: { image_size: "2k" } } });
    `).filter((m) => m.rule.startsWith("valid-"));
    expect(found.map((m) => m.rule)).toEqual(["valid-aspect-ratio", "valid-image-size", "valid-image-size"]);
    expect(found[0]!.message).toContain('`aspect_ratio: "16x9"`');
    expect(found[1]!.message).toContain("`image_size: \"2K\"` is not accepted by gemini-3.1-flash-lite-image");
    expect(found[2]!.message).toContain('Write "2K"');
  });

  it("maps OpenAI's size into response_format and words OpenAI fields for Interactions", () => {
    const found = lintAll(`${GENAI}
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", size: "1792x1024", n: 2, quality: "hd" });
    `);
    expect(found.map((m) => m.rule)).toEqual(["no-openai-size", "no-multiple-images", "no-openai-fields"]);
    expect(found[0]!.message).toContain('set `response_format` to `{ type: "image", aspect_ratio: "16:9", image_size: "2K" }`');
    expect(found[2]!.message).toContain("response_format image_size");
  });

  it("reports a data: URL in an image entry's data, and the key in an Interactions URL", () => {
    const found = lintAll(`
      await fetch("${REST}?key=" + KEY, { method: "POST", body: JSON.stringify({ model: "gemini-3-pro-image", input: [{ type: "image", data: "data:image/png;base64,AAAA", mime_type: "image/png" }] }) });
    `);
    expect(found.map((m) => m.rule)).toEqual(["no-api-key-in-url", "no-data-url-inline-data"]);
    expect(found[1]!.message).toContain("put the MIME type in `mime_type`");
  });

  it("counts an interaction's image entries against the model's input limit", () => {
    const images = Array.from({ length: 15 }, () => `{ type: "image", uri: u }`).join(", ");
    const found = lintAll(`${GENAI} await ai.interactions.create({ model: "gemini-3-pro-image", input: [${images}, { type: "text", text: "merge" }] });`);
    expect(found.map((m) => m.rule)).toEqual(["no-excess-input-images"]);
  });
});

describe("rules stay silent on interactions that are not Gemini's", () => {
  it("leaves an MCP-style image entry and another SDK's interactions alone", () => {
    expect(
      lintAll(`
        await bot.interactions.create({ model: "gpt-image-1", input: [{ type: "image", data: "data:image/png;base64,AAAA" }], size: "1024x1024", quality: "hd" });
        const content = { type: "image", data: "data:image/png;base64,AAAA", mimeType: "image/png" };
      `),
    ).toEqual([]);
  });
});
