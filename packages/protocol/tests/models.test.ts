import { describe, expect, it } from "vitest";
import {
  ALL_ASPECT_RATIOS,
  BASE_ASPECT_RATIOS,
  MODELS,
  confirmedAspectRatios,
  isUnconfirmedAspectRatio,
  toImageConfig,
  MODEL_IDS,
  getModel,
  isModelId,
  modelLifecycle,
  outputPixels,
  type AspectRatio,
} from "../src/index.js";
import { codeSpans, factsAvailable, factsFlash25Pixels, factsModelRows, factsPixelTable, factsText } from "./facts-page.js";

describe("model registry", () => {
  it("lists every model id once, and every id resolves to its own record", () => {
    expect(new Set(MODEL_IDS).size).toBe(MODEL_IDS.length);
    expect([...MODEL_IDS].sort()).toEqual(Object.keys(MODELS).sort());
    for (const id of MODEL_IDS) {
      expect(getModel(id).id).toBe(id);
      expect(isModelId(id)).toBe(true);
    }
    expect(isModelId("gemini-3-pro")).toBe(false);
    expect(isModelId("toString")).toBe(false);
  });

  it("gives every tier a pixel entry for exactly the model's ratios", () => {
    for (const id of MODEL_IDS) {
      const model = MODELS[id];
      for (const tier of model.tiers) {
        expect(Object.keys(tier.pixels).sort()).toEqual([...model.aspectRatios].sort());
      }
      const sizes = model.tiers.map((t) => t.imageSize).filter((s) => s !== undefined);
      expect(sizes).toEqual(model.imageSizes);
    }
  });

  it("keeps tiers smallest first, so 'smallest covering tier' is the first match", () => {
    for (const id of MODEL_IDS) {
      const tiers = MODELS[id].tiers;
      for (let i = 1; i < tiers.length; i++) {
        expect(tiers[i]!.pixels["1:1"]!.width).toBeGreaterThan(tiers[i - 1]!.pixels["1:1"]!.width);
        expect(tiers[i]!.priceUsd).toBeGreaterThanOrEqual(tiers[i - 1]!.priceUsd);
      }
    }
  });

  it("knows which models take the 512 tier and the extreme ratios", () => {
    expect(MODELS["gemini-3.1-flash-image"].imageSizes).toContain("512");
    expect(MODELS["gemini-3-pro-image"].imageSizes).not.toContain("512");
    expect(MODELS["gemini-3.1-flash-image"].aspectRatios).toEqual(ALL_ASPECT_RATIOS);
    expect(MODELS["gemini-3-pro-image"].aspectRatios).toEqual(BASE_ASPECT_RATIOS);
    expect(MODELS["gemini-2.5-flash-image"].imageSizes).toEqual([]);
  });

  it("takes only 1K on 3.1 Flash Lite Image and holds its extreme ratios as unconfirmed", () => {
    const lite = MODELS["gemini-3.1-flash-lite-image"];
    expect(lite.imageSizes).toEqual(["1K"]);
    expect(lite.unconfirmedAspectRatios).toEqual(["1:4", "4:1", "1:8", "8:1"]);
    expect(confirmedAspectRatios(lite)).toEqual(BASE_ASPECT_RATIOS);
    expect(isUnconfirmedAspectRatio(lite, "1:8")).toBe(true);
    expect(isUnconfirmedAspectRatio(lite, "16:9")).toBe(false);
    expect(isUnconfirmedAspectRatio(MODELS["gemini-3.1-flash-image"], "1:8")).toBe(false);
    // Google publishes no price for it: the third-party figures are marked as such.
    expect(lite.tiers.map((t) => [t.imageSize, t.outputTokens, t.priceUsd, t.unconfirmedCost])).toEqual([["1K", 1120, 0.034, true]]);
    expect(MODEL_IDS.flatMap((id) => MODELS[id].tiers).filter((t) => t.unconfirmedCost).length).toBe(1);
  });

  it("never maps a size to a ratio Google does not confirm for the model", () => {
    const mapped = toImageConfig("1024x4096", { model: "gemini-3.1-flash-lite-image" });
    expect(mapped.aspectRatio).toBe("9:16");
    expect(mapped.imageSize).toBe("1K");
    expect(toImageConfig("1024x4096", { model: "gemini-3.1-flash-image" }).aspectRatio).toBe("1:4");
  });
});

describe("model lifecycle", () => {
  const before = new Date("2026-06-01T00:00:00Z");
  const after = new Date("2026-11-25T00:00:00Z");

  it("turns previews shut down on their exact shutdown day", () => {
    expect(modelLifecycle("gemini-3-pro-image-preview", before)).toBe("deprecated");
    expect(modelLifecycle("gemini-3-pro-image-preview", new Date("2026-06-25T00:00:00Z"))).toBe("shut-down");
    expect(modelLifecycle("gemini-3.1-flash-image-preview", after)).toBe("shut-down");
  });

  it("keeps an 'earliest' shutdown a deprecation until Google confirms it", () => {
    expect(modelLifecycle("gemini-2.5-flash-image", after)).toBe("deprecated");
  });

  it("reports 3.1 Flash Lite Image active from its GA day", () => {
    expect(MODELS["gemini-3.1-flash-lite-image"].status).toEqual({ stage: "ga", gaSince: "2026-06-30" });
    expect(modelLifecycle("gemini-3.1-flash-lite-image", after)).toBe("active");
  });

  it("reports GA models active and the 2.5 preview shut down whatever the day", () => {
    expect(modelLifecycle("gemini-3-pro-image", after)).toBe("active");
    expect(modelLifecycle("gemini-3.1-flash-image", after)).toBe("active");
    expect(modelLifecycle("gemini-2.5-flash-image-preview", before)).toBe("shut-down");
  });

  it("names a replacement for every preview id", () => {
    for (const id of MODEL_IDS.filter((m) => m.endsWith("-preview"))) {
      const replacement = MODELS[id].status.replacement;
      expect(replacement && isModelId(replacement), id).toBe(true);
      expect(modelLifecycle(replacement!, after)).not.toBe("shut-down");
    }
  });
});

describe.skipIf(!factsAvailable)("registry against shared/docs/protocol-facts.md", () => {
  const rows = factsModelRows();

  it("has a row for every model and a model for every row", () => {
    expect([...rows.keys()].sort()).toEqual([...MODEL_IDS].sort());
  });

  it.each(MODEL_IDS)("%s: name, imageSize values, ratios, input images and candidateCount", (id) => {
    const [, name, status, sizes, ratios, maxImages, candidates] = rows.get(id)!;
    const model = MODELS[id];
    expect(name).toBe(model.name === "Nano Banana (preview)" ? "-" : model.name);
    if (status!.startsWith("shut down")) {
      expect(model.status.stage).toBe("shut-down");
      return;
    }
    expect(status!.startsWith("GA") ? "ga" : "preview").toBe(model.status.stage);
    if (model.status.gaSince) expect(status).toContain(model.status.gaSince);
    if (model.status.replacement) expect(status).toContain(model.status.replacement);
    if (model.status.shutdown?.exact) expect(status).toContain(model.status.shutdown.date);

    const factSizes = sizes === "as GA" ? codeSpans(rows.get(model.status.replacement!)![3]!) : codeSpans(sizes!);
    expect(factSizes).toEqual([...model.imageSizes]);

    const extended = codeSpans(ratios === "as GA" ? rows.get(model.status.replacement!)![4]! : ratios!);
    expect(model.aspectRatios).toEqual([...BASE_ASPECT_RATIOS, ...extended]);

    const images = maxImages === "as GA" ? rows.get(model.status.replacement!)![5]! : maxImages!;
    expect(Number.parseInt(images, 10)).toBe(model.maxInputImages);
    const high = /\((\d+) at high fidelity\)/u.exec(images)?.[1];
    expect(high === undefined ? undefined : Number(high)).toBe(model.maxHighFidelityInputImages);

    const maxCandidates = /(\d+)\s*$|1-(\d+)/u.exec(candidates!.replace(/\s*\(.*\)/u, ""));
    expect(Number(maxCandidates?.[2] ?? maxCandidates?.[1])).toBe(model.maxCandidateCount);
  });

  it("matches the Gemini 3 pixel table at every tier (1K × 0.5, 1, 2, 4)", () => {
    const table = factsPixelTable();
    expect(table.size).toBe(14);
    const scale = { "512": 0.5, "1K": 1, "2K": 2, "4K": 4 } as const;
    for (const id of ["gemini-3-pro-image", "gemini-3.1-flash-image"] as const) {
      for (const size of MODELS[id].imageSizes) {
        for (const ratio of MODELS[id].aspectRatios) {
          const [w, h] = table.get(ratio)!;
          expect(outputPixels(id, size, ratio)).toEqual({ width: w * scale[size], height: h * scale[size] });
        }
      }
    }
  });

  it("matches the 2.5 Flash Image pixel list", () => {
    const table = factsFlash25Pixels();
    expect(table.size).toBe(10);
    for (const [ratio, [width, height]] of table) {
      expect(outputPixels("gemini-2.5-flash-image", undefined, ratio as AspectRatio)).toEqual({ width, height });
    }
  });

  it("matches the output tokens and prices per tier", () => {
    const flat = factsText.replace(/\s+/gu, " ");
    expect(flat).toContain("3 Pro 1120 (1K, 2K), 2000 (4K)");
    expect(flat).toContain("3.1 Flash 747 (512), 1120 (1K), 1680 (2K), 2520 (4K)");
    expect(flat).toContain("2.5 Flash 1290");
    expect(flat).toContain("3 Pro $0.134 (1K/2K), $0.24 (4K); 3.1 Flash $0.045 (512), $0.067 (1K), $0.101 (2K), $0.151 (4K); 2.5 Flash $0.039");
    const tiers = (id: keyof typeof MODELS) =>
      MODELS[id].tiers.map((t) => [t.imageSize ?? "-", t.outputTokens, t.priceUsd]);
    expect(tiers("gemini-3-pro-image")).toEqual([
      ["1K", 1120, 0.134],
      ["2K", 1120, 0.134],
      ["4K", 2000, 0.24],
    ]);
    expect(tiers("gemini-3.1-flash-image")).toEqual([
      ["512", 747, 0.045],
      ["1K", 1120, 0.067],
      ["2K", 1680, 0.101],
      ["4K", 2520, 0.151],
    ]);
    expect(tiers("gemini-2.5-flash-image")).toEqual([["-", 1290, 0.039]]);
  });
});
