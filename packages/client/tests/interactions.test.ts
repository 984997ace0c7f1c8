import { afterEach, describe, expect, it } from "vitest";
import { outputPixels, type AspectRatio, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { startTestServer, type TestServer, type TestServerOptions } from "@gemini-image/test-server";
import {
  GeminiHttpError,
  GeminiNoImageError,
  GeminiTimeoutError,
  GeminiValidationError,
  createGeminiImageClient,
  recordingClock,
  type GenerateImageOptions,
} from "../src/index.js";
import { png, scriptedServer } from "./helpers.js";

const KEY = "AIzaSy-TEST-KEY-interactions";
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: TestServerOptions = {}): Promise<TestServer> {
  server = await startTestServer({ apiKey: KEY, ...options });
  return server;
}

const client = (s: { url: string }, extra: Partial<Parameters<typeof createGeminiImageClient>[0]> = {}) =>
  createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, ...extra });

describe("the Interactions request", () => {
  it("puts the model in the body, images first, the text last, the settings in response_format, the key in a header", async () => {
    const s = await serve();
    const input = png(64, 32);
    const result = await client(s).generateImage({
      api: "interactions",
      model: "gemini-3-pro-image",
      prompt: "a cat",
      images: [{ data: input }],
      imageSize: "2K",
      aspectRatio: "16:9",
    });
    const [request] = s.requests;
    expect(request!.url).toBe("/v1beta/interactions");
    expect(request!.keySource).toBe("x-goog-api-key");
    expect(request!.status).toBe(200);
    expect(request!.body).toEqual({
      model: "gemini-3-pro-image",
      input: [
        { type: "image", data: input.toString("base64"), mime_type: "image/png" },
        { type: "text", text: "a cat" },
      ],
      response_format: [{ type: "text" }, { type: "image", aspect_ratio: "16:9", image_size: "2K" }],
    });
    expect(result.api).toBe("interactions");
    expect(result.body).toEqual(request!.body);
  });

  it("writes one response_format object when only IMAGE is asked for", async () => {
    const s = await serve();
    await client(s).generateImage({ api: "interactions", model: "gemini-3.1-flash-image", prompt: "x", responseModalities: ["IMAGE"], imageSize: "512" });
    expect((s.requests[0]!.body as { response_format: unknown }).response_format).toEqual({ type: "image", image_size: "512" });
  });

  it("maps an OpenAI size into response_format and reports the conversion", async () => {
    const s = await serve();
    const result = await client(s).generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x", size: "1792x1024" });
    expect((s.requests[0]!.body as { response_format: unknown[] }).response_format[1]).toEqual({ type: "image", aspect_ratio: "16:9", image_size: "2K" });
    expect(result.sizeMapping).toMatchObject({ imageSize: "2K", aspectRatio: "16:9" });
    expect([result.image.width, result.image.height]).toEqual([2752, 1536]);
  });

  it("refuses an unknown api before sending", async () => {
    const s = await serve();
    await expect(
      client(s).generateImage({ api: "responses" as "interactions", model: "gemini-3-pro-image", prompt: "x" }),
    ).rejects.toThrow('api must be "generate-content" or "interactions", got "responses".');
    expect(s.requests).toHaveLength(0);
  });
});

describe("the same image from both APIs", () => {
  const cases: { model: ModelId; imageSize?: ImageSize; aspectRatio?: AspectRatio; size?: string }[] = [
    { model: "gemini-3-pro-image", imageSize: "4K", aspectRatio: "21:9" },
    { model: "gemini-3.1-flash-image", imageSize: "512", aspectRatio: "8:1" },
    { model: "gemini-3.1-flash-lite-image", aspectRatio: "3:4" },
    { model: "gemini-2.5-flash-image", aspectRatio: "16:9" },
    { model: "gemini-3.1-flash-image", size: "1024x1536" },
  ];
  for (const options of cases) {
    it(`answers the same pixels for ${JSON.stringify(options)}`, async () => {
      const s = await serve({ thoughtImages: 2, textPart: "Done." });
      const request: GenerateImageOptions = { prompt: "a lighthouse", ...options };
      const viaGenerate = await client(s).generateImage(request);
      const viaInteractions = await client(s).generateImage({ ...request, api: "interactions" });
      expect(s.requests.map((r) => [r.api, r.status])).toEqual([
        ["generate-content", 200],
        ["interactions", 200],
      ]);
      const size = (r: typeof viaGenerate) => ({ width: r.image.width, height: r.image.height });
      expect(size(viaInteractions)).toEqual(size(viaGenerate));
      expect(Buffer.from(viaInteractions.image.data).equals(Buffer.from(viaGenerate.image.data))).toBe(true);
      const mapped = viaGenerate.sizeMapping;
      expect(size(viaInteractions)).toEqual(
        outputPixels(options.model, mapped?.imageSize ?? options.imageSize, mapped?.aspectRatio ?? options.aspectRatio),
      );
      expect(viaInteractions.text).toBe("Done.");
      expect(viaInteractions.images).toHaveLength(1);
      expect(viaInteractions.usage.outputTokens).toBe(viaGenerate.usage.outputTokens);
    });
  }
});

describe("reading the interaction", () => {
  const image = (bytes: Buffer) => ({ type: "image", data: bytes.toString("base64"), mime_type: "image/png" });

  it("returns the LAST image of the model_output steps and never a thought image, even one that comes later", async () => {
    const s = await scriptedServer([
      {
        status: 200,
        json: {
          id: "i1",
          status: "completed",
          steps: [
            { type: "thought", summary: [image(png(10, 10))] },
            { type: "model_output", content: [{ type: "text", text: "First, " }, image(png(20, 20))] },
            { type: "model_output", content: [image(png(30, 20)), { type: "text", text: "then this." }] },
            { type: "thought", summary: [image(png(40, 40)), { type: "text", text: "thinking" }] },
          ],
          usage: { total_input_tokens: 5, total_output_tokens: 1120, total_tokens: 1125 },
        },
      },
    ]);
    try {
      const result = await client(s).generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x" });
      expect([result.image.width, result.image.height]).toEqual([30, 20]);
      expect(result.images.map((i) => i.width)).toEqual([20, 30]);
      expect(result.text).toBe("First, then this.");
      expect(result.usage).toEqual({ promptTokens: 5, outputTokens: 1120, totalTokens: 1125 });
      expect(result.thoughtSignature).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it("never reads candidates or outputs: an interaction with only those has no image", async () => {
    const s = await scriptedServer([
      {
        status: 200,
        json: {
          status: "completed",
          candidates: [{ content: { parts: [{ inlineData: { mimeType: "image/png", data: png(8, 8).toString("base64") } }] } }],
          outputs: [image(png(8, 8))],
        },
      },
    ]);
    try {
      await expect(client(s).generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x" })).rejects.toBeInstanceOf(
        GeminiNoImageError,
      );
    } finally {
      await s.close();
    }
  });

  it("throws GeminiNoImageError with the text when only text comes back", async () => {
    const s = await serve({ textPart: "I can only describe it." });
    const error = await client(s)
      .generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x", responseModalities: ["TEXT"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiNoImageError);
    expect((error as GeminiNoImageError).text).toBe("I can only describe it.");
  });
});

describe("validation before sending", () => {
  const mistakes: { name: string; options: GenerateImageOptions; code: string; path: string }[] = [
    { name: "2K on the 1K-only Lite model", options: { model: "gemini-3.1-flash-lite-image", prompt: "x", imageSize: "2K" }, code: "invalid-image-size", path: "/response_format/1/image_size" },
    { name: 'a lowercase "1k"', options: { model: "gemini-3-pro-image", prompt: "x", imageSize: "1k" as ImageSize }, code: "invalid-image-size", path: "/response_format/1/image_size" },
    { name: "1:8 on 3 Pro Image", options: { model: "gemini-3-pro-image", prompt: "x", aspectRatio: "1:8" }, code: "invalid-aspect-ratio", path: "/response_format/1/aspect_ratio" },
    {
      name: "a data: URL as image data",
      options: { model: "gemini-3-pro-image", prompt: "x", images: [{ data: `data:image/png;base64,${png(4, 4).toString("base64")}`, mimeType: "image/png" }] },
      code: "data-url-inline-data",
      path: "/input/0/data",
    },
  ];
  for (const { name, options, code, path } of mistakes) {
    it(`stops ${name} with nothing sent`, async () => {
      const s = await serve();
      const error = await client(s)
        .generateImage({ ...options, api: "interactions" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GeminiValidationError);
      expect((error as GeminiValidationError).findings).toContainEqual(expect.objectContaining({ code, path }));
      expect((error as GeminiValidationError).url).toBe(`${s.url}/v1beta/interactions`);
      expect(s.requests).toHaveLength(0);
    });
  }

  it("only warns on Lite's UNCONFIRMED extreme ratios, and sends", async () => {
    const s = await serve();
    const result = await client(s).generateImage({ api: "interactions", model: "gemini-3.1-flash-lite-image", prompt: "x", aspectRatio: "1:4" });
    expect([result.image.width, result.image.height]).toEqual([512, 2048]);
  });

  it("hands a custom validator the body and the API", async () => {
    const s = await serve();
    const seen: unknown[] = [];
    await client(s, { validate: (body, options) => (seen.push(body, options), { ok: true, findings: [] }) }).generateImage({
      api: "interactions",
      model: "gemini-3-pro-image",
      prompt: "x",
    });
    expect(seen[1]).toEqual({ model: "gemini-3-pro-image", api: "interactions" });
    expect(seen[0]).toHaveProperty("input");
  });
});

describe("errors, retries and the deadline", () => {
  it("parses the Interactions error body (string code, no status) into GeminiHttpError, without retrying", async () => {
    const s = await serve();
    const error = await client(s, { validate: false })
      .generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x", imageSize: "1k" as ImageSize })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiHttpError);
    const http = error as GeminiHttpError;
    expect(http.status).toBe(400);
    expect(http.attempts).toBe(1);
    const message = `Invalid value for 'response_format[1].image_size': "1k" is not supported by model 'gemini-3-pro-image'. Use "1K", "2K" or "4K".`;
    expect(http.error).toMatchObject({ message, errorCode: "invalid_request", status: undefined });
    expect(http.message).toContain(`HTTP 400 invalid_request: ${message}`);
    expect(JSON.stringify(http)).not.toContain(KEY);
  });

  it("retries 429s on the Interactions endpoint with backoff and RetryInfo, then returns the image", async () => {
    const s = await serve({ failures: [{ kind: "rate-limit" }, { kind: "rate-limit", retryDelaySeconds: 10 }, { kind: "unavailable" }] });
    const clock = recordingClock();
    const result = await client(s, { clock }).generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x", aspectRatio: "9:16" });
    expect(result.attempts).toBe(4);
    expect(s.requests.map((r) => r.status)).toEqual([429, 429, 503, 200]);
    expect(s.requests.every((r) => r.api === "interactions")).toBe(true);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(2400);
    expect(clock.waits[0]).toBeLessThanOrEqual(3600);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(10_000);
    expect([result.image.width, result.image.height]).toEqual([768, 1376]);
  });

  it("holds the total deadline against a slow Interactions answer", async () => {
    const s = await serve({ failures: [{ kind: "slow", delayMs: 5000 }] });
    const started = Date.now();
    await expect(
      client(s, { timeoutMs: 200 }).generateImage({ api: "interactions", model: "gemini-3-pro-image", prompt: "x" }),
    ).rejects.toBeInstanceOf(GeminiTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
