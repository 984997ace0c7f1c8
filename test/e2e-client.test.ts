/**
 * The reference client against the real test server over loopback HTTP: the issue's
 * end-to-end scenarios that need only these two packages.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { GeminiHttpError, GeminiTimeoutError, createGeminiImageClient, recordingClock } from "@gemini-image/client";
import { outputPixels } from "@gemini-image/protocol";
import { startTestServer, type TestServer, type TestServerOptions } from "@gemini-image/test-server";

const KEY = "test-key-e2e";
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: TestServerOptions = {}): Promise<TestServer> {
  server = await startTestServer({ apiKey: KEY, ...options });
  return server;
}

describe("the article's correct request, end to end", () => {
  it("gets a 1K 1:1 image from the article's preview id on a day it still served (strict server)", async () => {
    const s = await serve({ today: new Date("2026-06-01T00:00:00Z") });
    // The seed article's body, as its Node.js example sends it (camelCase config, snake_case parts).
    const response = await fetch(`${s.url}/v1beta/models/gemini-3-pro-image-preview:generateContent`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({
        contents: [{ parts: [{ text: "Convert this image to cyberpunk style, keeping the character pose" }] }],
        generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1", imageSize: "1K" } },
      }),
    });
    expect(response.status).toBe(200);
    expect(s.requests[0]!.pixels).toEqual({ width: 1024, height: 1024 });
  });

  it("generates 2K 16:9 through the client with the GA id today: 2752x1536", async () => {
    const s = await serve();
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url });
    const result = await client.generateImage({ model: "gemini-3-pro-image", prompt: "a lighthouse", imageSize: "2K", aspectRatio: "16:9" });
    expect([result.image.width, result.image.height]).toEqual([2752, 1536]);
    expect({ width: result.image.width, height: result.image.height }).toEqual(outputPixels("gemini-3-pro-image", "2K", "16:9"));
    expect(s.requests[0]!.keySource).toBe("x-goog-api-key");
    expect(s.requests[0]!.url).not.toContain(KEY);
  });

  it("converts an OpenAI size so the strict server answers the mapped pixels", async () => {
    const s = await serve();
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: s.url });
    const result = await client.generateImage({ model: "gemini-3.1-flash-image", prompt: "a banner", size: "2048x512" });
    expect(result.sizeMapping?.imageConfig).toEqual({ aspectRatio: "4:1", imageSize: "1K" });
    expect([result.image.width, result.image.height]).toEqual([2048, 512]);
  });
});

describe("retries against scripted failures", () => {
  it("waits 3 s then 6 s (within the jitter) on two 429s, then succeeds", async () => {
    const s = await serve({ failures: [{ kind: "rate-limit" }, { kind: "gateway-rate-limit" }] });
    const clock = recordingClock();
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock }).generateImage({
      model: "gemini-3-pro-image",
      prompt: "x",
    });
    expect(result.attempts).toBe(3);
    expect(s.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(2400);
    expect(clock.waits[0]).toBeLessThanOrEqual(3600);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(4800);
    expect(clock.waits[1]).toBeLessThanOrEqual(7200);
  });

  it("waits 3 s then 6 s on the real clock driven by vitest's fake timers", async () => {
    const s = await serve({ failures: [{ kind: "rate-limit" }, { kind: "rate-limit" }] });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const waits: number[] = [];
      let retried: () => void = () => undefined;
      const client = createGeminiImageClient({
        apiKey: KEY,
        baseUrl: s.url,
        onRetry: ({ waitMs }) => {
          waits.push(waitMs);
          retried();
        },
      });
      const nextRetry = () => new Promise<void>((resolve) => (retried = resolve));
      let retry = nextRetry();
      const result = client.generateImage({ model: "gemini-3-pro-image", prompt: "x" });
      for (let i = 0; i < 2; i++) {
        await retry;
        retry = nextRetry();
        // Just short of the wait nothing is sent; at the wait the next request goes out.
        await vi.advanceTimersByTimeAsync(waits[i]! - 1);
        expect(s.requests).toHaveLength(i + 1);
        await vi.advanceTimersByTimeAsync(1);
      }
      expect((await result).attempts).toBe(3);
      expect(waits[0]).toBeGreaterThanOrEqual(2400);
      expect(waits[0]).toBeLessThanOrEqual(3600);
      expect(waits[1]).toBeGreaterThanOrEqual(4800);
      expect(waits[1]).toBeLessThanOrEqual(7200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("honours a RetryInfo retryDelay of 10 s", async () => {
    const s = await serve({ failures: [{ kind: "rate-limit", retryDelaySeconds: 10 }] });
    const clock = recordingClock();
    await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock }).generateImage({ model: "gemini-3-pro-image", prompt: "x" });
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(10_000);
  });

  it("surfaces a 429 after the last try as GeminiHttpError", async () => {
    const failures = Array.from({ length: 4 }, () => ({ kind: "rate-limit" as const, retryDelaySeconds: 1 }));
    const s = await serve({ failures });
    const error = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, clock: recordingClock() })
      .generateImage({ model: "gemini-3-pro-image", prompt: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeminiHttpError);
    expect((error as GeminiHttpError).error.status).toBe("RESOURCE_EXHAUSTED");
    expect(s.requests).toHaveLength(4);
  });

  it("rejects at once when aborted during a backoff wait", async () => {
    const s = await serve({ failures: [{ kind: "rate-limit", retryDelaySeconds: 30 }] });
    const controller = new AbortController();
    const client = createGeminiImageClient({
      apiKey: KEY,
      baseUrl: s.url,
      onRetry: () => setTimeout(() => controller.abort(new Error("cancelled by the user")), 20),
    });
    const started = Date.now();
    await expect(client.generateImage({ model: "gemini-3-pro-image", prompt: "x", signal: controller.signal })).rejects.toThrow(
      "cancelled by the user",
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(s.requests).toHaveLength(1);
  });

  it("holds the total deadline against a slow server", async () => {
    const s = await serve({ failures: [{ kind: "slow", delayMs: 5000 }] });
    const started = Date.now();
    await expect(
      createGeminiImageClient({ apiKey: KEY, baseUrl: s.url, timeoutMs: 200 }).generateImage({ model: "gemini-3-pro-image", prompt: "x" }),
    ).rejects.toBeInstanceOf(GeminiTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("response parsing", () => {
  it("returns the final image past two thought images and a text part", async () => {
    const s = await serve({ thoughtImages: 2, textPart: "Here it is." });
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: s.url }).generateImage({
      model: "gemini-3-pro-image",
      prompt: "x",
      aspectRatio: "9:16",
    });
    const parts = (result.raw as { candidates: { content: { parts: { thought?: boolean }[] } }[] }).candidates[0]!.content.parts;
    expect(parts.length).toBe(4);
    expect(parts[0]).not.toHaveProperty("inlineData");
    expect([result.image.width, result.image.height]).toEqual([768, 1376]);
    expect(result.text).toBe("Here it is.");
    expect(result.thoughtSignature).toEqual(expect.any(String));
    expect(result.images).toHaveLength(1);
  });
});
