import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, durationMs, imageDimensions, parseGoogleError, redactUrl, retryPolicy, retryWait } from "../src/index.js";
import { png } from "./helpers.js";

describe("imageDimensions", () => {
  it("reads PNG, JPEG, WebP (VP8, VP8L, VP8X) and GIF headers", () => {
    expect(imageDimensions(png(2752, 1536))).toEqual({ width: 2752, height: 1536 });

    // JPEG: SOI, an APP0 segment, then SOF0 with height 768 and width 1376.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0x00, 0x05, 0x60, 0x03, 0x01, 0x22, 0x00]);
    expect(imageDimensions(jpeg)).toEqual({ width: 1376, height: 768 });

    const riff = (chunk: string, body: number[]) =>
      Uint8Array.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP"), ...Buffer.from(chunk), 0, 0, 0, 0, ...body]);
    const vp8 = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 0x00, 0x04, 0x00, 0x03, 0, 0]);
    expect(imageDimensions(vp8)).toEqual({ width: 1024, height: 768 });
    // VP8L: signature 0x2f, then 14-bit width-1 and height-1.
    const w = 1023;
    const h = 511;
    const bits = w | (h << 14);
    const vp8l = riff("VP8L", [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0, 0]);
    expect(imageDimensions(vp8l)).toEqual({ width: 1024, height: 512 });
    const vp8x = riff("VP8X", [0, 0, 0, 0, 0xff, 0x0f, 0x00, 0xff, 0x07, 0x00, 0, 0]);
    expect(imageDimensions(vp8x)).toEqual({ width: 4096, height: 2048 });

    const gif = Uint8Array.from([...Buffer.from("GIF89a"), 0x00, 0x02, 0x00, 0x01, 0, 0]);
    expect(imageDimensions(gif)).toEqual({ width: 512, height: 256 });
  });

  it("answers undefined for other bytes and truncated headers", () => {
    expect(imageDimensions(new Uint8Array(0))).toBeUndefined();
    expect(imageDimensions(png(10, 10).subarray(0, 20))).toBeUndefined();
    expect(imageDimensions(Buffer.from("not an image at all, just text"))).toBeUndefined();
  });
});

describe("parseGoogleError", () => {
  it("reads status, message, field violations and RetryInfo", () => {
    const parsed = parseGoogleError(
      JSON.stringify({
        error: {
          code: 429,
          status: "RESOURCE_EXHAUSTED",
          message: "Quota exceeded. Please retry in 53.01s.",
          details: [
            { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "53s" },
            { "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "size", description: "Cannot find field." }] },
          ],
        },
      }),
      "HTTP 429",
    );
    expect(parsed).toEqual({
      status: "RESOURCE_EXHAUSTED",
      message: "Quota exceeded. Please retry in 53.01s.",
      fieldViolations: [{ field: "size", description: "Cannot find field." }],
      retryDelayMs: 53_000,
      code: 429,
    });
  });

  it("falls back to the message's 'retry in', gateway bodies and plain text", () => {
    expect(parseGoogleError('{"error":{"message":"Please retry in 1.5s."}}', "x").retryDelayMs).toBe(1500);
    expect(parseGoogleError('{"error":{"message":"Upstream load saturated","type":"upstream_error","code":429}}', "x")).toMatchObject({
      code: 429,
      status: undefined,
    });
    expect(parseGoogleError("<html>Bad gateway</html>", "HTTP 502").message).toBe("<html>Bad gateway</html>");
    expect(parseGoogleError("", "HTTP 502").message).toBe("HTTP 502");
    expect(durationMs("0.25s")).toBe(250);
    expect(durationMs("53")).toBeUndefined();
  });
});

describe("retry policy", () => {
  it("doubles from 3 s and stays within the jitter", () => {
    for (const [retry, base] of [[0, 3000], [1, 6000], [2, 12_000]] as const) {
      expect(retryWait(retry, undefined, DEFAULT_RETRY, () => 0)).toBe(base * 0.8);
      expect(retryWait(retry, undefined, DEFAULT_RETRY, () => 0.999_999)).toBeCloseTo(base * 1.2, -1);
    }
  });

  it("treats a server delay as a minimum", () => {
    expect(retryWait(0, 10_000, DEFAULT_RETRY, () => 0)).toBe(10_000);
    expect(retryWait(0, 10_000, DEFAULT_RETRY, () => 0.5)).toBe(11_000);
  });

  it("rejects nonsense options with what to pass", () => {
    expect(() => retryPolicy({ retries: -1 })).toThrow(/whole number ≥ 0/u);
    expect(() => retryPolicy({ jitter: 1 })).toThrow(/\[0, 1\)/u);
    expect(retryPolicy(false).retries).toBe(0);
  });
});

describe("redactUrl", () => {
  it("removes key values from query strings", () => {
    expect(redactUrl("https://h/v1beta/models/m:generateContent?key=AIza123&alt=sse")).toBe(
      "https://h/v1beta/models/m:generateContent?key=***&alt=sse",
    );
    expect(redactUrl("https://h/x?alt=sse&key=abc")).toBe("https://h/x?alt=sse&key=***");
  });
});
