import { describe, expect, it } from "vitest";
import {
  API_SHAPES,
  DEPRECATED_INTERACTION_FIELDS,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  apiOfBody,
  apiOfUrl,
  interactionsUrl,
} from "../src/index.js";

describe("the Interactions API catalog", () => {
  it("builds the endpoint with the model left for the body", () => {
    expect(interactionsUrl()).toBe("https://generativelanguage.googleapis.com/v1beta/interactions");
    expect(interactionsUrl({ baseUrl: "http://127.0.0.1:8080/" })).toBe("http://127.0.0.1:8080/v1beta/interactions");
  });

  it("writes every field name in snake_case", () => {
    const all = [...INTERACTIONS_REQUEST_FIELDS, ...INTERACTIONS_GENERATION_CONFIG_FIELDS, ...IMAGE_RESPONSE_FORMAT_FIELDS];
    for (const name of all) expect(name, name).toMatch(/^[a-z]+(?:_[a-z]+)*$/u);
    expect(API_SHAPES.interactions.casing).toBe("snake_case");
    expect(API_SHAPES["generate-content"].casing).toBe("camelCase");
  });

  it("names a replacement for every deprecated field, each of which exists in the catalog", () => {
    for (const { path, instead } of DEPRECATED_INTERACTION_FIELDS) {
      const [head, child] = path.split(".");
      expect(INTERACTIONS_REQUEST_FIELDS as readonly string[]).toContain(head);
      if (child) expect(INTERACTIONS_GENERATION_CONFIG_FIELDS as readonly string[]).toContain(child);
      expect(instead).toMatch(/response_format/u);
    }
  });

  it("tells the API from a body's own keys, and says nothing when they disagree", () => {
    expect(apiOfBody({ model: "gemini-3-pro-image", input: "a cat" })).toBe("interactions");
    expect(apiOfBody({ model: "m", response_format: { type: "image" } })).toBe("interactions");
    expect(apiOfBody({ contents: [] })).toBe("generate-content");
    expect(apiOfBody({ contents: [], input: "x" })).toBeUndefined();
    expect(apiOfBody({ generationConfig: {} })).toBeUndefined();
    expect(apiOfBody([{ contents: [] }])).toBeUndefined();
    expect(apiOfBody("input")).toBeUndefined();
  });

  it("tells the API from a URL", () => {
    expect(apiOfUrl("https://generativelanguage.googleapis.com/v1beta/interactions")).toBe("interactions");
    expect(apiOfUrl("/v1beta/interactions?alt=sse")).toBe("interactions");
    expect(apiOfUrl("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent")).toBe("generate-content");
    expect(apiOfUrl("/v1beta/models/x:streamGenerateContent?alt=sse")).toBe("generate-content");
    expect(apiOfUrl("https://api.openai.com/v1/images/generations")).toBeUndefined();
    expect(apiOfUrl("/v1beta/interactions/abc123")).toBeUndefined();
  });
});
