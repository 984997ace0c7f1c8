/**
 * The validator each API gets by default is `@gemini-image/schema`'s, for that API. These cases
 * were the client's own stopgap Interactions checks (`validateInteractions`, removed); they now
 * assert the schema's finding ids, which are the ids every other tool reports.
 */
import { describe, expect, it } from "vitest";
import { defaultValidator } from "../src/index.js";

const body = (format: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  model: "gemini-3-pro-image",
  input: [{ type: "text", text: "x" }],
  response_format: { type: "image", ...format },
  ...extra,
});
const interactions = defaultValidator("interactions");
const found = (value: unknown) => interactions(value, {}).findings.map((f) => [f.code, f.path]);

describe('defaultValidator("interactions")', () => {
  const cases: { description: string; data: unknown; valid: boolean; findings: [string, string][] }[] = [
    { description: "a correct body", data: body({ image_size: "2K", aspect_ratio: "16:9" }), valid: true, findings: [] },
    {
      description: "camelCase names in response_format",
      data: body({ imageSize: "2K" }),
      valid: false,
      findings: [["interactions-camel-case", "/response_format/imageSize"]],
    },
    { description: "OpenAI size at the top level", data: body({}, { size: "1024x1024" }), valid: false, findings: [["openai-size", "/size"]] },
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
    {
      description: "4K on Lite",
      data: body({ image_size: "4K" }, { model: "gemini-3.1-flash-lite-image" }),
      valid: false,
      findings: [["invalid-image-size", "/response_format/image_size"]],
    },
    {
      description: "an image_size on 2.5 Flash Image (UNCONFIRMED: accepted; the model's shutdown only warns)",
      data: body({ image_size: "2K" }, { model: "gemini-2.5-flash-image" }),
      valid: true,
      findings: [["deprecated-model", "/model"]],
    },
    {
      description: "an id the SDK lists without capabilities: no per-model checks (512 is not a size Pro takes)",
      data: body({ image_size: "512" }, { model: "gemini-nano-banana-2.1" }),
      valid: true,
      findings: [],
    },
    {
      description: "Lite's UNCONFIRMED 8:1 warns",
      data: body({ aspect_ratio: "8:1" }, { model: "gemini-3.1-flash-lite-image" }),
      valid: true,
      findings: [["unconfirmed-aspect-ratio", "/response_format/aspect_ratio"]],
    },
    { description: "not an object", data: "b64_json", valid: false, findings: [["invalid-body", ""]] },
  ];
  for (const { description, data, valid, findings } of cases) {
    it(description, () => {
      expect(interactions(data, {}).ok).toBe(valid);
      expect(found(data)).toEqual(findings);
    });
  }

  it("says the fix for a lowercase size", () => {
    const [finding] = interactions(body({ image_size: "1k" }), {}).findings;
    expect(finding!.message).toContain('Write "1K".');
  });

  it("checks for its own API whatever the caller passes", () => {
    const interaction = { model: "gemini-3-pro-image", input: "x", responseFormat: { type: "image" } };
    expect(interactions(interaction, { api: "generate-content" }).findings.map((f) => f.code)).toEqual(["interactions-camel-case"]);
    expect(defaultValidator("generate-content")(interaction, {}).findings.map((f) => f.code)).toContain("missing-contents");
  });
});
