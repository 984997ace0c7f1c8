import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputPixels, type AspectRatio, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { startTestServer, type TestServer } from "../src/index.js";
import { INTERACTIONS, decodeBase64Png, finalInteractionImage, interactionRequest, post } from "./helpers.js";

let strict: TestServer;
let lenient: TestServer;
let rich: TestServer;

beforeAll(async () => {
  strict = await startTestServer({ mode: "strict", today: new Date("2026-11-25T00:00:00Z") });
  lenient = await startTestServer({ mode: "lenient" });
  rich = await startTestServer({ mode: "strict", thoughtImages: 2, textPart: "Here it is." });
});
afterAll(async () => {
  await strict.close();
  await lenient.close();
  await rich.close();
});

const PRO = "gemini-3-pro-image";
const FLASH = "gemini-3.1-flash-image";
const LITE = "gemini-3.1-flash-lite-image";
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const invalidRequest = (message: string) => ({ error: { message, code: "invalid_request" } });

describe("strict mode: Google's Interactions 400 for each habit mistake", () => {
  const cases: { name: string; body: Record<string, unknown>; message: string }[] = [
    {
      name: "response_format.mimeType (the facts page's real text)",
      body: interactionRequest(PRO, { mimeType: "image/jpeg" }),
      message: "Unknown parameter 'response_format.mimeType'. Did you mean 'mime_type'?",
    },
    {
      name: "camelCase responseFormat",
      body: { model: PRO, input: "x", responseFormat: { type: "image", image_size: "2K" } },
      message: "Unknown parameter 'responseFormat'. Did you mean 'response_format'?",
    },
    {
      name: "camelCase imageSize inside response_format",
      body: interactionRequest(PRO, { imageSize: "2K" }),
      message: "Unknown parameter 'response_format.imageSize'. Did you mean 'image_size'?",
    },
    {
      name: "camelCase generationConfig",
      body: interactionRequest(PRO, {}, { generationConfig: { temperature: 1 } }),
      message: "Unknown parameter 'generationConfig'. Did you mean 'generation_config'?",
    },
    {
      name: "camelCase imageConfig inside generation_config",
      body: { model: PRO, input: "x", generation_config: { imageConfig: { image_size: "2K" } } },
      message: "Unknown parameter 'generation_config.imageConfig'. Did you mean 'image_config'?",
    },
    {
      name: "a typo one edit away",
      body: interactionRequest(PRO, { aspect_ration: "16:9" }),
      message: "Unknown parameter 'response_format.aspect_ration'. Did you mean 'aspect_ratio'?",
    },
    { name: "OpenAI size", body: interactionRequest(PRO, {}, { size: "1792x1024" }), message: "Unknown parameter 'size'." },
    { name: "OpenAI n", body: interactionRequest(PRO, {}, { n: 4 }), message: "Unknown parameter 'n'." },
    { name: "OpenAI quality", body: interactionRequest(PRO, {}, { quality: "hd" }), message: "Unknown parameter 'quality'." },
    {
      name: "generateContent's contents",
      body: { model: PRO, contents: [{ role: "user", parts: [{ text: "x" }] }] },
      message: "Unknown parameter 'contents'. Did you mean 'input'?",
    },
    {
      name: "a generateContent turn in input",
      body: { model: PRO, input: [{ role: "user", parts: [{ text: "x" }] }] },
      message: "Unknown parameter 'input[0].role'.",
    },
    {
      name: "generateContent parts as the input object",
      body: { model: PRO, input: { parts: [{ text: "x" }] } },
      message: "Unknown parameter 'input.parts'.",
    },
    {
      name: "an inlineData part in input",
      body: { model: PRO, input: [{ inlineData: { mimeType: "image/png", data: PNG_1X1 } }, { type: "text", text: "x" }] },
      message: "Unknown parameter 'input[0].inlineData'.",
    },
    {
      name: "camelCase mimeType on an input image",
      body: { model: PRO, input: [{ type: "image", data: PNG_1X1, mimeType: "image/png" }, { type: "text", text: "x" }] },
      message: "Unknown parameter 'input[0].mimeType'. Did you mean 'mime_type'?",
    },
    {
      name: "response_format as the string b64_json",
      body: { model: PRO, input: "x", response_format: "b64_json" },
      message:
        'Invalid value for \'response_format\': "b64_json". Expected an object such as { type: "image", image_size, aspect_ratio }, or an array of them.',
    },
    {
      name: 'a lowercase image_size "1k"',
      body: interactionRequest(PRO, { image_size: "1k" }),
      message: `Invalid value for 'response_format.image_size': "1k" is not supported by model '${PRO}'. Use "1K", "2K" or "4K".`,
    },
    {
      name: "2K on the 1K-only Lite model",
      body: interactionRequest(LITE, { image_size: "2K" }),
      message: `Invalid value for 'response_format.image_size': "2K" is not supported by model '${LITE}'. Use "1K".`,
    },
    {
      name: "an aspect_ratio 3 Pro Image does not take",
      body: interactionRequest(PRO, { aspect_ratio: "1:8" }),
      message: `Invalid value for 'response_format.aspect_ratio': "1:8" is not supported by model '${PRO}'. Use "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9" or "21:9".`,
    },
    {
      name: "a bad deprecated image_config value",
      body: { model: PRO, input: "x", generation_config: { image_config: { image_size: "4k" } } },
      message: `Invalid value for 'generation_config.image_config.image_size': "4k" is not supported by model '${PRO}'. Use "1K", "2K" or "4K".`,
    },
    { name: "no model", body: { input: "x", response_format: { type: "image" } }, message: "Missing required parameter 'model'." },
    { name: "no input", body: { model: PRO, response_format: { type: "image" } }, message: "Missing required parameter 'input'." },
    {
      name: "a data: URL as image data",
      body: { model: PRO, input: [{ type: "image", data: `data:image/png;base64,${PNG_1X1}`, mime_type: "image/png" }, { type: "text", text: "x" }] },
      message: `Invalid value for 'input[0].data': Base64 decoding failed for "data:image/png;base64,${PNG_1X1.slice(0, 78)}".`,
    },
    {
      name: "a response_format mime_type the type does not list",
      body: interactionRequest(PRO, { mime_type: "image/webp" }),
      message: 'Invalid value for \'response_format.mime_type\': "image/webp". Expected "image/jpeg".',
    },
  ];

  for (const { name, body, message } of cases) {
    it(`answers 400 for ${name}`, async () => {
      const reply = await post(strict, INTERACTIONS, body);
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual(invalidRequest(message));
      expect(reply.json.error).not.toHaveProperty("status");
    });
  }

  it("names one unknown parameter per answer, the first in the body", async () => {
    const reply = await post(strict, INTERACTIONS, interactionRequest(PRO, { imageSize: "2K" }, { n: 2, size: "1024x1024" }));
    expect(reply.json.error.message).toBe("Unknown parameter 'n'.");
  });

  it("answers Google's 403 without a key and 400 for a wrong one, as for generateContent", async () => {
    const none = await post(strict, INTERACTIONS, interactionRequest(PRO), {});
    expect(none.status).toBe(403);
    expect(none.json.error.status).toBe("PERMISSION_DENIED");
    const keyed = await startTestServer({ apiKey: "right" });
    try {
      const wrong = await post(keyed, INTERACTIONS, interactionRequest(PRO), { "x-goog-api-key": "wrong" });
      expect(wrong.status).toBe(400);
      expect(wrong.json.error.message).toBe("API key not valid. Please pass a valid API key.");
      expect((await post(keyed, INTERACTIONS, interactionRequest(PRO), { "x-goog-api-key": "right" })).status).toBe(200);
    } finally {
      await keyed.close();
    }
  });

  it("answers 404 for an unknown model, a gateway alias, a shut-down preview and another API version", async () => {
    for (const model of ["gemini-3-pro-imag", "nano-banana-pro", "gemini-3-pro-image-preview"]) {
      const reply = await post(strict, INTERACTIONS, interactionRequest(model));
      expect(reply.status, model).toBe(404);
      expect(reply.json).toEqual({ error: { message: `Model '${model}' is not found or does not support interactions.`, code: "not_found" } });
    }
    expect((await post(strict, "/v1/interactions", interactionRequest(PRO))).status).toBe(404);
  });

  it("accepts the deprecated generation_config.image_config and response_modalities, still typed by the SDK", async () => {
    const body = { model: PRO, input: "x", response_modalities: ["image"], generation_config: { image_config: { image_size: "2K", aspect_ratio: "16:9" } } };
    const reply = await post(strict, INTERACTIONS, body);
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalInteractionImage(reply.json).data);
    expect([png.width, png.height]).toEqual([2752, 1536]);
  });

  it("takes response_format's settings over the deprecated image_config", async () => {
    const body = interactionRequest(FLASH, { image_size: "512", aspect_ratio: "1:1" }, { generation_config: { image_config: { image_size: "4K" } } });
    const reply = await post(strict, INTERACTIONS, body);
    expect(strict.requests.at(-1)!.pixels).toEqual({ width: 512, height: 512 });
    expect(reply.status).toBe(200);
  });
});

describe("a successful interaction", () => {
  const sizes: { model: ModelId; imageSize?: ImageSize; aspectRatio?: AspectRatio; pixels: [number, number] }[] = [
    { model: PRO, imageSize: "2K", aspectRatio: "16:9", pixels: [2752, 1536] },
    { model: PRO, imageSize: "4K", aspectRatio: "1:1", pixels: [4096, 4096] },
    { model: FLASH, imageSize: "512", aspectRatio: "1:8", pixels: [192, 1536] },
    { model: FLASH, aspectRatio: "4:1", pixels: [2048, 512] },
    { model: LITE, imageSize: "1K", aspectRatio: "9:16", pixels: [768, 1376] },
    { model: "gemini-2.5-flash-image", aspectRatio: "21:9", pixels: [1536, 672] },
    { model: "gemini-2.5-flash-image", pixels: [1024, 1024] },
  ];

  for (const { model, imageSize, aspectRatio, pixels } of sizes) {
    it(`answers a ${pixels.join("x")} PNG for ${model} ${imageSize ?? "(default size)"} ${aspectRatio ?? "(default ratio)"}`, async () => {
      const format = { ...(imageSize ? { image_size: imageSize } : {}), ...(aspectRatio ? { aspect_ratio: aspectRatio } : {}) };
      const reply = await post(strict, INTERACTIONS, interactionRequest(model, format));
      expect(reply.status).toBe(200);
      const image = finalInteractionImage(reply.json);
      expect(image.mime_type).toBe("image/png");
      const png = decodeBase64Png(image.data);
      expect([png.width, png.height]).toEqual(pixels);
      expect({ width: png.width, height: png.height }).toEqual(outputPixels(model, imageSize, aspectRatio));
      expect(strict.requests.at(-1)).toMatchObject({ api: "interactions", model, status: 200, pixels: { width: pixels[0], height: pixels[1] } });
    });
  }

  it("answers thought steps with interim images in their summary, then the model output with text and the final image", async () => {
    const reply = await post(rich, INTERACTIONS, interactionRequest(PRO, { image_size: "2K", aspect_ratio: "3:2" }));
    expect(reply.status).toBe(200);
    const { id, status, model, steps, usage } = reply.json;
    expect([typeof id, status, model]).toEqual(["string", "completed", PRO]);
    expect(steps.map((s: { type: string }) => s.type)).toEqual(["thought", "thought", "model_output"]);
    for (const thought of steps.slice(0, 2)) {
      expect(thought.summary).toHaveLength(1);
      expect(thought.summary[0]).toMatchObject({ type: "image", mime_type: "image/png" });
      const png = decodeBase64Png(thought.summary[0].data);
      expect([png.width, png.height]).toEqual([2528, 1696]);
      expect(png.palette[0]).toEqual([200, 200, 200]);
    }
    const output = steps[2].content;
    expect(output.map((c: { type: string }) => c.type)).toEqual(["text", "image"]);
    expect(output[0].text).toBe("Here it is.");
    const final = decodeBase64Png(output[1].data);
    expect([final.width, final.height]).toEqual([2528, 1696]);
    expect(final.palette[0]).toEqual([250, 204, 21]);
    expect(usage.output_tokens_by_modality).toContainEqual({ modality: "image", tokens: 1120 });
    expect(usage.total_tokens).toBe(usage.total_input_tokens + usage.total_output_tokens);
    expect(reply.json).not.toHaveProperty("candidates");
    expect(reply.json).not.toHaveProperty("outputs");
  });

  it("takes the ratio of the first input image when none is asked for", async () => {
    const { encodePng } = await import("../src/index.js");
    const input = encodePng(1600, 900, { colors: [[0, 0, 0], [255, 255, 255]], cell: 50 }).toString("base64");
    const body = { model: PRO, input: [{ type: "image", data: input, mime_type: "image/png" }, { type: "text", text: "x" }], response_format: { type: "image" } };
    expect((await post(strict, INTERACTIONS, body)).status).toBe(200);
    expect(strict.requests.at(-1)!.pixels).toEqual(outputPixels(PRO, "1K", "16:9"));
  });

  it("answers text only when response_format asks for no image", async () => {
    const reply = await post(strict, INTERACTIONS, { model: PRO, input: "x", response_format: { type: "text" } });
    expect(reply.status).toBe(200);
    expect(reply.json.steps).toHaveLength(1);
    expect(reply.json.steps[0].content.map((c: { type: string }) => c.type)).toEqual(["text"]);
  });

  it("streams Server-Sent Events when stream is true", async () => {
    const response = await fetch(`${rich.url}${INTERACTIONS}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: JSON.stringify(interactionRequest(PRO, { aspect_ratio: "4:3" }, { stream: true })),
    });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const events = text.split("\r\n\r\n").filter(Boolean).map((e) => JSON.parse(e.replace(/^data: /u, "")) as Record<string, any>);
    expect(events.map((e) => e.event_type)).toEqual([
      "interaction.created",
      ...Array.from({ length: 3 }, () => ["step.start", "step.stop"]).flat(),
      "interaction.completed",
    ]);
    expect(events[0]!.interaction.status).toBe("in_progress");
    expect(events.at(-1)!.interaction).toMatchObject({ status: "completed", model: PRO });
    const output = events.filter((e) => e.event_type === "step.start").at(-1)!.step;
    const png = decodeBase64Png(finalInteractionImage({ steps: [output] }).data);
    expect([png.width, png.height]).toEqual([1200, 896]);
    expect(rich.requests.at(-1)!.stream).toBe(true);
  });
});

describe("lenient mode", () => {
  it("drops unknown names silently, so OpenAI size and camelCase settings get the default 1K square", async () => {
    const body = { model: PRO, input: "x", size: "1792x1024", n: 2, responseFormat: { type: "image", imageSize: "2K", aspectRatio: "16:9" } };
    const reply = await post(lenient, INTERACTIONS, body);
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalInteractionImage(reply.json).data);
    expect([png.width, png.height]).toEqual([1024, 1024]);
    expect(lenient.requests.at(-1)!.droppedFields).toEqual(["size", "n", "responseFormat"]);
  });

  it("drops camelCase names inside response_format and keeps the snake_case ones", async () => {
    const reply = await post(lenient, INTERACTIONS, interactionRequest(PRO, { aspect_ratio: "16:9", imageSize: "2K" }));
    expect(reply.status).toBe(200);
    expect(lenient.requests.at(-1)!.pixels).toEqual({ width: 1376, height: 768 });
    expect(lenient.requests.at(-1)!.droppedFields).toEqual(["response_format.imageSize"]);
  });

  it("still rejects what Google rejects whatever the gateway: a string response_format, a lowercase 1k", async () => {
    expect((await post(lenient, INTERACTIONS, { model: PRO, input: "x", response_format: "b64_json" })).status).toBe(400);
    expect((await post(lenient, INTERACTIONS, interactionRequest(PRO, { image_size: "1k" }))).status).toBe(400);
  });

  it("accepts gateway aliases", async () => {
    const reply = await post(lenient, INTERACTIONS, interactionRequest("nano-banana-pro", { image_size: "2K" }));
    expect(reply.status).toBe(200);
    expect(reply.json.model).toBe(PRO);
  });
});

describe("scripted failures on the Interactions endpoint", () => {
  it("answers the queued 429, 503 and slow failures, then the interaction", async () => {
    const server = await startTestServer({
      failures: [{ kind: "rate-limit", retryDelaySeconds: 2 }, { kind: "unavailable" }, { kind: "slow", delayMs: 50 }],
    });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(server, INTERACTIONS, interactionRequest(PRO))).status);
      expect(statuses).toEqual([429, 503, 200, 200]);
      expect(server.requests.map((r) => r.failure?.kind)).toEqual(["rate-limit", "unavailable", "slow", undefined]);
    } finally {
      await server.close();
    }
  });
});
