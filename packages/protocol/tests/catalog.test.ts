import { describe, expect, it } from "vitest";
import {
  ALL_ASPECT_RATIOS,
  CAMEL_TO_SNAKE,
  FINDINGS,
  FINDING_IDS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  OPENAI_FIELDS,
  REQUEST_FIELDS,
  SNAKE_TO_CAMEL,
  VERTEX_ONLY_IMAGE_CONFIG_FIELDS,
  camelName,
  describeFinding,
  isOpenAIField,
  normalizeAspectRatio,
  normalizeImageSize,
} from "../src/index.js";

describe("field catalog", () => {
  it("pairs every snake_case name with the camelCase name it converts to", () => {
    for (const [snake, camel] of Object.entries(SNAKE_TO_CAMEL)) {
      expect(snake.replace(/_([a-z])/gu, (_, c: string) => c.toUpperCase())).toBe(camel);
      expect(CAMEL_TO_SNAKE[camel]).toBe(snake);
    }
    expect(camelName("image_size")).toBe("imageSize");
    expect(camelName("imageSize")).toBeUndefined();
    expect(camelName("__proto__")).toBeUndefined();
  });

  it("knows a snake_case form of every Gemini request and image field", () => {
    const camelFields = [...REQUEST_FIELDS, "responseModalities", ...IMAGE_CONFIG_FIELDS, "inlineData", "mimeType"];
    for (const field of camelFields.filter((f) => /[A-Z]/u.test(f))) expect(CAMEL_TO_SNAKE[field], field).toBeDefined();
  });

  it("never lists a Gemini field as OpenAI-only, nor a Vertex field as Gemini", () => {
    const gemini = new Set<string>([...REQUEST_FIELDS, ...GENERATION_CONFIG_FIELDS, ...IMAGE_CONFIG_FIELDS]);
    for (const name of Object.keys(OPENAI_FIELDS)) expect(gemini.has(name), name).toBe(false);
    for (const name of VERTEX_ONLY_IMAGE_CONFIG_FIELDS) expect(gemini.has(name), name).toBe(false);
    expect(isOpenAIField("size")).toBe(true);
    expect(isOpenAIField("temperature")).toBe(false);
    expect(isOpenAIField("hasOwnProperty")).toBe(false);
  });
});

describe("value normalisers (autofix inputs)", () => {
  it("fixes only case and space slips in imageSize", () => {
    expect(normalizeImageSize("1k")).toBe("1K");
    expect(normalizeImageSize(" 4k ")).toBe("4K");
    expect(normalizeImageSize("512")).toBe("512");
    expect(normalizeImageSize("512px")).toBeUndefined();
    expect(normalizeImageSize("1024")).toBeUndefined();
  });

  it("fixes only separator slips that land on an accepted ratio", () => {
    expect(normalizeAspectRatio("16x9")).toBe("16:9");
    expect(normalizeAspectRatio("16/9")).toBe("16:9");
    expect(normalizeAspectRatio(" 4 : 3 ")).toBe("4:3");
    expect(normalizeAspectRatio("9:21")).toBeUndefined();
    expect(normalizeAspectRatio("1024:1024")).toBeUndefined();
    expect(normalizeAspectRatio("8x1", ["1:1", "16:9"])).toBeUndefined();
    expect(ALL_ASPECT_RATIOS.every((r) => normalizeAspectRatio(r) === r)).toBe(true);
  });
});

/** One set of sample parameters per finding, to render every message. */
const SAMPLES: { [I in (typeof FINDING_IDS)[number]]: Parameters<(typeof FINDINGS)[I]["message"]>[0] } = {
  "openai-size": { value: "1792x1024", imageConfig: '{ imageSize: "2K", aspectRatio: "16:9" }', model: "gemini-3-pro-image" },
  "openai-n": { field: "n" },
  "candidate-count": { value: 4, model: "gemini-3-pro-image", max: 1 },
  "openai-field": { field: "quality" },
  "snake-case-field": { field: "image_size", camel: "imageSize", context: "rest" },
  "missing-response-modalities": {},
  "invalid-image-size": { value: '"1k"', model: "gemini-3-pro-image", accepted: ["1K", "2K", "4K"], fix: "1K" },
  "invalid-aspect-ratio": { value: '"16x9"', accepted: ["1:1", "16:9"], fix: "16:9" },
  "misplaced-field": { field: "imageConfig", at: "the top level of the body", expected: "generationConfig.imageConfig" },
  "vertex-only-field": { field: "outputMimeType" },
  "unknown-field": { field: "foo", at: "generationConfig", allowed: ["temperature"] },
  "invalid-value": { at: "generationConfig.responseModalities", expected: "an array of strings" },
  "missing-contents": {},
  "invalid-body": { reason: "it is nested deeper than 64 levels" },
  "retired-model": { model: "gemini-3-pro-image-preview", replacement: "gemini-3-pro-image" },
  "deprecated-model": { model: "gemini-2.5-flash-image", date: "earliest 2026-10" },
  "unknown-model": { model: "gemini-3-pro-imag", suggestion: "gemini-3-pro-image" },
  "model-alias": { alias: "nano-banana-pro", id: "gemini-3-pro-image" },
  "first-part-image": {},
  "snake-case-response": { field: "inline_data", camel: "inlineData" },
  "key-in-url": {},
  "data-url-inline-data": {},
  "url-inline-data": {},
  "invalid-base64": { at: "contents[0].parts[0].inlineData.data" },
  "mime-type-mismatch": { declared: "image/png", actual: "image/jpeg" },
  "unsupported-mime-type": { mimeType: "image/gif", accepted: ["image/png", "image/jpeg"] },
  "inline-data-too-large": { bytes: 120_000_000, limit: 100_000_000 },
  "too-many-images": { count: 4, model: "gemini-2.5-flash-image", max: 3 },
  "text-before-images": {},
  "snake-case-part-field": { field: "inline_data", camel: "inlineData" },
  "response-modality-case": { value: "image", expected: "IMAGE" },
  "interactions-camel-case": { field: "responseFormat", snake: "response_format" },
  "generate-content-shape-in-input": { field: "inlineData", instead: '{ type: "image", data, mime_type }' },
  "deprecated-interaction-field": { field: "generation_config.image_config", instead: 'response_format: { type: "image", image_size }' },
  "interaction-response-shape": { field: "candidates" },
  "unconfirmed-aspect-ratio": { value: "1:4", model: "gemini-3.1-flash-lite-image", confirmed: ["1:1", "16:9"] },
};

describe("finding catalog", () => {
  it.each(FINDING_IDS)("%s renders a whole sentence that names a fix", (id) => {
    const text = describeFinding(id, SAMPLES[id] as never);
    expect(text.id).toBe(id);
    expect(text.severity).toBe(FINDINGS[id].severity);
    expect(text.docs).toBe(`docs/findings/${id}.md`);
    expect(text.message).toMatch(/^[A-Z`"@].*[.?]$/su);
    expect(text.message).not.toMatch(/undefined|\[object Object\]|NaN/u);
    expect(text.message).toMatch(/\b(Remove|Write|Add|Move|Use|Put|Send|Strip|Convert|Download|Upload|Take|Read|Did you mean|Drop|Plan|Rename|Change|make)\b/u);
  });

  it("words the size fix the way the issue asks", () => {
    expect(describeFinding("openai-size", SAMPLES["openai-size"]).message).toContain(
      'Remove `size`; set `generationConfig.imageConfig` to `{ imageSize: "2K", aspectRatio: "16:9" }` (gemini-3-pro-image).',
    );
  });

  it("states the exact reason snake_case is a problem for each context", () => {
    expect(describeFinding("snake-case-field", { field: "image_size", camel: "imageSize", context: "sdk" }).message).toContain(
      "copies only camelCase keys",
    );
    expect(describeFinding("snake-case-field", { field: "image_size", camel: "imageSize", context: "rest" }).message).toContain(
      "REST API accepts it",
    );
  });
});
