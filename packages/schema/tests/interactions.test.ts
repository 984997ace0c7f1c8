import { describeFinding } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import { applyPatch, repair, validate } from "../src/index.js";
import { IMAGES } from "./cases.js";
import { INTERACTIONS_CASES } from "./interactions-cases.js";

const DATE = new Date("2026-11-25T00:00:00Z");
const PRO = "gemini-3-pro-image";

describe("validate: Interactions cases", () => {
  for (const testCase of INTERACTIONS_CASES) {
    it(testCase.description, () => {
      const result = validate(testCase.data, { api: testCase.detect ? undefined : "interactions", date: DATE });
      expect(result.findings.map((f) => f.code).sort()).toEqual([...testCase.codes].sort());
      expect(result.ok).toBe(testCase.valid);
      expect(result.api).toBe("interactions");
      expect(result.apiSource).toBe(testCase.detect ? "body" : "option");
    });
  }

  it("every fix of every case applies to the body as written", () => {
    for (const testCase of INTERACTIONS_CASES) {
      for (const finding of validate(testCase.data, { api: "interactions", date: DATE }).findings) {
        if (finding.fix) expect(() => applyPatch(testCase.data, finding.fix!), `${testCase.description}: ${finding.code}`).not.toThrow();
      }
    }
  });
});

describe("validate: which API", () => {
  it("says when neither key is there and generateContent is the default", () => {
    expect(validate({ model: PRO })).toMatchObject({ api: "generate-content", apiSource: "default" });
    expect(validate({ contents: [{ parts: [{ text: "x" }] }] })).toMatchObject({ api: "generate-content", apiSource: "body" });
    expect(validate({ model: PRO, input: "x" })).toMatchObject({ api: "interactions", apiSource: "body", ok: true });
  });

  it("an explicit api wins over the body's keys", () => {
    const result = validate({ model: PRO, input: "x" }, { api: "generate-content" });
    expect(result.api).toBe("generate-content");
    expect(result.findings.map((f) => f.code)).toContain("missing-contents");
  });

  it("takes the model from the body, where Google reads it, over the option", () => {
    const body = { model: "gemini-3.1-flash-image", input: "x", response_format: { type: "image", image_size: "512" } };
    expect(validate(body, { model: PRO }).ok).toBe(true);
    expect(validate({ ...body, model: undefined }, { model: PRO, api: "interactions" }).findings.map((f) => f.code)).toContain("invalid-image-size");
  });
});

describe("validate: Interactions messages and fixes", () => {
  it("maps size to a response_format entry for the model", () => {
    const finding = validate({ model: PRO, input: "x", size: "1792x1024" }).findings.find((f) => f.code === "openai-size")!;
    expect(finding.message).toContain('Remove `size`; set `response_format` to `{ image_size: "2K", aspect_ratio: "16:9" }` (gemini-3-pro-image).');
    expect(finding.fix).toEqual([
      { op: "remove", path: "/size" },
      { op: "add", path: "/response_format", value: { type: "image", image_size: "2K", aspect_ratio: "16:9" } },
    ]);
  });

  it("without a known model, size names the snake_case fields and has no fix", () => {
    const finding = validate({ input: "x", size: "1792x1024" }, { api: "interactions" }).findings.find((f) => f.code === "openai-size")!;
    expect(finding.message).toContain("set `response_format.image_size` and `response_format.aspect_ratio` instead");
    expect(finding.fix).toBeUndefined();
  });

  it("renames camelCase with a move and the protocol's sentence", () => {
    const finding = validate({ model: PRO, input: "x", responseFormat: { type: "image" } }).findings[0]!;
    expect(finding).toMatchObject({ code: "interactions-camel-case", path: "/responseFormat", severity: "error" });
    expect(finding.message).toBe(describeFinding("interactions-camel-case", { field: "responseFormat", snake: "response_format" }).message);
    expect(finding.fix).toEqual([{ op: "move", from: "/responseFormat", path: "/response_format" }]);
  });

  it("names image_size and its fix for \"1k\"", () => {
    const finding = validate({ model: PRO, input: "x", response_format: { type: "image", image_size: "1k" } }).findings[0]!;
    expect(finding.message).toContain('`image_size: 1k` is not accepted by gemini-3-pro-image');
    expect(finding.fix).toEqual([{ op: "replace", path: "/response_format/image_size", value: "1K" }]);
  });

  it("reports a value inside a camelCase block at the path as written", () => {
    const findings = validate({ model: PRO, input: "x", responseFormat: { type: "image", image_size: "512" } }).findings;
    expect(findings.map((f) => [f.code, f.path])).toContainEqual(["invalid-image-size", "/responseFormat/image_size"]);
  });

  it("says b64_json is OpenAI's value and maps it to delivery", () => {
    const finding = validate({ model: PRO, input: "x", response_format: "b64_json" }).findings[0]!;
    expect(finding.message).toContain('("b64_json" is OpenAI\'s value)');
    expect(finding.fix).toEqual([{ op: "replace", path: "/response_format", value: { type: "image", delivery: "inline" } }]);
  });

  it("says the data: URL fix in the Interactions names", () => {
    const body = { model: PRO, input: [{ type: "image", data: `data:image/png;base64,${IMAGES.png}` }] };
    const finding = validate(body).findings[0]!;
    expect(finding.message).toContain("`data` must be bare base64");
    expect(finding.message).toContain("`mime_type`");
    expect(finding.fix).toEqual([
      { op: "replace", path: "/input/0/data", value: IMAGES.png },
      { op: "add", path: "/input/0/mime_type", value: "image/png" },
    ]);
  });

  it("names mime_type when the bytes disagree with it", () => {
    const finding = validate({ model: PRO, input: [{ type: "image", data: IMAGES.png, mime_type: "image/jpeg" }] }).findings[0]!;
    expect(finding.message).toBe('`mime_type` says "image/jpeg" but the bytes are image/png. Write "image/png".');
    expect(finding.fix).toEqual([{ op: "replace", path: "/input/0/mime_type", value: "image/png" }]);
  });

  it("warns about uppercase IMAGE with the lowercase fix", () => {
    const [finding] = validate({ model: PRO, input: "x", response_modalities: ["IMAGE"] }).findings;
    expect(finding).toMatchObject({ code: "response-modality-case", severity: "warning", fix: [{ op: "replace", path: "/response_modalities/0", value: "image" }] });
    expect(finding!.message).toContain("Google documents lowercase values");
  });

  it("adds the model a caller named when the body has none", () => {
    const finding = validate({ input: "x" }, { api: "interactions", model: "nano-banana-pro" }).findings.find((f) => f.path === "/model")!;
    expect(finding.fix).toEqual([{ op: "add", path: "/model", value: PRO }]);
  });
});

describe("repair: Interactions bodies", () => {
  it("fixes every habit at once and leaves the input untouched", () => {
    const input = {
      model: PRO,
      input: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: IMAGES.png } }, { text: "Make it night" }] }],
      generationConfig: { imageConfig: { imageSize: "1k", aspectRatio: "16:9" } },
      size: "1024x1024",
      n: 1,
      quality: "hd",
    };
    const before = structuredClone(input);
    const result = repair(input);
    expect(input).toEqual(before);
    expect(result.api).toBe("interactions");
    expect(result.body).toEqual({
      model: PRO,
      input: [{ type: "image", data: IMAGES.png, mime_type: "image/png" }, { type: "text", text: "Make it night" }],
      generation_config: {},
      // The image_config the user wrote wins over what size maps to (1K 1:1).
      response_format: { type: "image", image_size: "1K", aspect_ratio: "16:9" },
    });
    expect(result.findings).toEqual([]);
  });

  it("folds image_config and response_modalities into response_format", () => {
    const result = repair({ model: PRO, input: "x", response_modalities: ["text", "image"], generation_config: { image_config: { aspect_ratio: "3:4" } } });
    expect(result.body).toEqual({ model: PRO, input: "x", generation_config: {}, response_format: [{ type: "text" }, { type: "image", aspect_ratio: "3:4" }] });
  });

  it("turns top-level contents of one user turn into input, and a Content system_instruction into its text", () => {
    const result = repair({ model: PRO, contents: [{ role: "user", parts: [{ text: "x" }] }], system_instruction: { parts: [{ text: "Be brief" }] } }, { api: "interactions" });
    expect(result.body).toEqual({ model: PRO, input: [{ type: "text", text: "x" }], system_instruction: "Be brief" });
    expect(result.apiSource).toBe("option");
  });

  it("size after response_format \"b64_json\" lands in the new image entry", () => {
    const result = repair({ model: PRO, input: "x", response_format: "b64_json", size: "1792x1024" });
    expect(result.body).toEqual({ model: PRO, input: "x", response_format: { type: "image", delivery: "inline", image_size: "2K", aspect_ratio: "16:9" } });
  });

  it("leaves what needs a person: a model turn, a URL in data, the prompt field", () => {
    const body = { model: PRO, prompt: "a cat", input: [{ role: "model", parts: [{ text: "Here" }] }, { type: "image", data: "https://example.com/a.png" }] };
    const result = repair(body);
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => f.code).sort()).toEqual(["generate-content-shape-in-input", "openai-field", "url-inline-data"]);
  });

  it("keeps Google's sample shapes byte for byte", () => {
    for (const body of [{ model: PRO, response_modalities: ["image"], input: "x" }, { model: PRO, input: [{ type: "text", text: "x" }, { type: "image", data: IMAGES.png, mime_type: "image/png" }] }]) {
      const result = repair(body);
      expect(result.body).toBe(body);
      expect(result.findings).toEqual([]);
    }
  });
});

describe("hostile Interactions bodies", () => {
  it("a throwing getter, a cycle in input and deep nesting are findings, never throws", () => {
    const getter = Object.defineProperty({ input: "x" }, "model", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(validate(getter, { api: "interactions" }).findings.map((f) => f.code)).toContain("invalid-body");
    const cycle: Record<string, unknown> = { model: PRO };
    cycle.input = [cycle];
    expect(validate(cycle).findings.map((f) => f.code)).toEqual(["invalid-body"]);
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const result = validate({ model: PRO, input: deep });
    expect(result).toMatchObject({ ok: false, api: "interactions" });
    expect(result.findings[0]!.message).toContain("Send one JSON object with `input`");
  });

  it("a __proto__ key is an unknown field, not a prototype change", () => {
    const body = JSON.parse('{"model":"gemini-3-pro-image","input":"x","__proto__":{"polluted":true}}') as object;
    expect(validate(body).findings.map((f) => f.code)).toEqual(["unknown-field"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
