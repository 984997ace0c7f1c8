import { describe, expect, it } from "vitest";
import { GEMINI_API_BASE_URL, generateContentUrl, isVertexAiUrl, resolveModel, sameImageMimeType, sniffImageMimeType } from "../src/index.js";

describe("generateContentUrl", () => {
  it("builds Google's URL, and a gateway's, that resolveModel reads back", () => {
    const google = generateContentUrl("gemini-3-pro-image");
    expect(google).toBe(`${GEMINI_API_BASE_URL}/v1beta/models/gemini-3-pro-image:generateContent`);
    expect(generateContentUrl("nano-banana-pro", { baseUrl: "https://gw.example/", stream: true })).toBe(
      "https://gw.example/v1beta/models/nano-banana-pro:streamGenerateContent",
    );
    expect(resolveModel(google)).toMatchObject({ kind: "known", id: "gemini-3-pro-image", form: "url" });
  });
});

describe("sniffImageMimeType", () => {
  it("recognises PNG, JPEG, GIF, WebP, HEIC and HEIF signatures", () => {
    const ftyp = (brand: string) => Uint8Array.from([0, 0, 0, 24, ...Buffer.from("ftyp"), ...Buffer.from(brand)]);
    expect(sniffImageMimeType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(sniffImageMimeType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(sameImageMimeType("image/heic", "image/heif")).toBe(true);
    expect(sameImageMimeType("image/png", "image/jpeg")).toBe(false);
    expect(sniffImageMimeType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageMimeType(Buffer.from("GIF89a"))).toBe("image/gif");
    expect(sniffImageMimeType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageMimeType(ftyp("heic"))).toBe("image/heic");
    expect(sniffImageMimeType(ftyp("mif1"))).toBe("image/heif");
    expect(sniffImageMimeType(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeUndefined();
    expect(sniffImageMimeType(new Uint8Array(0))).toBeUndefined();
  });
});

describe("isVertexAiUrl", () => {
  it("knows Vertex AI's global and regional hosts and its publishers path, not the Gemini API or a gateway", () => {
    expect(isVertexAiUrl("https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-3-pro-image:generateContent")).toBe(true);
    expect(isVertexAiUrl("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/x:generateContent")).toBe(true);
    expect(isVertexAiUrl("/v1/projects/p/locations/global/publishers/google/models/gemini-3-pro-image:generateContent")).toBe(true);
    expect(isVertexAiUrl(generateContentUrl("gemini-3-pro-image"))).toBe(false);
    expect(isVertexAiUrl("https://aiplatform.googleapis.com.evil.example/v1beta/models/x:generateContent")).toBe(false);
    expect(isVertexAiUrl("gemini-3-pro-image")).toBe(false);
  });
});
