import { describe, expect, it } from "vitest";
import { locate } from "./locate.js";

// Patterns reduced from public code that calls Gemini for images and for text.
const GENAI = `import { GoogleGenAI, Modality, Type } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const LEGACY = `import { GoogleGenerativeAI } from "@google/generative-ai";\nconst genAI = new GoogleGenerativeAI(key);\n`;
const SETTINGS = { "gemini-image": { defaultModel: "gemini-3.1-flash-image" } };

/** The one request in `code`, summarised. */
function only(code: string, settings: Record<string, unknown> = {}) {
  const requests = locate(code, settings);
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

describe("classification: evidence for an image", () => {
  it("an image model, in a property, a URL, a const", () => {
    expect(only(`${GENAI}await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });`)).toMatchObject({
      verdict: "image",
      evidence: ["image-model"],
    });
    const url = `fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent", { body: JSON.stringify({ contents: [] }) });`;
    expect(only(url)).toMatchObject({ verdict: "image", evidence: ["image-model"] });
    expect(only(`const IMAGE_MODEL = "nano-banana-pro";\n${GENAI}await ai.models.generateContent({ model: IMAGE_MODEL, contents: "x" });`).verdict).toBe("image");
  });

  it("IMAGE among the modalities in every spelling: strings in any case, Modality.IMAGE, a const list", () => {
    for (const modalities of [`["IMAGE"]`, `["image"]`, `["Text", "Image"]`, `[Modality.TEXT, Modality.IMAGE]`, `MODES`]) {
      const code = `${GENAI}const MODES = ["TEXT", "IMAGE"] as const;\nexport const f = (model: string) => ai.models.generateContent({ model, contents: "x", config: { responseModalities: ${modalities} } });`;
      expect(only(code), modalities).toMatchObject({ verdict: "image", evidence: ["image-modality"] });
    }
  });

  it("an imageConfig, in place or misplaced, and OpenAI's size", () => {
    expect(only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { aspectRatio: "1:1" } } }) });`)).toMatchObject({
      verdict: "image",
      evidence: ["image-config"],
    });
    expect(only(`${GENAI}export const f = (model: string) => ai.models.generateContent({ model, contents: "x", generationConfig: { responseModalities: ["IMAGE"] } });`).verdict).toBe("image");
    expect(only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], size: "1024x1024" }) });`)).toMatchObject({
      verdict: "image",
      evidence: ["openai-size"],
    });
  });

  it("an unknown model asking for IMAGE is an image request with an unknown model, never dropped", () => {
    const genai = only(`${GENAI}await ai.models.generateContent({ model: "gemini-2.0-flash-preview-image-generation", contents: "x", config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });`);
    expect(genai).toMatchObject({ verdict: "image", evidence: ["image-named-model", "image-modality"], model: "gemini-2.0-flash-preview-image-generation" });
    // The AI SDK locator keeps Google-provider models whose name says image.
    const aiSdk = only(`import { google } from "@ai-sdk/google";\nimport { generateText } from "ai";\nawait generateText({ model: google("gemini-2.0-flash-exp-image-generation"), prompt: "x", providerOptions: { google: { responseModalities: ["TEXT", "IMAGE"] } } });`);
    expect(aiSdk).toMatchObject({ shape: "ai-sdk", verdict: "image" });
    expect(only(`import { google } from "@ai-sdk/google";\nimport { generateImage } from "ai";\nawait generateImage({ model: google.image("gemini-3-pro-image"), prompt: "x" });`).evidence).toEqual(["image-model", "image-api"]);
  });
});

describe("classification: evidence against", () => {
  it("text models, directly or through a TEXT_MODEL const", () => {
    expect(only(`${GENAI}await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "hi" });`)).toMatchObject({ verdict: "not-image", evidence: ["text-model"] });
    expect(only(`const TEXT_MODEL = "gemini-1.5-flash";\n${LEGACY}const model = genAI.getGenerativeModel({ model: TEXT_MODEL });`).verdict).toBe("not-image");
  });

  it("JSON output and TEXT-only modalities", () => {
    const json = `${GENAI}export const f = (model: string) => ai.models.generateContent({ model, contents: "x", config: { responseMimeType: "application/json", responseSchema: { type: Type.OBJECT } } });`;
    expect(only(json)).toMatchObject({ verdict: "not-image", evidence: ["json-output", "json-output"] });
    for (const modalities of [`["TEXT"]`, `[Modality.TEXT]`]) {
      const code = `${GENAI}export const f = (model: string) => ai.models.generateContent({ model, contents: "x", config: { responseModalities: ${modalities} } });`;
      expect(only(code), modalities).toMatchObject({ verdict: "not-image", evidence: ["text-only-modalities"] });
    }
  });
});

describe("classification: conflicts and unknown", () => {
  it("an image model with TEXT only is an image request with a conflict", () => {
    const code = `${GENAI}await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "x", config: { responseModalities: [Modality.TEXT] } });`;
    expect(only(code)).toMatchObject({ verdict: "image", conflicts: ["text-only-modalities"] });
  });

  it("IMAGE asked of a text model (an env fallback to gemini-2.0-flash-exp) is an image request with a conflict", () => {
    const code = `${GENAI}const MODEL = process.env.GEMINI_MODEL || "gemini-2.0-flash-exp";\nawait ai.models.generateContent({ model: MODEL, contents: "x", config: { responseModalities: [Modality.IMAGE, Modality.TEXT] } });`;
    expect(only(code)).toMatchObject({ verdict: "image", evidence: ["text-model", "image-modality"], conflicts: ["text-model"] });
  });

  it("an imageConfig next to a text model or JSON output is unknown", () => {
    const code = `${GENAI}await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "x", config: { imageConfig: { aspectRatio: "1:1" } } });`;
    expect(only(code)).toMatchObject({ verdict: "unknown", evidence: ["text-model", "image-config"] });
  });

  it("no evidence is unknown; a run-time list says nothing", () => {
    expect(only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [] }) });`)).toMatchObject({ verdict: "unknown", evidence: [] });
    const runtime = `${GENAI}export const f = (model: string, modes: string[]) => ai.models.generateContent({ model, contents: "x", config: { responseModalities: [...modes, "TEXT"] } });`;
    expect(only(runtime)).toMatchObject({ verdict: "unknown", evidence: [] });
  });
});

describe("classification: the model from the settings", () => {
  it("names the model of image requests only and never makes one", () => {
    const text = only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["TEXT"] } }) });`, SETTINGS);
    expect(text).toMatchObject({ verdict: "not-image", model: undefined });
    const unknown = only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [] }) });`, SETTINGS);
    expect(unknown).toMatchObject({ verdict: "unknown", model: undefined });
    const image = only(`export const f = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: {} } }) });`, SETTINGS);
    expect(image).toMatchObject({ verdict: "image", model: "gemini-3.1-flash-image", evidence: ["image-config"] });
  });
});
