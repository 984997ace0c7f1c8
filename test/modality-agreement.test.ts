/**
 * `check` (the validator) and the ESLint rule give the same verdict on `responseModalities` for
 * the same body and model: both ask the protocol (`classifyBody`/`classifyRequest` for "is this
 * an image request", `modalityProblems` for what is wrong).
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "eslint-plugin-gemini-image";
import { validate } from "@gemini-image/schema";

const MODALITY_IDS = new Set(["missing-response-modalities", "response-modality-case"]);
const MESSAGE_TO_ID: Record<string, string> = { missingModalities: "missing-response-modalities", modalityCase: "response-modality-case" };

const prompt = { contents: [{ parts: [{ text: "a red bicycle" }] }] };
const CASES: { name: string; model: string | undefined; body: Record<string, unknown> }[] = [
  { name: "Google's first sample: an image model, no config", model: "gemini-2.5-flash-image", body: prompt },
  { name: "an image model with temperature only", model: "gemini-3-pro-image", body: { ...prompt, generationConfig: { temperature: 1 } } },
  { name: "an imageConfig without modalities", model: "gemini-3-pro-image", body: { ...prompt, generationConfig: { imageConfig: { aspectRatio: "1:1" } } } },
  { name: "an imageConfig without a model", model: undefined, body: { ...prompt, generationConfig: { imageConfig: { aspectRatio: "1:1" } } } },
  { name: "TEXT only on an image model", model: "gemini-3-pro-image", body: { ...prompt, generationConfig: { responseModalities: ["TEXT"] } } },
  { name: "TEXT only on a text model", model: "gemini-2.5-flash", body: { ...prompt, generationConfig: { responseModalities: ["TEXT"] } } },
  { name: "TEXT only, no model", model: undefined, body: { ...prompt, generationConfig: { responseModalities: ["TEXT"] } } },
  { name: "JSON output, no model", model: undefined, body: { ...prompt, generationConfig: { responseMimeType: "application/json" } } },
  { name: "lowercase image and text", model: "gemini-3-pro-image", body: { ...prompt, generationConfig: { responseModalities: ["image", "text"] } } },
  { name: "IMAGE on an unknown image model", model: "gemini-2.0-flash-preview-image-generation", body: { ...prompt, generationConfig: { responseModalities: ["TEXT", "IMAGE"] } } },
  { name: "TEXT only with an imageConfig, no model", model: undefined, body: { ...prompt, generationConfig: { responseModalities: ["TEXT"], imageConfig: {} } } },
];

/** The modality finding ids the ESLint rule reports on a REST call sending `body` to `model`. */
function eslintIds(model: string | undefined, body: Record<string, unknown>): string[] {
  const url = model ? `"https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent"` : `url + ":generateContent"`;
  const code = `export const send = (url) => fetch(${url}, { method: "POST", body: JSON.stringify(${JSON.stringify(body)}) });`;
  const linter = new Linter({ configType: "flat" });
  const config = { plugins: { "gemini-image": plugin }, rules: { "gemini-image/require-image-modality": "warn" } } as unknown as Linter.Config;
  const messages = linter.verify(code, config, "send.js");
  return messages.map((m) => MESSAGE_TO_ID[m.messageId ?? ""] ?? m.message).sort();
}

describe("check and ESLint agree on responseModalities", () => {
  it.each(CASES)("$name", ({ model, body }) => {
    const checkIds = validate(body, model === undefined ? {} : { model }).findings.map((f) => f.code).filter((id) => MODALITY_IDS.has(id)).sort();
    expect(eslintIds(model, body)).toEqual(checkIds);
  });

  it("reports where the protocol says, so the table above is not vacuous", () => {
    const reported = CASES.filter(({ model, body }) => eslintIds(model, body).length > 0).map((c) => c.name);
    expect(reported).toEqual([
      "an imageConfig without modalities",
      "an imageConfig without a model",
      "TEXT only on an image model",
      "lowercase image and text",
      "TEXT only with an imageConfig, no model",
    ]);
  });
});
