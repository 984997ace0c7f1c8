import { describeFinding } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import { RequestBodyError, assertValid, validate } from "../src/index.js";
import { CASES, IMAGES } from "./cases.js";

const DATE = new Date("2026-11-25T00:00:00Z");
const prompt = { contents: [{ parts: [{ text: "a cat" }] }] };

describe("validate: data-driven cases", () => {
  for (const testCase of CASES) {
    it(`${testCase.description}${testCase.model ? ` (${testCase.model})` : ""}`, () => {
      const result = validate(testCase.data, { model: testCase.model, date: DATE });
      expect(result.findings.map((f) => f.code).sort()).toEqual([...testCase.codes].sort());
      expect(result.ok).toBe(testCase.valid);
    });
  }
});

describe("validate: messages and fixes", () => {
  it("says what an OpenAI size becomes for the model", () => {
    const [finding] = validate({ ...prompt, size: "1792x1024" }, { model: "gemini-3-pro-image" }).findings;
    expect(finding).toMatchObject({ code: "openai-size", path: "/size", severity: "error" });
    expect(finding!.message).toContain(
      'Remove `size`; set `generationConfig.imageConfig` to `{ imageSize: "2K", aspectRatio: "16:9" }` (gemini-3-pro-image).',
    );
    expect(finding!.fix).toEqual([
      { op: "remove", path: "/size" },
      { op: "add", path: "/generationConfig", value: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" } } },
    ]);
  });

  it("keeps the imageConfig the user wrote and only removes size", () => {
    const body = { ...prompt, size: "1024x1024", generationConfig: { imageConfig: { imageSize: "4K", aspectRatio: "1:1" } } };
    const finding = validate(body, { model: "gemini-3-pro-image" }).findings.find((f) => f.code === "openai-size");
    expect(finding!.fix).toEqual([{ op: "remove", path: "/size" }]);
  });

  it("uses the protocol's sentence for every finding", () => {
    const [finding] = validate({ ...prompt, n: 2 }).findings;
    expect(finding!.message).toBe(describeFinding("openai-n", { field: "n" }).message);
  });

  it("names imageSize for image_size and moves it", () => {
    const body = { ...prompt, generationConfig: { imageConfig: { image_size: "2K" } } };
    const finding = validate(body).findings.find((f) => f.code === "snake-case-field")!;
    expect(finding.path).toBe("/generationConfig/imageConfig/image_size");
    expect(finding.message).toContain("Write `imageSize`");
    expect(finding.fix).toEqual([{ op: "move", from: "/generationConfig/imageConfig/image_size", path: "/generationConfig/imageConfig/imageSize" }]);
  });

  it("names the right path for a misplaced key, creating parents in the fix", () => {
    const finding = validate({ ...prompt, aspectRatio: "16:9" }).findings[0]!;
    expect(finding).toMatchObject({ code: "misplaced-field", path: "/aspectRatio" });
    expect(finding.message).toContain("Move it to `generationConfig.imageConfig.aspectRatio`");
    expect(finding.fix).toEqual([
      { op: "add", path: "/generationConfig", value: { imageConfig: {} } },
      { op: "move", from: "/aspectRatio", path: "/generationConfig/imageConfig/aspectRatio" },
    ]);
  });

  it("looks inside misplaced and snake_case blocks and reports at the paths as written", () => {
    const body = { ...prompt, image_config: { image_size: "2k", aspect_ratio: "1:8" } };
    const findings = validate(body, { model: "gemini-3-pro-image" }).findings;
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["misplaced-field", "/image_config"],
      ["snake-case-field", "/image_config/image_size"],
      ["snake-case-field", "/image_config/aspect_ratio"],
      ["invalid-image-size", "/image_config/image_size"],
      ["invalid-aspect-ratio", "/image_config/aspect_ratio"],
    ]);
    expect(findings[3]!.fix).toEqual([{ op: "replace", path: "/image_config/image_size", value: "2K" }]);
  });

  it("keeps a fix inside a moved block only when it applies to the body as written", () => {
    const body = { ...prompt, image_config: { temperature: false } };
    const inner = validate(body).findings.filter((f) => f.path === "/image_config/temperature");
    expect(inner.map((f) => f.code)).toEqual(["misplaced-field", "invalid-value"]);
    // Moving temperature to generationConfig needs the image_config move first: no fix yet.
    expect(inner[0]!.fix).toBeUndefined();
  });

  it('turns "1k" into "1K" and lists the model\'s sizes otherwise', () => {
    const path = "/generationConfig/imageConfig/imageSize";
    const lower = validate({ ...prompt, generationConfig: { imageConfig: { imageSize: "1k" } } }, { model: "gemini-3-pro-image" }).findings[0]!;
    expect(lower.message).toContain('Write "1K".');
    expect(lower.fix).toEqual([{ op: "replace", path, value: "1K" }]);
    const small = validate({ ...prompt, generationConfig: { imageConfig: { imageSize: "512" } } }, { model: "gemini-3-pro-image" }).findings[0]!;
    expect(small.message).toContain('"1K", "2K", "4K"');
    expect(small.fix).toBeUndefined();
  });

  it("points at inline data by JSON pointer and fixes a mislabelled type", () => {
    const body = { contents: [{ parts: [{ text: "edit" }, { inlineData: { mimeType: "image/jpeg", data: IMAGES.png } }] }] };
    const finding = validate(body).findings[0]!;
    expect(finding).toMatchObject({ code: "mime-type-mismatch", path: "/contents/0/parts/1/inlineData/mimeType" });
    expect(finding.fix).toEqual([{ op: "replace", path: "/contents/0/parts/1/inlineData/mimeType", value: "image/png" }]);
  });

  it("strips a data: URL prefix in the fix", () => {
    const body = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: `data:image/png;base64,${IMAGES.png}` } }] }] };
    const finding = validate(body).findings[0]!;
    expect(finding.fix).toEqual([{ op: "replace", path: "/contents/0/parts/0/inlineData/data", value: IMAGES.png }]);
  });

  it("flags bad characters in the last KB of a long blob but never reads the middle", () => {
    const middle = "A".repeat(10_000);
    const tailBad = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: `${IMAGES.png}${middle}!!` } }] }] };
    expect(validate(tailBad).findings.map((f) => f.code)).toEqual(["invalid-base64"]);
    const middleBad = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: `${IMAGES.png}${middle}!${middle}` } }] }] };
    expect(validate(middleBad).ok).toBe(true);
  });

  it("counts inline bytes against the request limit", () => {
    const big = "A".repeat(60 * 1024 * 1024);
    const body = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: big } }, { inlineData: { mimeType: "image/png", data: big } }] }] };
    const finding = validate(body).findings.find((f) => f.code === "inline-data-too-large");
    expect(finding?.path).toBe("/contents");
  });

  it("names the model from a URL and suggests the id it is close to", () => {
    const [finding] = validate(prompt, { model: "/v1beta/models/gemini-3-pro-imag:generateContent" }).findings;
    expect(finding!.message).toBe('"gemini-3-pro-imag" is not a Gemini image model id. Did you mean "gemini-3-pro-image"?');
  });

  it("warns about lifecycle only on the given date", () => {
    const codes = (date: string) => validate(prompt, { model: "gemini-3-pro-image-preview", date: new Date(date) }).findings.map((f) => f.code);
    expect(codes("2026-03-01")).toEqual(["deprecated-model"]);
    expect(codes("2026-07-01")).toEqual(["retired-model"]);
  });
});

describe("assertValid", () => {
  it("returns the body when it has no errors", () => {
    expect(assertValid(prompt)).toBe(prompt);
  });

  it("throws one error listing every finding", () => {
    const body = { ...prompt, size: "1024x1024", n: 2 };
    let error: unknown;
    try {
      assertValid(body);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RequestBodyError);
    const { message, findings } = error as RequestBodyError;
    expect(findings.map((f) => f.code)).toEqual(["openai-size", "openai-n"]);
    expect(message).toMatch(/2 problems/);
    expect(message).toContain("/size:");
    expect(message).toContain("/n:");
  });
});
