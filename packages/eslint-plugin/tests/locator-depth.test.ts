import { describe, expect, it } from "vitest";
import { locate } from "./locate.js";

// One test per pattern of docs/locator-patterns.md, each reduced from the kind of public code it names.
const BASE = "https://generativelanguage.googleapis.com/v1beta/models";

describe("models held in classes", () => {
  it("reads a private field through this.model, certain because only the class writes it", () => {
    const [request] = locate(`
      import { GoogleGenAI } from "@google/genai";
      export class Illustrator {
        private readonly ai = new GoogleGenAI({ apiKey: process.env.KEY });
        private model = "gemini-3-pro-image";
        async draw(prompt: string) {
          return this.ai.models.generateContent({ model: this.model, contents: prompt, config: { responseModalities: ["IMAGE"] } });
        }
      }
    `);
    expect(request).toMatchObject({ shape: "genai", model: "gemini-3-pro-image" });
    expect(request?.likely).toBeUndefined();
  });

  it("reads a field assigned in the constructor of a plain JS class as the likely model", () => {
    const [request] = locate(`
      export class ImageService {
        constructor(ai) { this.ai = ai; this.model = "gemini-3.1-flash-image"; }
        generate(prompt) { return this.ai.models.generateContent({ model: this.model, contents: prompt }); }
      }
    `);
    // A public field may be set from outside the class: the model is only likely.
    expect(request).toMatchObject({ model: "gemini-3.1-flash-image", likely: true });
  });

  it("reads static readonly constants as Class.NAME and as this.NAME in static methods", () => {
    const requests = locate(`
      export class GeminiService {
        private static readonly IMAGE_MODEL = "gemini-3-pro-image";
        static async byName(ai: Ai, prompt: string) {
          return ai.models.generateContent({ model: GeminiService.IMAGE_MODEL, contents: prompt });
        }
        static async byThis(ai: Ai, prompt: string) {
          return ai.models.generateContent({ model: this.IMAGE_MODEL, contents: prompt });
        }
      }
    `);
    expect(requests.map((r) => [r.model, r.likely])).toEqual([
      ["gemini-3-pro-image", undefined],
      ["gemini-3-pro-image", undefined],
    ]);
  });

  it("reads this.model in a method of an object literal as the likely model", () => {
    const [request] = locate(`
      export const imageService = {
        model: "gemini-3.1-flash-image",
        async generate(ai: Ai, prompt: string) { return ai.models.generateContent({ model: this.model, contents: prompt }); },
      };
    `);
    expect(request).toMatchObject({ model: "gemini-3.1-flash-image", likely: true });
  });

  it("does not take an instance field for a static one of the same name", () => {
    const [request] = locate(`
      export class Gen {
        private model = "gemini-3-pro-image";
        static run(ai: Ai) { return ai.models.generateContent({ model: this.model, contents: "x" }); }
      }
    `);
    expect(request?.model).toBeUndefined();
  });
});

describe("object maps and enums", () => {
  it("lists every model of a map read with a variable key, and one for a static key", () => {
    const requests = locate(`
      const MODELS = { fast: "gemini-2.5-flash-image", pro: "gemini-3-pro-image" } as const;
      export async function run(ai: Ai, tier: keyof typeof MODELS) {
        await ai.models.generateContent({ model: MODELS[tier], contents: "a" });
        await ai.models.generateContent({ model: MODELS.pro, contents: "b" });
      }
    `);
    expect(requests.map((r) => [r.model, r.candidates])).toEqual([
      [undefined, ["gemini-2.5-flash-image", "gemini-3-pro-image"]],
      ["gemini-3-pro-image", undefined],
    ]);
  });

  it("follows a table of model records, a conditional and an enum", () => {
    const requests = locate(`
      const TIERS = { draft: { id: "gemini-3.1-flash-image", label: "Draft" }, final: { id: "gemini-3-pro-image", label: "Final" } };
      enum Model { Pro = "gemini-3-pro-image" }
      export async function run(ai: Ai, tier: "draft" | "final", hq: boolean) {
        await ai.models.generateContent({ model: TIERS[tier].id, contents: "a" });
        await ai.models.generateContent({ model: hq ? "gemini-3-pro-image" : "gemini-3.1-flash-image", contents: "b" });
        await ai.models.generateContent({ model: Model.Pro, contents: "c" });
      }
    `);
    expect(requests.map((r) => r.candidates ?? r.model)).toEqual([
      ["gemini-3.1-flash-image", "gemini-3-pro-image"],
      ["gemini-3-pro-image", "gemini-3.1-flash-image"],
      "gemini-3-pro-image",
    ]);
  });

  it("marks the candidates of a map that code elsewhere may change as likely", () => {
    const [request] = locate(`
      const MODELS: Record<string, string> = { fast: "gemini-3.1-flash-image" };
      registerModels(MODELS);
      export const run = (ai: Ai, tier: string) => ai.models.generateContent({ model: MODELS[tier], contents: "a" });
    `);
    expect(request).toMatchObject({ model: "gemini-3.1-flash-image", likely: true });
  });
});

describe("AI SDK models from maps", () => {
  it("finds an AI SDK call when every model the map may give is a Gemini image model", () => {
    const requests = locate(`
      import { google } from "@ai-sdk/google";
      import { generateText } from "ai";
      const IMAGE_MODELS = { fast: "gemini-3.1-flash-image", best: "gemini-3-pro-image" };
      const MIXED = { chat: "gemini-2.5-flash", image: "gemini-3-pro-image" };
      export async function run(tier: "fast" | "best", kind: "chat" | "image") {
        await generateText({ model: google(IMAGE_MODELS[tier]), prompt: "a cat" });
        await generateText({ model: google(MIXED[kind]), prompt: "hello" });
      }
    `);
    expect(requests.map((r) => [r.shape, r.candidates])).toEqual([["ai-sdk", ["gemini-3.1-flash-image", "gemini-3-pro-image"]]]);
  });
});

describe("defaults and fallbacks", () => {
  it("takes a parameter default as the likely model", () => {
    const requests = locate(`
      export async function generate(ai: Ai, prompt: string, modelName = "gemini-3-pro-image") {
        return ai.models.generateContent({ model: modelName, contents: prompt });
      }
      export async function edit(ai: Ai, { model = "gemini-3.1-flash-image", prompt }: Options) {
        return ai.models.generateContent({ model, contents: prompt });
      }
    `);
    expect(requests.map((r) => [r.model, r.likely])).toEqual([
      ["gemini-3-pro-image", true],
      ["gemini-3.1-flash-image", true],
    ]);
  });

  it("takes a parameter's values from the callers in the file, certain when no other caller can exist", () => {
    const requests = locate(`
      async function generate(ai: Ai, model: string, prompt: string) {
        return ai.models.generateContent({ model, contents: prompt });
      }
      export async function exported(ai: Ai, model = "gemini-3-pro-image") {
        return ai.models.generateContent({ model, contents: "x" });
      }
      export const poster = (ai: Ai) => generate(ai, "gemini-3-pro-image", "a poster");
      export const sketch = (ai: Ai) => generate(ai, "gemini-3.1-flash-image", "a sketch");
      exported(ai, "gemini-3.1-flash-image");
    `);
    expect(requests.map((r) => [r.model, r.likely, r.candidates])).toEqual([
      [undefined, undefined, ["gemini-3-pro-image", "gemini-3.1-flash-image"]],
      // Exported: other files may call it with anything, or leave the default.
      [undefined, undefined, ["gemini-3-pro-image", "gemini-3.1-flash-image"]],
    ]);
  });

  it("follows a retry that calls the helper again with its own model, and one that switches models", () => {
    const requests = locate(`
      async function draw(ai: Ai, model: string, prompt: string, attempt = 0): Promise<unknown> {
        try {
          return await ai.models.generateContent({ model, contents: prompt });
        } catch (error) {
          if (attempt < 2) return draw(ai, model, prompt, attempt + 1);
          return draw(ai, "gemini-2.5-flash-image", prompt, 3);
        }
      }
      export const poster = (ai: Ai) => draw(ai, "gemini-3-pro-image", "a poster");
    `);
    expect(requests.map((r) => r.candidates)).toEqual([["gemini-2.5-flash-image", "gemini-3-pro-image"]]);
  });

  it("takes env and option fallbacks (||, ??) as the likely model, in bodies and in URLs", () => {
    const requests = locate(`
      const IMAGE_MODEL = process.env.GEMINI_IMAGE_MODEL || "gemini-3-pro-image";
      const DEFAULT_MODEL = "gemini-3.1-flash-image";
      export async function run(ai: Ai, options: { model?: string }) {
        await ai.models.generateContent({ model: IMAGE_MODEL, contents: "a" });
        await ai.models.generateContent({ model: options.model ?? DEFAULT_MODEL, contents: "b" });
        await fetch(\`${BASE}/\${IMAGE_MODEL}:generateContent\`, { method: "POST", body: JSON.stringify({ contents: [] }) });
      }
    `);
    expect(requests.map((r) => [r.model, r.likely])).toEqual([
      ["gemini-3-pro-image", true],
      ["gemini-3.1-flash-image", true],
      ["gemini-3-pro-image", true],
    ]);
  });
});

describe("legacy models used later", () => {
  it("follows a model kept in a field, and a let assigned later", () => {
    const requests = locate(`
      import { GoogleGenerativeAI, type GenerativeModel } from "@google/generative-ai";
      export class Painter {
        private model: GenerativeModel;
        constructor(key: string) {
          this.model = new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-3-pro-image" });
        }
        paint(prompt: string) { return this.model.generateContent(prompt); }
      }
      let imageModel;
      export function init(genAI) { imageModel = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" }); }
      export const make = (prompt) => imageModel.generateContent([prompt]);
    `);
    expect(requests.map((r) => [r.api, r.model])).toEqual([
      ["getGenerativeModel", "gemini-3-pro-image"],
      ["generateContent", "gemini-3-pro-image"],
      ["getGenerativeModel", "gemini-2.5-flash-image"],
      ["generateContent", "gemini-2.5-flash-image"],
    ]);
  });

  it("does not take a receiver that may hold something else for a legacy model", () => {
    const requests = locate(`
      let model = genAI.getGenerativeModel({ model: "gemini-3-pro-image" });
      if (mock) model = fakeModel;
      model.generateContent("a cat");
    `);
    expect(requests.map((r) => r.api)).toEqual(["getGenerativeModel"]);
  });
});

describe("bodies built in pieces", () => {
  it("finds each body assigned in branches", () => {
    const requests = locate(`
      export async function send(edit: boolean, prompt: string, image: string) {
        let body;
        if (edit) body = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: image } }, { text: prompt }] }] };
        else body = { contents: [{ parts: [{ text: prompt }] }], size: "1024x1024" };
        body.generationConfig = { responseModalities: ["IMAGE"] };
        return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });
      }
    `);
    expect(requests.map((r) => [r.api, r.model, r.keys])).toEqual([
      ["fetch", "gemini-3-pro-image", ["contents", "generationConfig"]],
      ["fetch", "gemini-3-pro-image", ["contents", "size", "generationConfig"]],
    ]);
  });

  it("leaves out an empty placeholder the branches replace", () => {
    const requests = locate(`
      let payload = {};
      if (a) payload = { contents: [] }; else payload = { contents: [], generationConfig: {} };
      fetch("${BASE}/gemini-3-pro-image:generateContent", { body: JSON.stringify(payload) });
    `);
    expect(requests.map((r) => r.keys)).toEqual([["contents"], ["contents", "generationConfig"]]);
  });

  it("reads keys added through casts", () => {
    const [request] = locate(`
      const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"] } };
      (body as Record<string, unknown>).size = "1024x1024";
      (body.generationConfig as any).imageConfig = { aspectRatio: "16:9" };
      (<any>body.generationConfig).imageConfig.imageSize = "2K";
      fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });
    `);
    expect(request).toMatchObject({
      keys: ["contents", "generationConfig", "size"],
      configKeys: ["responseModalities", "imageConfig"],
      imageConfigKeys: ["aspectRatio", "imageSize"],
      mayHaveUnknownKeys: false,
    });
  });

  it("reads deep assignments made under a condition", () => {
    const [request] = locate(`
      export async function create(prompt: string, opts: { size?: string }) {
        const requestBody: any = { contents: [{ parts: [{ text: prompt }] }], generationConfig: { responseModalities: ["IMAGE"] } };
        if (opts.size) {
          requestBody.generationConfig.imageConfig = {};
          requestBody.generationConfig.imageConfig.image_size = opts.size;
        }
        return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(requestBody) });
      }
    `);
    expect(request).toMatchObject({ configKeys: ["responseModalities", "imageConfig"], imageConfigKeys: ["image_size"] });
  });
});

describe("requests sent through wrappers", () => {
  it("follows a body parameter to the callers of a function in the same file", () => {
    const requests = locate(`
      const ENDPOINT = "${BASE}/gemini-3-pro-image:generateContent";
      async function callGemini(payload: object) {
        const res = await fetch(ENDPOINT, { method: "POST", headers: { "x-goog-api-key": KEY }, body: JSON.stringify(payload) });
        return res.json();
      }
      export const poster = (p: string) => callGemini({ contents: [{ parts: [{ text: p }] }] });
      export const banner = (p: string) => callGemini({ contents: [{ parts: [{ text: p }] }], generationConfig: { responseModalities: ["IMAGE"] } });
    `);
    expect(requests.map((r) => [r.api, r.model, r.keys])).toEqual([
      ["callGemini", "gemini-3-pro-image", ["contents"]],
      ["callGemini", "gemini-3-pro-image", ["contents", "generationConfig"]],
    ]);
  });

  it("adds what the wrapper writes into its parameter, and marks what it hands on as unknown", () => {
    const requests = locate(`
      async function withConfig(payload: any) {
        payload.generationConfig = { responseModalities: ["IMAGE"] };
        return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(payload) });
      }
      async function withHelper(payload: any) {
        addDefaults(payload);
        return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(payload) });
      }
      withConfig({ contents: [] });
      withHelper({ contents: [] });
    `);
    expect(requests.map((r) => [r.api, r.keys, r.mayHaveUnknownKeys])).toEqual([
      ["withConfig", ["contents", "generationConfig"], false],
      ["withHelper", ["contents"], true],
    ]);
  });

  it("follows the model parameter of the wrapper too", () => {
    const requests = locate(`
      const post = async (model: string, body: unknown) =>
        fetch(\`${BASE}/\${model}:generateContent\`, { method: "POST", body: JSON.stringify(body) });
      post("gemini-3.1-flash-image", { contents: [] });
      post("gemini-3-pro-image-preview", { contents: [] });
    `);
    expect(requests.map((r) => r.model)).toEqual(["gemini-3.1-flash-image", "gemini-3-pro-image-preview"]);
  });

  it("follows fetchWithTimeout(url, init) whose options are a parameter", () => {
    const requests = locate(`
      async function fetchWithTimeout(url: string, init: RequestInit, ms = 60000) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), ms);
        try { return await fetch(url, { ...init, signal: controller.signal }); } finally { clearTimeout(timer); }
      }
      export async function go(key: string, prompt: string) {
        const url = \`${BASE}/gemini-3-pro-image:generateContent?key=\${key}\`;
        return fetchWithTimeout(url, { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }) });
      }
    `);
    expect(requests.map((r) => [r.api, r.model])).toEqual([["fetchWithTimeout", "gemini-3-pro-image"]]);
  });

  it("follows a class method that posts its parameter with axios to a URL built from fields", () => {
    const requests = locate(`
      import axios from "axios";
      export class NanoBanana {
        private readonly baseUrl = "${BASE}";
        private readonly model = "gemini-3-pro-image";
        constructor(private readonly apiKey: string) {}
        private async send(body: unknown) {
          const { data } = await axios.post(\`\${this.baseUrl}/\${this.model}:generateContent?key=\${this.apiKey}\`, body);
          return data;
        }
        generate(prompt: string) { return this.send({ contents: [{ parts: [{ text: prompt }] }] }); }
      }
    `);
    expect(requests.map((r) => [r.api, r.model, r.keys])).toEqual([["send", "gemini-3-pro-image", ["contents"]]]);
  });

  it("finds axios with a variable body and a URL completed at the call site", () => {
    const [request] = locate(`
      import axios from "axios";
      const GEMINI_URL = "${BASE}/gemini-2.5-flash-image:generateContent";
      export async function run(prompt: string, key: string) {
        const body = { contents: [{ parts: [{ text: prompt }] }], generationConfig: { responseModalities: ["TEXT", "IMAGE"] } };
        return axios.post(\`\${GEMINI_URL}?key=\${key}\`, body, { headers: { "Content-Type": "application/json" } });
      }
    `);
    expect(request).toMatchObject({ api: "post", model: "gemini-2.5-flash-image", configKeys: ["responseModalities"] });
  });
});

describe("still not Gemini requests", () => {
  it("finds nothing in UI state, OpenAI and OpenRouter wrappers, or Imagen calls", () => {
    expect(
      locate(`
        export class Settings {
          private imageConfig = { aspectRatio: "16x9", size: "1024x1024" };
          private model = "gemini-3-pro-image";
          update(size: string) { this.imageConfig.size = size; }
        }
        async function callOpenAI(payload: object) {
          return fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify(payload) });
        }
        callOpenAI({ model: "gpt-image-1", prompt: "a cat", size: "1024x1024", n: 2 });
        async function openRouter(body: object) {
          return fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });
        }
        const MODELS = { pro: "google/gemini-3-pro-image" };
        openRouter({ model: MODELS.pro, messages: [], modalities: ["image", "text"], image_config: { image_size: "2K" } });
        const IMAGEN = process.env.IMAGEN_MODEL || "imagen-4.0-generate-001";
        await ai.models.generateImages({ model: IMAGEN, prompt: "a cat", config: { numberOfImages: 4 } });
      `),
    ).toEqual([]);
  });

  it("does not follow a wrapper's parameter to callers that pass something else", () => {
    const requests = locate(`
      async function callGemini(payload: object) {
        return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(payload) });
      }
      callGemini(buildPayload());
      callGemini({ prompt: "not a body" });
    `);
    expect(requests).toEqual([]);
  });
});
