import { describe, expect, it } from "vitest";
import { locate } from "./locate.js";

const URL = `"https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent"`;

describe("REST bodies", () => {
  it("finds a fetch body written as JSON.stringify of a literal", () => {
    const [request, ...rest] = locate(`fetch(${URL}, { method: "POST", body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { imageSize: "2K" } } }) });`);
    expect(rest).toEqual([]);
    expect(request).toMatchObject({
      shape: "rest",
      api: "fetch",
      origin: "call",
      model: "gemini-3-pro-image",
      keys: ["contents", "generationConfig"],
      configKeys: ["imageConfig"],
      imageConfigKeys: ["imageSize"],
      mayHaveUnknownKeys: false,
    });
  });

  it("follows a body in a variable, pre-stringified, with later mutations", () => {
    const [request] = locate(`
      const body = { contents: [] };
      body.generationConfig = { responseModalities: ["IMAGE"] };
      body.generationConfig.imageConfig = { aspectRatio: "16:9" };
      body.generationConfig.imageConfig.imageSize = "2K";
      const payload = JSON.stringify(body);
      await fetch(${URL}, { method: "POST", body: payload });
    `);
    expect(request).toMatchObject({
      keys: ["contents", "generationConfig"],
      configKeys: ["responseModalities", "imageConfig"],
      imageConfigKeys: ["aspectRatio", "imageSize"],
      mayHaveUnknownKeys: false,
    });
  });

  it("reads a generationConfig const placed in the body, with its own mutations", () => {
    const [request] = locate(`
      const generationConfig = { responseModalities: ["IMAGE"] };
      generationConfig.imageConfig = { imageSize: "4K" };
      await fetch(${URL}, { method: "POST", body: JSON.stringify({ contents: [], generationConfig }) });
    `);
    expect(request).toMatchObject({ configKeys: ["responseModalities", "imageConfig"], imageConfigKeys: ["imageSize"] });
  });

  it("resolves spreads of local consts and marks other spreads as unknown keys", () => {
    const [known] = locate(`
      const base = { contents: [] };
      fetch(${URL}, { body: JSON.stringify({ ...base, generationConfig: {} }) });
    `);
    expect(known).toMatchObject({ keys: ["contents", "generationConfig"], mayHaveUnknownKeys: false });
    const [unknown] = locate(`
      export function send(extra: object) {
        return fetch(${URL}, { body: JSON.stringify({ ...extra, contents: [] }) });
      }
    `);
    expect(unknown).toMatchObject({ keys: ["contents"], mayHaveUnknownKeys: true });
  });

  it("treats a body handed to an unknown helper as possibly completed there", () => {
    const [request] = locate(`
      const body = { contents: [] };
      addDefaults(body);
      fetch(${URL}, { body: JSON.stringify(body) });
    `);
    expect(request?.mayHaveUnknownKeys).toBe(true);
  });

  it("builds the URL from templates, concatenations, consts and process.env fallbacks", () => {
    const requests = locate(`
      const MODEL = process.env.GEMINI_MODEL ?? "gemini-3.1-flash-image";
      const BASE = "https://generativelanguage.googleapis.com/v1beta";
      fetch(\`\${BASE}/models/\${MODEL}:generateContent\`, { body: JSON.stringify({ contents: [] }) });
      fetch(BASE + "/models/" + MODEL + ":streamGenerateContent?alt=sse", { body: JSON.stringify({ contents: [] }) });
      fetch(\`\${BASE}/models/\${pick()}:generateContent\`, { body: JSON.stringify({ contents: [] }) });
    `);
    expect(requests.map((r) => r.model)).toEqual(["gemini-3.1-flash-image", "gemini-3.1-flash-image", undefined]);
  });

  it("finds axios, ky, got, undici and wrapper calls", () => {
    const body = `{ contents: [], generationConfig: {} }`;
    const requests = locate(`
      import axios from "axios";
      import ky from "ky";
      import got from "got";
      import { request } from "undici";
      const client = axios.create({ baseURL: "https://example.test" });
      axios.post(${URL}, ${body});
      axios({ url: ${URL}, method: "post", data: ${body} });
      axios.request({ url: ${URL}, method: "post", data: ${body} });
      client.post(${URL}, ${body});
      ky.post(${URL}, { json: ${body} });
      got.post(${URL}, { json: ${body} });
      request(${URL}, { method: "POST", body: JSON.stringify(${body}) });
      fetchWithRetry(${URL}, { body: JSON.stringify(${body}) });
    `);
    expect(requests.map((r) => r.api)).toEqual(["post", "axios", "request", "post", "post", "post", "request", "fetchWithRetry"]);
    expect(requests.every((r) => r.shape === "rest" && r.model === "gemini-3-pro-image")).toBe(true);
  });

  it("finds bodies by shape alone, with the model from settings when the body asks for an image", () => {
    const settings = { "gemini-image": { defaultModel: "gemini-3.1-flash-image" } };
    const requests = locate(`export const buildBody = (prompt: string) => ({ contents: [{ parts: [{ text: prompt }] }], generation_config: { image_config: {} } });`, settings);
    expect(requests).toMatchObject([{ shape: "rest", origin: "shape", api: "shape", model: "gemini-3.1-flash-image" }]);
    // Nothing in the body asks for an image: the setting does not make it a request to that model.
    const plain = locate(`export const buildBody = (prompt: string) => ({ contents: [{ parts: [{ text: prompt }] }], generation_config: {} });`, settings);
    expect(plain).toMatchObject([{ shape: "rest", origin: "shape", api: "shape", model: undefined }]);
  });
});

describe("SDK calls", () => {
  it("finds @google/genai generateContent, streams, aliases (also destructured) and chats", () => {
    const requests = locate(`
      import { GoogleGenAI } from "@google/genai";
      const ai = new GoogleGenAI({});
      const params = { model: "gemini-3-pro-image", contents: "a cat", config: { responseModalities: ["IMAGE"] } };
      await ai.models.generateContent(params);
      const models = ai.models;
      await models.generateContentStream({ model: "gemini-3.1-flash-image", contents: "a dog" });
      const { models: m2 } = ai;
      await m2.generateContent({ model: "gemini-3-pro-image", contents: "a bird" });
      const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["TEXT", "IMAGE"] } });
      await chat.sendMessage({ message: "make it blue", config: { imageConfig: { aspectRatio: "1:1" } } });
    `);
    expect(requests.map((r) => [r.shape, r.api, r.model])).toEqual([
      ["genai", "generateContent", "gemini-3-pro-image"],
      ["genai", "generateContentStream", "gemini-3.1-flash-image"],
      ["genai", "generateContent", "gemini-3-pro-image"],
      ["genai", "chats.create", "gemini-3-pro-image"],
      ["genai", "sendMessage", "gemini-3-pro-image"],
    ]);
    expect(requests[4]?.imageConfigKeys).toEqual(["aspectRatio"]);
  });

  it("finds the legacy SDK's getGenerativeModel and generateContent", () => {
    const requests = locate(`
      import { GoogleGenerativeAI } from "@google/generative-ai";
      const genAI = new GoogleGenerativeAI(key);
      const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image", generationConfig: { responseModalities: ["IMAGE"] } });
      await model.generateContent({ contents: [], generationConfig: { candidateCount: 1 } });
    `);
    expect(requests.map((r) => [r.shape, r.api, r.model, r.configKeys])).toEqual([
      ["legacy", "getGenerativeModel", "gemini-2.5-flash-image", ["responseModalities"]],
      ["legacy", "generateContent", "gemini-2.5-flash-image", ["candidateCount"]],
    ]);
  });

  it("finds the legacy SDK's array inputs and chats", () => {
    const requests = locate(`
      const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" });
      await model.generateContent([{ inlineData: { mimeType: "image/png", data } }, "make it blue"]);
      const chat = model.startChat({ history: [], generationConfig: { responseModalities: ["IMAGE"] } });
      await chat.sendMessage(["bluer"]);
      await other.sendMessage({ text: "not a Gemini chat" });
    `);
    expect(requests.map((r) => [r.api, r.model, r.keys, r.configKeys])).toEqual([
      ["getGenerativeModel", "gemini-2.5-flash-image", ["model"], undefined],
      ["generateContent", "gemini-2.5-flash-image", [], undefined],
      ["startChat", "gemini-2.5-flash-image", ["history", "generationConfig"], ["responseModalities"]],
      ["sendMessage", "gemini-2.5-flash-image", [], undefined],
    ]);
  });

  it("finds AI SDK calls with Gemini image models only", () => {
    const requests = locate(`
      import { google } from "@ai-sdk/google";
      import { openai } from "@ai-sdk/openai";
      import { generateImage as makeImage, generateText } from "ai";
      await makeImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageConfig: { imageSize: "2K" } } } });
      await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat" });
      await generateText({ model: google("gemini-2.5-pro"), prompt: "hello" });
      await makeImage({ model: google.image("imagen-4.0-generate-001"), prompt: "a cat" });
      await makeImage({ model: openai.image("gpt-image-1"), prompt: "a cat", size: "1024x1024" });
    `);
    expect(requests.map((r) => [r.shape, r.api, r.model, r.imageConfigKeys])).toEqual([
      ["ai-sdk", "generateImage", "gemini-3-pro-image", ["imageSize"]],
      ["ai-sdk", "generateText", "gemini-3.1-flash-image", undefined],
    ]);
  });

  it("finds streamText, the experimental name, namespace imports, Vertex and gateway model strings", () => {
    const requests = locate(`
      import * as ai from "ai";
      import { experimental_generateImage, streamText } from "ai";
      import { createVertex } from "@ai-sdk/google-vertex";
      const vertex = createVertex({ project: "p" });
      streamText({ model: vertex("gemini-3.1-flash-image"), prompt: "a cat" });
      await experimental_generateImage({ model: vertex.image("gemini-3-pro-image"), prompt: "a cat" });
      await ai.generateText({ model: "google/gemini-3-pro-image", prompt: "a cat" });
      await ai.generateText({ model: "openai/gpt-4o", prompt: "hi" });
    `);
    expect(requests.map((r) => [r.api, r.model])).toEqual([
      ["streamText", "gemini-3.1-flash-image"],
      ["generateImage", "gemini-3-pro-image"],
      ["generateText", "gemini-3-pro-image"],
    ]);
  });
});

describe("not Gemini requests", () => {
  it("finds nothing in OpenAI, OpenRouter, Imagen and UI code", () => {
    expect(
      locate(`
        import OpenAI from "openai";
        const openai = new OpenAI();
        await openai.images.generate({ model: "gpt-image-1", prompt: "a cat", size: "1024x1024", n: 2 });
        await openai.images.edit({ model: "gpt-image-1", image, prompt: "a cat" });
        await openai.chat.completions.create({ model: "gpt-4o", messages: [] });
        await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ prompt: "x", size: "1024x1024" }) });
        await fetch("https://openrouter.ai/api/v1/chat/completions", {
          method: "POST",
          body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], modalities: ["image", "text"], image_config: { image_size: "2K" } }),
        });
        await ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt: "a cat", config: { numberOfImages: 4 } });
        const config = { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9" } };
        const [imageConfig, setImageConfig] = useState({ aspectRatio: "16x9", size: "1024x1024" });
      `),
    ).toEqual([]);
  });
});
