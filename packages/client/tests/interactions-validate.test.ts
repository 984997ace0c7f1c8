import { describe, expect, it } from "vitest";
import { defaultValidator, validateInteractions } from "../src/index.js";

const body = (format: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  model: "gemini-3-pro-image",
  input: [{ type: "text", text: "x" }],
  response_format: { type: "image", ...format },
  ...extra,
});
const codes = (value: unknown) => validateInteractions(value).findings.map((f) => [f.code, f.path]);

describe("validateInteractions", () => {
  const cases: { description: string; data: unknown; valid: boolean; findings: [string, string][] }[] = [
    { description: "a correct body", data: body({ image_size: "2K", aspect_ratio: "16:9" }), valid: true, findings: [] },
    { description: "camelCase names in response_format", data: body({ imageSize: "2K" }), valid: false, findings: [["unknown-field", "/response_format/imageSize"]] },
    { description: "OpenAI size at the top level", data: body({}, { size: "1024x1024" }), valid: false, findings: [["unknown-field", "/size"]] },
    { description: "no model in the body", data: { input: "x", response_format: { type: "image" } }, valid: false, findings: [["invalid-value", "/model"]] },
    {
      description: "a URL as image data",
      data: body({}, { input: [{ type: "image", data: "https://example.com/a.png", mime_type: "image/png" }] }),
      valid: false,
      findings: [["url-inline-data", "/input/0/data"]],
    },
    {
      description: "text that is not base64 as image data",
      data: body({}, { input: [{ type: "image", data: "not base64!", mime_type: "image/png" }] }),
      valid: false,
      findings: [["invalid-base64", "/input/0/data"]],
    },
    { description: "4K on Lite", data: body({ image_size: "4K" }, { model: "gemini-3.1-flash-lite-image" }), valid: false, findings: [["invalid-image-size", "/response_format/image_size"]] },
    { description: "an image_size on 2.5 Flash Image (UNCONFIRMED: accepted)", data: body({ image_size: "2K" }, { model: "gemini-2.5-flash-image" }), valid: true, findings: [] },
    { description: "an id the SDK lists without capabilities: no per-model checks", data: body({ image_size: "8K" }, { model: "gemini-nano-banana-2.1" }), valid: true, findings: [] },
    { description: "Lite's UNCONFIRMED 8:1 warns", data: body({ aspect_ratio: "8:1" }, { model: "gemini-3.1-flash-lite-image" }), valid: true, findings: [["unconfirmed-aspect-ratio", "/response_format/aspect_ratio"]] },
    { description: "not an object", data: "b64_json", valid: false, findings: [["invalid-body", ""]] },
  ];
  for (const { description, data, valid, findings } of cases) {
    it(description, () => {
      expect(validateInteractions(data).ok).toBe(valid);
      expect(codes(data)).toEqual(findings);
    });
  }

  it("says the fix for a lowercase size", () => {
    const [finding] = validateInteractions(body({ image_size: "1k" })).findings;
    expect(finding!.message).toContain('Write "1K".');
  });

  it("is no longer the default: each API gets the schema package's validator for that API", () => {
    const interaction = { model: "gemini-3-pro-image", input: "x", responseFormat: { type: "image" } };
    expect(defaultValidator("interactions")(interaction, {}).findings.map((f) => f.code)).toEqual(["interactions-camel-case"]);
    expect(defaultValidator("generate-content")(interaction, {}).findings.map((f) => f.code)).toContain("missing-contents");
  });
});
