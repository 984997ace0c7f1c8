import { describe, expect, it } from "vitest";
import { MAX_DEPTH, validate } from "../src/index.js";

const prompt = { contents: [{ parts: [{ text: "a cat" }] }] };
const codes = (body: unknown) => validate(body).findings.map((f) => f.code);

/** `{ a: { a: … } }` `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe("hostile bodies: a finding, never a crash, a hang or a polluted prototype", () => {
  it("reports __proto__ and constructor keys from JSON.parse as unknown fields without polluting", () => {
    const body = JSON.parse(
      '{"contents":[{"parts":[{"text":"x"}]}],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"generationConfig":{"__proto__":{"imageSize":"4K"}}}',
    ) as unknown;
    const result = validate(body);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["unknown-field", "/__proto__"],
      ["unknown-field", "/constructor"],
      ["unknown-field", "/generationConfig/__proto__"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("imageSize");
  });

  it("reports 100,000-deep nesting from JSON.parse as a body it cannot check", () => {
    const depth = 100_000;
    const text = `{"contents":[{"parts":[{"text":"x"}]}],"generationConfig":{"responseSchema":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}}`;
    const result = validate(JSON.parse(text));
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.code).toBe("invalid-body");
    expect(result.findings[0]!.message).toContain(`deeper than ${MAX_DEPTH} levels`);
  });

  it("accepts nesting up to the limit", () => {
    const body = { ...prompt, generationConfig: { responseSchema: nested(MAX_DEPTH - 3) } };
    expect(validate(body).ok).toBe(true);
    const deeper = { ...prompt, generationConfig: { responseSchema: nested(MAX_DEPTH) } };
    expect(codes(deeper)).toEqual(["invalid-body"]);
  });

  it("reads 200 MB strings without scanning them", () => {
    const huge = "A".repeat(200 * 1024 * 1024);
    const inline = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: huge } }, { text: "x" }] }] };
    expect(codes(inline)).toEqual(["inline-data-too-large"]);
    expect(codes({ contents: [{ parts: [{ text: huge }] }] })).toEqual([]);
    expect(codes({ ...prompt, [huge.slice(0, 1000)]: 1 })).toEqual(["unknown-field"]);
    // Messages quote a few characters of a hostile value, never all of it.
    const odd = validate({ ...prompt, generationConfig: { imageConfig: { imageSize: huge } } }).findings[0]!;
    expect(odd.code).toBe("invalid-image-size");
    expect(odd.message.length).toBeLessThan(400);
    const mime = { contents: [{ parts: [{ inlineData: { mimeType: huge, data: "iVBORw0KGgo=" } }] }] };
    expect(validate(mime).findings[0]!.message.length).toBeLessThan(400);
  });

  it.each([
    ["null", null, "it is null"],
    ["a number", 42, "it is a number"],
    ["a boolean", true, "it is a boolean"],
    ["undefined", undefined, "it is a undefined"],
    ["an array", [], "it is an array"],
    ["a string", "{}", "parse the JSON text first"],
  ])("reports %s as a body it cannot check", (_, body, reason) => {
    const result = validate(body);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(["invalid-body"]);
    expect(result.findings[0]!.message).toContain(reason);
  });

  it("reports cycles, but not an object shared twice", () => {
    const cyclic: Record<string, unknown> = { ...prompt, generationConfig: {} };
    (cyclic.generationConfig as Record<string, unknown>).responseSchema = cyclic;
    expect(codes(cyclic)).toEqual(["invalid-body"]);
    expect(validate(cyclic).findings[0]!.message).toContain("cycle");
    const part = { text: "x" };
    expect(codes({ contents: [{ parts: [part, part] }] })).toEqual([]);
  });

  it("reports a getter that throws instead of throwing", () => {
    const body = { ...prompt };
    Object.defineProperty(body, "generationConfig", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(codes(body)).toEqual(["invalid-body"]);
  });
});
