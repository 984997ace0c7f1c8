import { describe, expect, it } from "vitest";
import { applyPatch, repair, validate } from "../src/index.js";
import { CASES, IMAGES, REPAIRS } from "./cases.js";

const PRO = "gemini-3-pro-image";
const contents = [{ parts: [{ text: "a cat" }] }];

describe("repair", () => {
  it("fixes every repairable problem at once and leaves the input untouched", () => {
    const input = {
      contents: [{ parts: [{ inline_data: { mime_type: "image/png", data: IMAGES.png } }, { text: "restyle" }] }],
      size: "1792x1024",
      n: 1,
      quality: "hd",
      imageConfig: { image_size: "1k", aspect_ratio: "16x9" },
      responseModalities: "image",
    };
    const before = structuredClone(input);
    const result = repair(input, { model: PRO });
    expect(input).toEqual(before);
    expect(result.body).toEqual({
      contents: [{ parts: [{ inlineData: { data: IMAGES.png, mimeType: "image/png" } }, { text: "restyle" }] }],
      // The imageConfig the user wrote wins over what size maps to (2K).
      generationConfig: { imageConfig: { imageSize: "1K", aspectRatio: "16:9" }, responseModalities: ["IMAGE"] },
    });
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => c.description)).toContain('Changed `generationConfig.imageConfig.imageSize` from "1k" to "1K".');
    expect(result.changes.map((c) => c.description)).toContain("Moved `imageConfig` to `generationConfig.imageConfig`.");
    expect(result.changes.map((c) => c.description)).toContain('Removed `size` ("1792x1024").');
  });

  it("without a model, removes size only when the body's own imageConfig sets both values", () => {
    const complete = { contents, size: "1024x1024", generationConfig: { imageConfig: { imageSize: "1K", aspectRatio: "1:1" } } };
    expect(repair(complete).body).not.toHaveProperty("size");
    const partial = { contents, size: "1024x1024", generationConfig: { imageConfig: { aspectRatio: "1:1" } } };
    const result = repair(partial);
    expect(result.body).toHaveProperty("size", "1024x1024");
    expect(result.findings.map((f) => f.code)).toContain("openai-size");
  });

  it("turns size into the model's imageConfig and adds IMAGE", () => {
    const result = repair({ contents, size: "1792x1024" }, { model: PRO });
    expect(result.body).toEqual({ contents, generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" }, responseModalities: ["IMAGE"] } });
    expect(result.changes.map((c) => c.code)).toEqual(["openai-size", "missing-response-modalities"]);
    expect(result.changes[0]!.description).toBe(
      'Removed `size` ("1792x1024"), set `generationConfig` to {"imageConfig":{"imageSize":"2K","aspectRatio":"16:9"}}.',
    );
  });

  it("maps the same size differently for another model", () => {
    const result = repair({ contents, size: "1024x1792" }, { model: "gemini-2.5-flash-image" });
    expect(result.body).toMatchObject({ generationConfig: { imageConfig: { aspectRatio: "9:16" } } });
    expect((result.body as { generationConfig: { imageConfig: object } }).generationConfig.imageConfig).not.toHaveProperty("imageSize");
  });

  it("keeps size as a finding when no model says what it maps to", () => {
    const result = repair({ contents, size: "1792x1024" });
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["openai-size"]);
  });

  it("leaves what it cannot repair as findings", () => {
    const input = { prompt: "a cat", contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: "https://example.com/cat.png" } }] }] };
    const result = repair(input, { model: PRO });
    expect(result.body).toBe(input);
    expect(result.findings.map((f) => f.code)).toEqual(["openai-field", "url-inline-data"]);
  });

  it("strips a data: URL and shares untouched parts with the input", () => {
    const image = { inlineData: { data: `data:image/png;base64,${IMAGES.png}` } };
    const text = { text: "x" };
    const input = { contents: [{ parts: [text, image] }] };
    const result = repair(input);
    const parts = (result.body as typeof input).contents[0]!.parts;
    expect(parts[1]).toEqual({ inlineData: { data: IMAGES.png, mimeType: "image/png" } });
    expect(parts[0]).toBe(text);
    expect(image.inlineData.data.startsWith("data:")).toBe(true);
  });

  it("repairs every seed pitfall that has a safe fix into a body without errors", () => {
    for (const testCase of CASES.filter((c) => c.description.startsWith("seed pitfall"))) {
      const result = repair(testCase.data, { model: testCase.model ?? PRO });
      expect(validate(result.body, { model: testCase.model ?? PRO }).ok, testCase.description).toBe(true);
      expect(result.findings.filter((f) => f.severity === "error"), testCase.description).toEqual([]);
    }
  });

  it("never pollutes a prototype, even with __proto__ keys in the body", () => {
    const input = JSON.parse(`{"contents":[{"parts":[{"text":"x"}]}],"__proto__":{"polluted":true},"size":"1024x1024"}`) as unknown;
    const result = repair(input, { model: PRO });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.body as object, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(result.body)).toBe(Object.prototype);
    expect(result.findings.map((f) => f.code)).toEqual(["unknown-field"]);
  });

  it("answers bodies it cannot read with a finding and no changes", () => {
    const cyclic: Record<string, unknown> = { contents };
    cyclic.self = cyclic;
    const result = repair(cyclic);
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["invalid-body"]);
  });
});

describe("repair: data-driven cases", () => {
  for (const testCase of REPAIRS) {
    it(testCase.description, () => {
      const result = repair(testCase.data, { model: testCase.model });
      expect(result.body).toEqual(testCase.repaired);
      expect(result.findings).toEqual([]);
    });
  }
});

describe("applyPatch", () => {
  it("never overwrites with add and copies only the changed path", () => {
    const body = { a: { b: 1 }, c: { d: 2 } };
    expect(() => applyPatch(body, [{ op: "add", path: "/a/b", value: 3 }])).toThrow(/already set/);
    const next = applyPatch(body, [{ op: "add", path: "/a/e", value: 3 }]) as typeof body;
    expect(next).toEqual({ a: { b: 1, e: 3 }, c: { d: 2 } });
    expect(next.c).toBe(body.c);
    expect(body.a).toEqual({ b: 1 });
  });

  it("adds to arrays by index or -", () => {
    expect(applyPatch({ m: ["TEXT"] }, [{ op: "add", path: "/m/-", value: "IMAGE" }])).toEqual({ m: ["TEXT", "IMAGE"] });
    expect(applyPatch({ m: ["TEXT"] }, [{ op: "add", path: "/m/0", value: "IMAGE" }])).toEqual({ m: ["IMAGE", "TEXT"] });
  });
});
