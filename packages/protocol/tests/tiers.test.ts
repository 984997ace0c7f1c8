import { describe, expect, it } from "vitest";
import { ProtocolError, estimateCost, formatUsd, outputPixels, quoteList } from "../src/index.js";

describe("outputPixels", () => {
  it("answers the table value, with 1K and 1:1 as defaults", () => {
    expect(outputPixels("gemini-3-pro-image", "2K", "16:9")).toEqual({ width: 2752, height: 1536 });
    expect(outputPixels("gemini-3-pro-image")).toEqual({ width: 1024, height: 1024 });
    expect(outputPixels("gemini-3.1-flash-image", "512", "8:1")).toEqual({ width: 1536, height: 192 });
    expect(outputPixels("gemini-2.5-flash-image", undefined, "21:9")).toEqual({ width: 1536, height: 672 });
  });

  it("corrects the seed article: 1K 16:9 is 1376x768, not 1024x576", () => {
    expect(outputPixels("gemini-3-pro-image", "1K", "16:9")).not.toEqual({ width: 1024, height: 576 });
  });

  it.each([
    ["gemini-3-pro-image", "512", "1:1", /does not accept imageSize "512".*"1K", "2K" or "4K"/u],
    ["gemini-3-pro-image", "1K", "8:1", /does not accept aspectRatio "8:1"/u],
    ["gemini-2.5-flash-image", "1K", "1:1", /takes no imageSize/u],
    ["gemini-2.5-flash-image-preview", undefined, "1:1", /shut down/u],
    ["dall-e-3", "1K", "1:1", /not a Gemini image model/u],
  ] as const)("rejects %s %s %s", (model, size, ratio, message) => {
    expect(() => outputPixels(model, size, ratio)).toThrow(ProtocolError);
    expect(() => outputPixels(model, size, ratio)).toThrow(message);
  });
});

describe("estimateCost", () => {
  it("prices the tier per image and in total", () => {
    expect(estimateCost("gemini-3-pro-image", "4K", { images: 3 })).toEqual({
      model: "gemini-3-pro-image",
      imageSize: "4K",
      images: 3,
      outputTokensPerImage: 2000,
      usdPerImage: 0.24,
      usd: 0.72,
      unconfirmed: false,
    });
    expect(estimateCost("gemini-3.1-flash-lite-image").unconfirmed).toBe(true);
    expect(formatUsd(0.034, true)).toBe("~$0.034");
    expect(formatUsd(0.24, false)).toBe("$0.240");
    expect(estimateCost("gemini-3.1-flash-image").usdPerImage).toBe(0.067);
    expect(estimateCost("nano-banana").usdPerImage).toBe(0.039);
  });

  it("rejects a count that is not a whole number", () => {
    expect(() => estimateCost("gemini-3-pro-image", "1K", { images: 1.5 })).toThrow(ProtocolError);
    expect(() => estimateCost("gemini-3-pro-image", "1K", { images: -1 })).toThrow(ProtocolError);
  });
});

describe("quoteList", () => {
  it("joins with commas and a final conjunction", () => {
    expect(quoteList(["1K"])).toBe('"1K"');
    expect(quoteList(["1K", "2K", "4K"])).toBe('"1K", "2K" or "4K"');
    expect(quoteList([])).toBe("");
  });
});
