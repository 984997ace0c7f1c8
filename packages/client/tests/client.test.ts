import { afterEach, describe, expect, it } from "vitest";
import {
  GeminiHttpError,
  GeminiNoImageError,
  GeminiTimeoutError,
  GeminiValidationError,
  createGeminiImageClient,
  recordingClock,
  type Validator,
} from "../src/index.js";
import { geminiResponse, imagePart, png, rateLimited, scriptedServer, type Answer } from "./helpers.js";

const KEY = "AIzaSy-TEST-KEY-never-shown";
let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function withServer(answers: readonly Answer[]) {
  server = await scriptedServer(answers);
  return server;
}

const ok = (): Answer => ({ status: 200, json: geminiResponse([imagePart(png(2752, 1536))]) });

describe("request", () => {
  it("sends images first, the text last, imageConfig inside generationConfig, the key in a header", async () => {
    const s = await withServer([ok()]);
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url });
    const input = png(64, 32);
    await client.generateImage({ model: "gemini-3-pro-image", prompt: "a cat", images: [{ data: input }], imageSize: "2K", aspectRatio: "16:9" });
    const [request] = s.requests;
    expect(request!.url).toBe("/v1beta/models/gemini-3-pro-image:generateContent");
    expect(request!.headers["x-goog-api-key"]).toBe(KEY);
    expect(request!.headers.authorization).toBeUndefined();
    expect(JSON.parse(request!.body)).toEqual({
      contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: input.toString("base64") } }, { text: "a cat" }] }],
      generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } },
    });
  });

  it("uses Authorization: Bearer for gateways", async () => {
    const s = await withServer([ok()]);
    await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, auth: "bearer" }).generateImage({ model: "nano-banana-pro", prompt: "x" });
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(s.requests[0]!.headers["x-goog-api-key"]).toBeUndefined();
    expect(s.requests[0]!.url).toBe("/v1beta/models/nano-banana-pro:generateContent");
  });

  it("converts an OpenAI size and reports the conversion", async () => {
    const s = await withServer([ok()]);
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url }).generateImage({
      model: "gemini-3-pro-image",
      prompt: "x",
      size: "1792x1024",
    });
    expect(JSON.parse(s.requests[0]!.body).generationConfig.imageConfig).toEqual({ aspectRatio: "16:9", imageSize: "2K" });
    expect(result.sizeMapping).toMatchObject({ imageSize: "2K", aspectRatio: "16:9", pixels: { width: 2752, height: 1536 } });
  });

  it("rejects ambiguous or empty requests before sending", async () => {
    const s = await withServer([ok()]);
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url });
    await expect(client.generateImage({ model: "gemini-3-pro-image", prompt: "x", size: "1024x1024", imageSize: "1K" })).rejects.toThrow(
      /either size .* or imageSize\/aspectRatio/u,
    );
    await expect(client.generateImage({ model: "gemini-3-pro-image", prompt: " " })).rejects.toThrow(/prompt must be a non-empty string/u);
    expect(s.requests).toHaveLength(0);
  });

  it("sends nothing when validation finds problems, and lists them", async () => {
    const s = await withServer([ok()]);
    const validate: Validator = () => ({
      ok: false,
      findings: [{ code: "invalid-image-size", path: "/generationConfig/imageConfig/imageSize", message: "Write \"1K\"." }],
    });
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, validate })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiValidationError);
    expect((error as GeminiValidationError).message).toContain('/generationConfig/imageConfig/imageSize: Write "1K". [invalid-image-size]');
    expect(s.requests).toHaveLength(0);
  });
});

describe("validation with the schema package (the default)", () => {
  it.each([
    [{ imageSize: "1k" }, "invalid-image-size"],
    [{ aspectRatio: "8:1" }, "invalid-aspect-ratio"],
    [{ imageSize: "512" }, "invalid-image-size"],
  ])("stops %j on gemini-3-pro-image before sending (%s)", async (config, code) => {
    const s = await withServer([ok()]);
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x", ...(config as object) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiValidationError);
    expect((error as GeminiValidationError).findings.map((f) => f.code)).toContain(code);
    expect(s.requests).toHaveLength(0);
  });

  it("lets a valid request through, and can be turned off", async () => {
    const s = await withServer([ok()]);
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url });
    await expect(client.generateImage({ model: "gemini-3.1-flash-image", prompt: "x", imageSize: "512", aspectRatio: "8:1" })).resolves.toBeDefined();
    const unchecked = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, validate: false });
    await expect(unchecked.generateImage({ model: "gemini-3-pro-image", prompt: "x", imageSize: "512" })).resolves.toBeDefined();
    expect(s.requests).toHaveLength(2);
  });
});

describe("response", () => {
  it("returns the final image, not parts[0], past text and thought images", async () => {
    const s = await withServer([
      {
        status: 200,
        json: geminiResponse([
          { text: "Here is the picture." },
          imagePart(png(100, 100), { thought: true }),
          imagePart(png(200, 200), { thought: true }),
          imagePart(png(1376, 768), { thoughtSignature: "sig-final" }),
        ]),
      },
    ]);
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect([result.image.width, result.image.height]).toEqual([1376, 768]);
    expect(result.image.mimeType).toBe("image/png");
    expect(result.text).toBe("Here is the picture.");
    expect(result.thoughtSignature).toBe("sig-final");
    expect(result.usage).toEqual({ promptTokens: 10, outputTokens: 1120, totalTokens: 1130 });
    expect(result.attempts).toBe(1);
  });

  it("reads snake_case parts that gateways re-serialise", async () => {
    const bytes = png(512, 512);
    const s = await withServer([
      { status: 200, json: { candidates: [{ content: { parts: [{ inline_data: { mime_type: "image/png", data: bytes.toString("base64") } }] } }] } },
    ]);
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url }).generateImage({ model: "gemini-3.1-flash-image", prompt: "x" });
    expect(Buffer.from(result.image.data).equals(bytes)).toBe(true);
    expect(result.image.width).toBe(512);
  });

  it("throws GeminiNoImageError with the model's words when there is no image", async () => {
    const s = await withServer([{ status: 200, json: geminiResponse([{ text: "I can't draw that." }]) }]);
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiNoImageError);
    expect((error as GeminiNoImageError).text).toBe("I can't draw that.");
    expect((error as GeminiNoImageError).reason).toBe("STOP");
  });
});

describe("retries", () => {
  it("waits 3 s then 6 s (within the jitter) on two 429s, then succeeds", async () => {
    const s = await withServer([rateLimited(), rateLimited(), ok()]);
    const clock = recordingClock();
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect(result.attempts).toBe(3);
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(2400);
    expect(clock.waits[0]).toBeLessThanOrEqual(3600);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(4800);
    expect(clock.waits[1]).toBeLessThanOrEqual(7200);
  });

  it("honours Google's RetryInfo retryDelay", async () => {
    const s = await withServer([rateLimited("10s"), ok()]);
    const clock = recordingClock();
    await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect(clock.waits[0]).toBeGreaterThanOrEqual(10_000);
    expect(clock.waits[0]).toBeLessThanOrEqual(12_000);
  });

  it("retries the gateway's upstream_error 429 and 503s", async () => {
    const gateway: Answer = { status: 429, json: { error: { message: "Upstream load for this group is saturated", type: "upstream_error", code: 429 } } };
    const s = await withServer([gateway, { status: 503, json: { error: { code: 503, status: "UNAVAILABLE", message: "overloaded" } } }, ok()]);
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock: recordingClock() }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect(result.attempts).toBe(3);
  });

  it("surfaces a 429 after the last try as GeminiHttpError with Google's details", async () => {
    const s = await withServer([rateLimited("1s")]);
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock: recordingClock() })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiHttpError);
    const http = error as GeminiHttpError;
    expect([http.status, http.attempts, http.error.status, http.error.retryDelayMs]).toEqual([429, 4, "RESOURCE_EXHAUSTED", 1000]);
    expect(s.requests).toHaveLength(4);
  });

  it("does not retry a 400, and parses its field violations", async () => {
    const s = await withServer([
      {
        status: 400,
        json: {
          error: {
            code: 400,
            status: "INVALID_ARGUMENT",
            message: 'Invalid JSON payload received. Unknown name "size": Cannot find field.',
            details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ description: 'Invalid JSON payload received. Unknown name "size": Cannot find field.' }] }],
          },
        },
      },
    ]);
    const error = (await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock: recordingClock(), validate: false })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e)) as GeminiHttpError;
    expect(error.status).toBe(400);
    expect(error.attempts).toBe(1);
    expect(error.error.fieldViolations).toHaveLength(1);
    expect(error.message).toContain('Unknown name "size"');
  });

  it("gives up at once when the server asks for longer than the cap", async () => {
    const s = await withServer([rateLimited("600s")]);
    const clock = recordingClock();
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiHttpError);
    expect(clock.waits).toEqual([]);
  });

  it("rejects at once when aborted during a backoff wait", async () => {
    const s = await withServer([rateLimited("30s")]);
    const controller = new AbortController();
    // The real clock: the 30 s wait is cut short by the abort 50 ms in.
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, onRetry: () => setTimeout(() => controller.abort(new Error("user left")), 50) });
    const started = Date.now();
    await expect(client.generateImage({ model: "gemini-3-pro-image", prompt: "x", signal: controller.signal })).rejects.toThrow("user left");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(s.requests).toHaveLength(1);
  });

  it("holds the total deadline: a slow answer becomes GeminiTimeoutError", async () => {
    const s = await withServer([{ ...ok(), delayMs: 2000 }]);
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, timeoutMs: 100 });
    const started = Date.now();
    await expect(client.generateImage({ model: "gemini-3-pro-image", prompt: "x" })).rejects.toBeInstanceOf(GeminiTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("does not start a wait that would end past the deadline", async () => {
    const s = await withServer([rateLimited("20s"), ok()]);
    const clock = recordingClock();
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock, timeoutMs: 15_000 })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiHttpError);
    expect(clock.waits).toEqual([]);
  });
});

describe("the API key never leaks", () => {
  it("stays out of messages, serialized errors and URLs, even when a gateway echoes it", async () => {
    const s = await withServer([{ status: 401, json: { error: { message: `Invalid key ${KEY}`, code: 401 } } }]);
    const error = (await createGeminiImageClient({ apiKey: KEY, baseUrl: `${s.url}/proxy?key=${KEY}` })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e)) as GeminiHttpError;
    expect(error).toBeInstanceOf(GeminiHttpError);
    for (const text of [error.message, JSON.stringify(error), String(error), error.url, error.stack ?? ""]) {
      expect(text).not.toContain(KEY);
    }
    expect(error.message).toContain("Invalid key ***");
  });

  it("is never put in the request URL", async () => {
    const s = await withServer([ok()]);
    await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect(s.requests[0]!.url).not.toContain(KEY);
  });
});
