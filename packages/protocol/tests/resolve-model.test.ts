import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MODEL_ALIASES, MODEL_IDS, SDK_LISTED_IMAGE_MODEL_IDS, nearestModelId, nearestName, requireModel, resolveModel } from "../src/index.js";

describe("resolveModel", () => {
  it.each([
    ["gemini-3-pro-image", "gemini-3-pro-image", "id", undefined],
    ["  gemini-3.1-flash-image  ", "gemini-3.1-flash-image", "id", undefined],
    ["models/gemini-2.5-flash-image", "gemini-2.5-flash-image", "models-path", undefined],
    [
      "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent",
      "gemini-3-pro-image",
      "url",
      undefined,
    ],
    [
      "https://api.apiyi.com/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse",
      "gemini-3-pro-image-preview",
      "url",
      undefined,
    ],
    ["/v1beta/models/gemini-3.1-flash-image:generateContent", "gemini-3.1-flash-image", "url", undefined],
    [
      "projects/p/locations/global/publishers/google/models/gemini-3-pro-image:generateContent",
      "gemini-3-pro-image",
      "url",
      undefined,
    ],
    ["gemini-3-pro-image:generateContent", "gemini-3-pro-image", "id", undefined],
    ["google/gemini-3-pro-image", "gemini-3-pro-image", "prefixed", undefined],
    ["gemini/gemini-2.5-flash-image", "gemini-2.5-flash-image", "prefixed", undefined],
    ["nano-banana", "gemini-2.5-flash-image", "id", "nano-banana"],
    ["nano-banana-pro", "gemini-3-pro-image", "id", "nano-banana-pro"],
    ["nano-banana-2", "gemini-3.1-flash-image", "id", "nano-banana-2"],
    ["/v1beta/models/nano-banana-pro:generateContent", "gemini-3-pro-image", "url", "nano-banana-pro"],
  ] as const)("recognises %j", (input, id, form, alias) => {
    const resolved = resolveModel(input);
    expect(resolved).toMatchObject({ kind: "known", id, form, alias, input });
  });

  it.each([
    ["dall-e-3", undefined],
    ["gpt-image-1", undefined],
    ["gemini-3-pro-preview", undefined],
    ["gemini-2.5-flash", undefined],
    ["imagen-4.0-generate-001", undefined],
    ["https://api.openai.com/v1/images/generations", undefined],
    ["gemini-3-pro-imag", "gemini-3-pro-image"],
    ["gemini-3.1-flash-imge", "gemini-3.1-flash-image"],
    ["Gemini-3-Pro-Image", "gemini-3-pro-image"],
    ["", undefined],
  ])("answers unknown for %j (suggestion %j)", (input, suggestion) => {
    const resolved = resolveModel(input);
    expect(resolved.kind).toBe("unknown");
    expect(resolved.kind === "unknown" && resolved.suggestion).toBe(suggestion ?? undefined);
  });

  it("never throws, whatever it is given", () => {
    for (const value of [undefined, null, 42, {}, [], Symbol("x"), "constructor", "__proto__", "models/", ":"]) {
      expect(() => resolveModel(value)).not.toThrow();
    }
    fc.assert(fc.property(fc.string(), (text) => ["known", "unknown"].includes(resolveModel(text).kind)));
  });

  it("maps every alias to a known model", () => {
    for (const id of Object.values(MODEL_ALIASES)) expect(MODEL_IDS).toContain(id);
  });

  it("knows the ids Google's SDK lists without published capabilities: real, never a typo", () => {
    for (const id of SDK_LISTED_IMAGE_MODEL_IDS) {
      for (const text of [id, `models/${id}`, `https://generativelanguage.googleapis.com/v1beta/models/${id}:generateContent`]) {
        expect(resolveModel(text)).toMatchObject({ kind: "unknown", name: id, suggestion: undefined, listed: true });
      }
      expect(() => requireModel(id)).toThrow(/lists, but Google has published no image sizes/u);
    }
    expect(resolveModel("gemini-nano-banana-2")).toMatchObject({ kind: "unknown", listed: false });
    expect(resolveModel("gemini-3-pro-imag")).toMatchObject({ listed: false, suggestion: "gemini-3-pro-image" });
  });

  it("suggests only for gemini image look-alikes", () => {
    expect(nearestModelId("gemini-2.5-flash-imag")).toBe("gemini-2.5-flash-image");
    expect(nearestModelId("gemini-3-pro")).toBeUndefined();
    expect(nearestModelId("flash-image")).toBeUndefined();
  });
});

describe("nearestName", () => {
  it("answers the closest name within the edits allowed, else nothing", () => {
    expect(nearestName("aspect_ration", ["image_size", "aspect_ratio"], 2)).toBe("aspect_ratio");
    expect(nearestName("imagesize", ["image_size", "aspect_ratio"], 2)).toBe("image_size");
    expect(nearestName("size", ["image_size", "store"], 2)).toBeUndefined();
    expect(nearestName("n", ["input", "model"], 0)).toBeUndefined();
  });
});
