import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  confirmedAspectRatios,
  MODELS,
  MODEL_IDS,
  OPENAI_SIZES,
  ProtocolError,
  parseSize,
  ratioValue,
  toImageConfig,
  type ModelId,
} from "../src/index.js";

const GENERATING: ModelId[] = MODEL_IDS.filter((id) => MODELS[id].tiers.length > 0);

describe("toImageConfig: known mappings", () => {
  it.each([
    ["1024x1024", "gemini-3-pro-image", { imageSize: "1K", aspectRatio: "1:1" }, [1024, 1024], true],
    ["1792x1024", "gemini-3-pro-image", { imageSize: "2K", aspectRatio: "16:9" }, [2752, 1536], false],
    ["1024x1792", "gemini-3-pro-image", { imageSize: "2K", aspectRatio: "9:16" }, [1536, 2752], false],
    ["1536x1024", "gemini-3.1-flash-image", { imageSize: "2K", aspectRatio: "3:2" }, [2528, 1696], false],
    ["256x256", "gemini-3.1-flash-image", { imageSize: "512", aspectRatio: "1:1" }, [512, 512], false],
    ["256x256", "gemini-3-pro-image", { imageSize: "1K", aspectRatio: "1:1" }, [1024, 1024], false],
    ["512x512", "gemini-3.1-flash-image", { imageSize: "512", aspectRatio: "1:1" }, [512, 512], true],
    ["1376x768", "gemini-3-pro-image", { imageSize: "1K", aspectRatio: "16:9" }, [1376, 768], true],
    ["3840x2160", "gemini-3-pro-image", { imageSize: "4K", aspectRatio: "16:9" }, [5504, 3072], false],
    ["2048x256", "gemini-3.1-flash-image", { imageSize: "1K", aspectRatio: "8:1" }, [3072, 384], false],
    ["2048x256", "gemini-3-pro-image", { imageSize: "2K", aspectRatio: "21:9" }, [3168, 1344], false],
    ["1792x1024", "gemini-2.5-flash-image", { aspectRatio: "16:9" }, [1344, 768], false],
    ["1024x1024", "gemini-2.5-flash-image", { aspectRatio: "1:1" }, [1024, 1024], true],
  ] as const)("%s on %s", (size, model, imageConfig, [width, height], exact) => {
    const mapping = toImageConfig(size, { model });
    expect(mapping.imageConfig).toEqual(imageConfig);
    expect(mapping.pixels).toEqual({ width, height });
    expect(mapping.exact).toBe(exact);
    expect(mapping.note === undefined).toBe(exact);
  });

  it("maps auto to no imageConfig, with a note", () => {
    const mapping = toImageConfig("auto", { model: "gemini-3-pro-image" });
    expect(mapping.imageConfig).toBeUndefined();
    expect(mapping.requested).toBe("auto");
    expect(mapping.note).toMatch(/no imageConfig/u);
  });

  it("takes the largest tier above the top, and says so", () => {
    const mapping = toImageConfig("8192x8192", { model: "gemini-3-pro-image" });
    expect(mapping.imageSize).toBe("4K");
    expect(mapping.covers).toBe(false);
    expect(mapping.note).toContain("larger than gemini-3-pro-image can produce");
    const flash = toImageConfig("2048x2048", { model: "gemini-2.5-flash-image" });
    expect(flash.imageSize).toBeUndefined();
    expect(flash.note).toContain("its only size");
  });

  it("accepts model references in every form resolveModel knows", () => {
    for (const model of ["models/gemini-3-pro-image", "nano-banana-pro", "google/gemini-3-pro-image"]) {
      expect(toImageConfig("1792x1024", { model }).model).toBe("gemini-3-pro-image");
    }
  });

  it("rejects unknown and shut-down models with what to write instead", () => {
    expect(() => toImageConfig("1024x1024", { model: "dall-e-3" })).toThrow(/not a Gemini image model.*Expected a model id/u);
    expect(() => toImageConfig("1024x1024", { model: "gemini-3-pro-imag" })).toThrow(/Did you mean "gemini-3-pro-image"/u);
    expect(() => toImageConfig("1024x1024", { model: "gemini-2.5-flash-image-preview" })).toThrow(
      /shut down.*"gemini-2.5-flash-image"/u,
    );
  });
});

describe("parseSize", () => {
  it("reads WxH with x, X, × or * and surrounding spaces", () => {
    expect(parseSize("1024x768")).toEqual({ width: 1024, height: 768 });
    expect(parseSize(" 1024 X 768 ")).toEqual({ width: 1024, height: 768 });
    expect(parseSize("1024×768")).toEqual({ width: 1024, height: 768 });
    expect(parseSize("1024*768")).toEqual({ width: 1024, height: 768 });
    expect(parseSize("AUTO")).toBe("auto");
  });

  it.each(["1024", "1024x", "x768", "0x768", "-5x5", "1024.5x768", "1024x768px", "", "big", "1024x1024x3"])(
    "rejects %j with a typed error that says what it expected",
    (size) => {
      let error: unknown;
      try {
        parseSize(size);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).code).toBe("invalid-size");
      expect((error as ProtocolError).message).toContain('"WxH" with positive whole numbers');
    },
  );

  it("rejects non-strings and points an imageSize written as size to imageConfig", () => {
    expect(() => parseSize(1024)).toThrow(ProtocolError);
    expect(() => parseSize(null)).toThrow(ProtocolError);
    expect(() => parseSize("1K")).toThrow(/put it in generationConfig.imageConfig.imageSize/u);
  });
});

describe("toImageConfig: properties", () => {
  const dimension = fc.integer({ min: 1, max: 20_000 });
  const model = fc.constantFrom(...GENERATING);

  it("always answers a ratio and an imageSize the model accepts", () => {
    fc.assert(
      fc.property(dimension, dimension, model, (width, height, id) => {
        const { imageSize, aspectRatio } = toImageConfig(`${width}x${height}`, { model: id });
        expect(MODELS[id].aspectRatios).toContain(aspectRatio);
        if (MODELS[id].imageSizes.length === 0) expect(imageSize).toBeUndefined();
        else expect(MODELS[id].imageSizes).toContain(imageSize);
      }),
    );
  });

  it("picks a ratio no other accepted ratio beats in log space", () => {
    fc.assert(
      fc.property(dimension, dimension, model, (width, height, id) => {
        const { aspectRatio } = toImageConfig(`${width}x${height}`, { model: id });
        const distance = (r: number) => Math.abs(Math.log(r) - Math.log(width / height));
        const chosen = distance(ratioValue(aspectRatio!));
        // Unconfirmed ratios are never mapped to, so only confirmed ones compete.
        for (const other of confirmedAspectRatios(MODELS[id])) expect(chosen).toBeLessThanOrEqual(distance(ratioValue(other)) + 1e-12);
      }),
    );
  });

  it("covers the request whenever some tier can, with the smallest such tier", () => {
    fc.assert(
      fc.property(dimension, dimension, model, (width, height, id) => {
        const mapping = toImageConfig(`${width}x${height}`, { model: id });
        const tiers = MODELS[id].tiers;
        const coveringTiers = tiers.filter((t) => {
          const p = t.pixels[mapping.aspectRatio!]!;
          return p.width >= width && p.height >= height;
        });
        expect(mapping.covers).toBe(coveringTiers.length > 0);
        if (mapping.covers) {
          expect(mapping.pixels!.width).toBeGreaterThanOrEqual(width);
          expect(mapping.pixels!.height).toBeGreaterThanOrEqual(height);
          expect(mapping.imageSize).toBe(coveringTiers[0]!.imageSize);
        } else {
          expect(mapping.imageSize).toBe(tiers.at(-1)!.imageSize);
        }
      }),
    );
  });

  it("maps every Gemini output size back to the same ratio and tier, exactly", () => {
    for (const id of GENERATING) {
      for (const tier of MODELS[id].tiers) {
        for (const ratio of confirmedAspectRatios(MODELS[id])) {
          const { width, height } = tier.pixels[ratio]!;
          const mapping = toImageConfig(`${width}x${height}`, { model: id });
          expect([mapping.aspectRatio, mapping.imageSize, mapping.exact], `${id} ${width}x${height}`).toEqual([
            ratio,
            tier.imageSize,
            true,
          ]);
        }
      }
    }
  });

  it("maps every OpenAI size for every model without throwing", () => {
    for (const id of GENERATING) for (const size of OPENAI_SIZES) expect(() => toImageConfig(size, { model: id })).not.toThrow();
  });
});
