import { describe, expect, it } from "vitest";
import { locate } from "./locate.js";

const GENAI = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const URL = `"https://generativelanguage.googleapis.com/v1beta/interactions"`;

describe("Interactions SDK calls", () => {
  it("takes an object written as @google/genai's Interactions parameters for a request, and no same-named type of the app's", () => {
    const requests = locate(`
      import type { Interactions } from "@google/genai";
      import { type CreateModelInteraction } from "./types";
      const a: Interactions.CreateModelInteractionParamsNonStreaming = { model: "gemini-3-pro-image", input: "x", response_format: { type: "image" } };
      const b = { model: "gemini-3.1-flash-image", input: "y" } satisfies Interactions.InteractionCreateParams.CreateModelInteractionParams;
      const c: Interactions.InteractionCreateParams.CreateAgentInteractionParams = { agent: "deep-research-pro-preview-12-2025", input: "z" };
      const d: CreateModelInteraction = { model: "gemini-3-pro-image", size: "1024x1024" };
    `);
    expect(requests).toMatchObject([
      { shape: "interactions", api: "CreateModelInteractionParamsNonStreaming", origin: "shape", model: "gemini-3-pro-image", verdict: "image" },
      { shape: "interactions", api: "CreateModelInteractionParams", origin: "shape", model: "gemini-3.1-flash-image" },
    ]);
    expect(requests).toHaveLength(2);
  });

  it("follows parameters through a same-file wrapper to each caller's object, with what the wrapper adds", () => {
    const requests = locate(`${GENAI}
      function run(params) { params.store = false; return ai.interactions.create(params); }
      export const a = () => run({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "2K" } });
      export const b = () => run({ model: "gemini-3.1-flash-image", input: "a dog" });
    `);
    expect(requests).toMatchObject([
      { shape: "interactions", api: "interactions.create", model: "gemini-3-pro-image", keys: ["model", "input", "response_format", "store"], imageConfigKeys: ["type", "image_size"] },
      { shape: "interactions", model: "gemini-3.1-flash-image", keys: ["model", "input", "store"] },
    ]);
  });

  it("finds ai.interactions.create, its aliases and the streaming form, with the model from the body", () => {
    const requests = locate(`${GENAI}
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "2K" } });
      const { interactions } = ai;
      await interactions.create({ model: "gemini-3.1-flash-image", input: "a dog", stream: true });
      const i = ai.interactions;
      await i.create({ model: "gemini-3-pro-image", input: "a bird" });
    `);
    expect(requests).toMatchObject([
      { shape: "interactions", api: "interactions.create", origin: "call", model: "gemini-3-pro-image", imageConfigKeys: ["type", "image_size"], verdict: "image" },
      { shape: "interactions", model: "gemini-3.1-flash-image", keys: ["model", "input", "stream"], verdict: "image" },
      { shape: "interactions", model: "gemini-3-pro-image", verdict: "image" },
    ]);
  });

  it("reads the image settings from response_format (object or list) and generation_config as the config", () => {
    const [list, deprecated] = locate(`${GENAI}
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", response_format: [{ type: "text" }, { type: "image", aspect_ratio: "16:9" }] });
      await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", generation_config: { image_config: { image_size: "4K" } } });
    `);
    expect(list).toMatchObject({ imageConfigKeys: ["type", "aspect_ratio"], evidence: ["image-model", "image-modality"] });
    expect(deprecated).toMatchObject({ configKeys: ["image_config"], imageConfigKeys: undefined, evidence: ["image-model", "image-config"] });
  });

  it("classifies by response_format and response_modalities when the model says nothing", () => {
    const requests = locate(`${GENAI}
      declare const model: string;
      await ai.interactions.create({ model, input: "x", response_format: { type: "image" } });
      await ai.interactions.create({ model, input: "x", response_format: [{ type: "image" }, { type: "text" }] });
      await ai.interactions.create({ model, input: "x", response_modalities: ["image"] });
      await ai.interactions.create({ model, input: "x", response_format: { type: "text", mime_type: "application/json" } });
      await ai.interactions.create({ model, input: "x", response_modalities: ["text"] });
      await ai.interactions.create({ model, input: "x" });
    `);
    expect(requests.map((r) => r.verdict)).toEqual(["image", "image", "image", "not-image", "not-image", "unknown"]);
  });

  it("takes an agent interaction for no image request", () => {
    const [request] = locate(`${GENAI}
      await ai.interactions.create({ agent: "deep-research-pro-preview", input: "research image models", background: true });
    `);
    expect(request).toMatchObject({ shape: "interactions", model: undefined, verdict: "not-image" });
  });

  it("finds a text model's interaction but does not call it an image request", () => {
    const [request] = locate(`${GENAI} await ai.interactions.create({ model: "gemini-2.5-flash", input: "hello" });`);
    expect(request).toMatchObject({ shape: "interactions", verdict: "not-image", evidence: ["text-model"] });
  });
});

describe("Interactions REST calls", () => {
  it("finds fetch, axios and ky POSTs to …/interactions with the model from the body", () => {
    const body = `{ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "1K" } }`;
    const requests = locate(`
      import axios from "axios";
      import ky from "ky";
      await fetch(${URL}, { method: "POST", headers: { "x-goog-api-key": key }, body: JSON.stringify(${body}) });
      await axios.post(${URL}, ${body});
      await ky.post(${URL}, { json: ${body} });
    `);
    expect(requests.map((r) => r.api)).toEqual(["fetch", "post", "post"]);
    expect(requests.every((r) => r.shape === "interactions" && r.model === "gemini-3-pro-image" && r.verdict === "image")).toBe(true);
  });

  it("follows a URL built from a base const and a body passed through a wrapper", () => {
    const requests = locate(`
      const BASE = process.env.GEMINI_BASE ?? "https://generativelanguage.googleapis.com";
      async function send(payload: object) {
        return fetch(\`\${BASE}/v1beta/interactions\`, { method: "POST", body: JSON.stringify(payload) });
      }
      await send({ model: "gemini-3.1-flash-image", input: "x", response_format: { type: "image" } });
    `);
    expect(requests).toMatchObject([{ shape: "interactions", api: "send", model: "gemini-3.1-flash-image", verdict: "image" }]);
  });

  it("keeps generateContent URLs as REST generateContent requests", () => {
    const [request] = locate(`fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", { body: JSON.stringify({ contents: [] }) });`);
    expect(request).toMatchObject({ shape: "rest", model: "gemini-3-pro-image" });
  });
});

describe("not Gemini interactions", () => {
  it("leaves other SDKs' interactions.create and other /interactions endpoints alone", () => {
    const requests = locate(`
      import OpenAI from "openai";
      const client = new OpenAI();
      await client.responses.create({ model: "gpt-image-1", input: "a cat" });
      await bot.interactions.create({ type: 4, data: { content: "hi" } });
      await platform.interactions.create({ model: "gpt-4o", input: "hello" });
      await fetch("https://discord.example/api/interactions", { method: "POST", body: JSON.stringify({ type: 1, model: "x" }) });
      await fetch(\`\${base}/v1/interactions\`, { method: "POST", body: JSON.stringify({ model: "claude-x", input: "hi" }) });
    `);
    expect(requests).toEqual([]);
  });

  it("leaves another SDK's client alone in a file that imports @google/genai", () => {
    const requests = locate(`
      import { GoogleGenAI } from "@google/genai";
      import { Client } from "chat-platform";
      const bot = new Client();
      await bot.interactions.create({ responseFormat: { type: "image" }, size: "1024x1024" });
      await new GoogleGenAI({}).interactions.create({ model: "gemini-3-pro-image", input: "x" });
    `);
    expect(requests.map((r) => r.model)).toEqual(["gemini-3-pro-image"]);
  });

  it("counts a Gemini model or a Google host as evidence without the SDK import", () => {
    const requests = locate(`
      await client.interactions.create({ model: "gemini-3-pro-image", input: "a cat" });
      await fetch(${URL}, { method: "POST", body: JSON.stringify({ model: modelFromConfig, input: "a cat" }) });
    `);
    expect(requests.map((r) => [r.shape, r.model])).toEqual([
      ["interactions", "gemini-3-pro-image"],
      ["interactions", undefined],
    ]);
  });
});
