import {
  GENERATE_CONTENT_SHAPES_IN_INPUT,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  OPENAI_FIELDS,
  FINDING_IDS,
} from "@gemini-image/protocol";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPatch, repair, validate } from "../src/index.js";
import { nested } from "./arbitraries.js";
import { IMAGES } from "./cases.js";

const MODELS = [undefined, "gemini-3-pro-image", "gemini-3.1-flash-image", "gemini-3.1-flash-lite-image", "nano-banana-pro", "gpt-image-1"];

/** Keys people write in Interactions bodies, right and wrong: snake_case, their camelCase twins, generateContent and OpenAI names. */
const snakeKeys = [...INTERACTIONS_REQUEST_FIELDS, ...INTERACTIONS_GENERATION_CONFIG_FIELDS, ...IMAGE_RESPONSE_FORMAT_FIELDS, "data", "uri", "text"];
const camel = (name: string) => name.replace(/_([a-z])/gu, (_, c: string) => c.toUpperCase());
const keys = fc.constantFrom(...snakeKeys, ...snakeKeys.map(camel), ...Object.keys(GENERATE_CONTENT_SHAPES_IN_INPUT), ...Object.keys(OPENAI_FIELDS), "__proto__", "mimeType");
const leaves = fc.oneof(
  fc.constantFrom("image", "text", "IMAGE", "1k", "2K", "512", "16:9", "16x9", "1:4", "1792x1024", "b64_json", "url", "inline", "gemini-3-pro-image"),
  fc.constantFrom(IMAGES.png, `data:image/png;base64,${IMAGES.png}`, "https://example.com/a.png", "image/png", "image/jpeg"),
  fc.integer({ min: -2, max: 20 }),
  fc.boolean(),
  fc.constant(null),
);
const shaped = nested(keys, leaves);
/** Interactions-shaped bodies: typed entries, generateContent parts, OpenAI fields, wrong casing and types. */
const entry = fc.oneof(
  fc.record({ type: fc.constant("text"), text: fc.string() }),
  fc.record({ type: fc.constantFrom("image", "IMAGE"), data: fc.constantFrom(IMAGES.png, IMAGES.jpeg, `data:image/png;base64,${IMAGES.png}`, "not base64!"), mime_type: fc.constantFrom("image/png", "image/gif") }, { requiredKeys: ["type"] }),
  fc.constant({ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: IMAGES.png } }, { text: "x" }] }),
  fc.constant({ inline_data: { mime_type: "image/png", data: IMAGES.png } }),
  fc.constant({ text: "x" }),
  shaped,
);
const bodies = fc.oneof(
  fc.record(
    {
      model: fc.constantFrom("gemini-3-pro-image", "gemini-3.1-flash-image", "nano-banana", 7),
      input: fc.oneof(fc.string(), entry, fc.array(entry, { maxLength: 4 })),
      response_format: fc.oneof(shaped, fc.constantFrom("b64_json", { type: "image", image_size: "1k" }, [{ type: "text" }, { type: "image", aspect_ratio: "1:4" }])),
      response_modalities: fc.array(fc.constantFrom("image", "IMAGE", "text", "picture"), { maxLength: 2 }),
      generation_config: fc.oneof(shaped, fc.constant({ image_config: { image_size: "2k", aspect_ratio: "16:9" } })),
      size: fc.constantFrom("1792x1024", "1K", "auto", "huge"),
    },
    { requiredKeys: [] },
  ).chain((base) => fc.dictionary(keys, shaped, { maxKeys: 3 }).map((extra) => ({ ...extra, ...base }))),
  shaped,
  fc.anything(),
);

describe("properties over generated Interactions bodies", () => {
  it("validate never throws, uses catalog codes, and ok means no errors", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...MODELS), (body, model) => {
        const result = validate(body, { model, api: "interactions" });
        expect(result.api).toBe("interactions");
        for (const finding of result.findings) {
          expect(FINDING_IDS).toContain(finding.code);
          expect(finding.path === "" || finding.path.startsWith("/")).toBe(true);
        }
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === "error"));
      }),
      { numRuns: 400 },
    );
  });

  it("every fix applies to the body as written", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...MODELS), (body, model) => {
        for (const finding of validate(body, { model, api: "interactions" }).findings) {
          if (finding.fix) expect(() => applyPatch(body, finding.fix!), `${finding.code} ${JSON.stringify(finding.fix)}`).not.toThrow();
        }
      }),
      { numRuns: 400 },
    );
  });

  it("repair leaves its input untouched and a second repair changes nothing", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...MODELS), (body, model) => {
        const before = JSON.stringify(body);
        const first = repair(body, { model, api: "interactions" });
        expect(JSON.stringify(body)).toBe(before);
        const second = repair(first.body, { model, api: "interactions" });
        expect(second.changes).toEqual([]);
        expect(second.findings).toEqual(first.findings);
      }),
      { numRuns: 400 },
    );
  });
});
