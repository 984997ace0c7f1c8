/**
 * The known-clean shortcut (src/known-clean.ts) must never change an answer: on every body,
 * `validate` gives exactly what the whole pipeline gives. An explicit `date` always runs the
 * whole pipeline, so it is the reference here.
 */
import fc from "fast-check";
import { ALL_ASPECT_RATIOS, IMAGE_SIZES, MODEL_IDS, RESPONSE_MODALITIES } from "@gemini-image/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetKnownConfigs, knownShapeConfig } from "../src/known-clean.js";
import { validate, type ValidateOptions } from "../src/validate.js";

const SEED = Number(process.env.GEMINI_IMAGE_FC_SEED ?? 20261130);

/** The whole pipeline's answer: the same options with today's date given explicitly. */
const reference = (body: unknown, options: ValidateOptions) => validate(body, { ...options, date: new Date() });

const models = fc.oneof(
  fc.constantFrom(...MODEL_IDS),
  fc.constantFrom(undefined, "models/gemini-3-pro-image", "nano-banana-pro", "gemini-2.5-flash", "gemini-9-image", "https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-3-pro-image:generateContent"),
);

/**
 * Configs near the known shape, from a space small enough (31 configs) that each model's are all
 * remembered and met again many times: a shortcut that confused two configs would answer one
 * with the other's verdict. The values include ones some models reject ("512", "1:8").
 */
const configs = fc.option(
  fc.record(
    {
      responseModalities: fc.constantFrom(["IMAGE"], ["TEXT", "IMAGE"], ["TEXT"]),
      imageConfig: fc.record({ aspectRatio: fc.constantFrom("1:1", "1:8"), imageSize: fc.constantFrom("512", "2K") }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Values outside what the shortcut has seen: wrong case, unknown, OpenAI-style. */
const oddConfigs = fc.record(
  {
    responseModalities: fc.array(fc.constantFrom(...RESPONSE_MODALITIES, "image", "Image", "PICTURE", ""), { maxLength: 3 }),
    imageConfig: fc.record({ aspectRatio: fc.constantFrom(...ALL_ASPECT_RATIOS, "16x9", "1:1 "), imageSize: fc.constantFrom(...IMAGE_SIZES, "1k", "8K") }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Prompts the shortcut reads: text parts, sometimes with `role: "user"`. */
const prompts = fc.array(
  fc.record({ role: fc.constant("user"), parts: fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 12 }) }), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ["parts"] }),
  { minLength: 1, maxLength: 3 },
);

/** Prompts it leaves to the pipeline as well: empty texts, a model turn. */
const contents = fc.array(
  fc.record(
    { role: fc.constantFrom("user", "model"), parts: fc.array(fc.record({ text: fc.string({ maxLength: 12 }) }), { minLength: 1, maxLength: 3 }) },
    { requiredKeys: ["parts"] },
  ),
  { minLength: 1, maxLength: 3 },
);

/** Near-misses of the shape: each leaves it one way. */
const extras = fc.constantFrom<Record<string, unknown>>({}, {}, {}, { size: "1024x1024" }, { generation_config: {} }, { systemInstruction: { parts: [{ text: "be brief" }] } });

describe("the known-clean shortcut", () => {
  afterEach(() => vi.useRealTimers());

  it("forgets a model's verdicts when its lifecycle stage changes (a preview shut down since)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const body = { contents: [{ parts: [{ text: "a fox" }] }], generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { imageSize: "2K" } } };
    const options = { model: "gemini-3-pro-image-preview" };
    // Before and after its shutdown date (2026-06-25, protocol's model table).
    for (const day of ["2026-06-01T12:00:00Z", "2026-07-01T12:00:00Z"]) {
      vi.setSystemTime(new Date(day));
      const result = validate(body, options);
      expect(result).toEqual(reference(body, options));
      expect(result.findings.some((f) => f.code === "retired-model")).toBe(day.startsWith("2026-07"));
    }
  });

  it("gives the whole pipeline's answer on generated bodies, first sight and again", () => {
    fc.assert(
      fc.property(models, configs, fc.oneof(prompts, prompts, contents), extras, (model, config, turns, extra) => {
        const body = { contents: turns, ...(config === undefined ? {} : { generationConfig: config }), ...extra };
        const options: ValidateOptions = model === undefined ? {} : { model };
        const expected = reference(body, options);
        // Twice: the first call may run the stand-in, the second answers from what was remembered.
        expect(validate(body, options)).toEqual(expected);
        expect(validate(JSON.parse(JSON.stringify(body)), options)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it("never answers one config with another's verdict (every ordered pair of 36 configs, per model)", () => {
    // ["IMAGE"] (clean) is a prefix of ["IMAGE", "PICTURE"] (not); ["TEXT"] (not) of
    // ["TEXT", "IMAGE"] (clean); "1:8" and "512" are valid for some models only.
    const modalities = [undefined, ["IMAGE"], ["IMAGE", "PICTURE"], ["TEXT", "IMAGE"], ["TEXT"]];
    const imageConfigs = [undefined, {}, { aspectRatio: "1:1" }, { imageSize: "2K" }, { aspectRatio: "1:1", imageSize: "2K" }, { aspectRatio: "1:1", imageSize: "512" }, { aspectRatio: "1:8", imageSize: "2K" }];
    const generationConfigs: (Record<string, unknown> | undefined)[] = [undefined];
    for (const m of modalities) for (const i of imageConfigs) generationConfigs.push({ ...(m && { responseModalities: m }), ...(i && { imageConfig: i }) });
    const bodyOf = (config: Record<string, unknown> | undefined, text: string) => ({ contents: [{ parts: [{ text }] }], ...(config && { generationConfig: config }) });
    let compared = 0;
    for (const model of [...MODEL_IDS, "nano-banana-pro", undefined]) {
      const options: ValidateOptions = model === undefined ? {} : { model };
      const expected = generationConfigs.map((config) => reference(bodyOf(config, "a prompt"), options));
      generationConfigs.forEach((first, i) => {
        generationConfigs.forEach((second, j) => {
          forgetKnownConfigs();
          for (const [config, index] of [[first, i], [second, j], [first, i]] as const) {
            expect(validate(bodyOf(config, `prompt ${index}`), options)).toEqual(expected[index]);
            compared++;
          }
        });
      });
    }
    expect(compared).toBe((MODEL_IDS.length + 2) * generationConfigs.length ** 2 * 3);
  });

  it("gives the whole pipeline's answer on configs of every value, too", () => {
    fc.assert(
      fc.property(models, oddConfigs, fc.oneof(prompts, contents), (model, config, turns) => {
        const body = { contents: turns, generationConfig: config };
        const options: ValidateOptions = model === undefined ? {} : { model };
        expect(validate(body, options)).toEqual(reference(body, options));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("answers a clean body of a remembered config without findings, and a bad one with all of them", () => {
    const good = { contents: [{ parts: [{ text: "a lighthouse" }] }], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } };
    expect(knownShapeConfig(good)).toBeDefined();
    for (let i = 0; i < 3; i++) expect(validate(good, { model: "gemini-3-pro-image" }).findings).toEqual([]);
    const bad = { ...good, generationConfig: { ...good.generationConfig, imageConfig: { aspectRatio: "16:9", imageSize: "512" } } };
    for (let i = 0; i < 3; i++) {
      expect(validate(bad, { model: "gemini-3-pro-image" }).findings.map((f) => [f.code, f.path])).toEqual([["invalid-image-size", "/generationConfig/imageConfig/imageSize"]]);
    }
  });

  it("keeps its own copy of a config: changing the body's array afterwards changes the answer", () => {
    const modalities = ["IMAGE"];
    const body = { contents: [{ parts: [{ text: "a kite" }] }], generationConfig: { responseModalities: modalities } };
    const options = { model: "gemini-3.1-flash-image" };
    expect(validate(body, options)).toEqual(reference(body, options));
    modalities[0] = "TEXT";
    const after = validate(body, options);
    expect(after).toEqual(reference(body, options));
    expect(after.findings).not.toEqual([]);
  });

  it("leaves anything outside the shape to the whole pipeline", () => {
    class Prompt {
      constructor(readonly text: string) {}
    }
    const inline = { contents: [{ parts: [{ text: "x" }, { inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" } }] }] };
    const inherited = Object.assign(Object.create({ size: "1024x1024" }) as object, { contents: [{ parts: [{ text: "x" }] }] });
    for (const body of [{ contents: [{ parts: [new Prompt("x")] }] }, inline, inherited, { contents: [{ parts: [{ text: "" }] }] }, { contents: [] }]) {
      expect(knownShapeConfig(body)).toBeUndefined();
    }
    expect(validate(inline, { model: "gemini-3-pro-image" })).toEqual(reference(inline, { model: "gemini-3-pro-image" }));
  });

  it("judges a body by the keys JSON.stringify sends: a non-enumerable property is not on the wire", () => {
    const hidden = { contents: [{ parts: [{ text: "x" }] }], generationConfig: { responseModalities: ["IMAGE"] } };
    Object.defineProperty(hidden, "size", { value: "1024x1024", enumerable: false });
    const options = { model: "gemini-3.1-flash-image" };
    const sent = JSON.parse(JSON.stringify(hidden)) as unknown;
    expect(JSON.stringify(sent)).not.toContain("size");
    expect(validate(hidden, options)).toEqual(reference(sent, options));
  });
});
