import {
  FINDING_IDS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  IMAGE_SIZES,
  OPENAI_FIELDS,
  REQUEST_FIELDS,
  SNAKE_TO_CAMEL,
  VERTEX_ONLY_IMAGE_CONFIG_FIELDS,
} from "@gemini-image/protocol";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPatch, repair, validate } from "../src/index.js";
import { nested } from "./arbitraries.js";
import { IMAGES } from "./cases.js";

const MODELS = [undefined, "gemini-3-pro-image", "gemini-3.1-flash-image", "gemini-2.5-flash-image", "nano-banana-pro", "gpt-image-1"];

/** Keys people write in these bodies, right and wrong. */
const keys = fc.constantFrom(
  ...REQUEST_FIELDS,
  ...GENERATION_CONFIG_FIELDS,
  ...IMAGE_CONFIG_FIELDS,
  ...VERTEX_ONLY_IMAGE_CONFIG_FIELDS,
  ...Object.keys(OPENAI_FIELDS),
  ...Object.keys(SNAKE_TO_CAMEL),
  "__proto__",
  "constructor",
  "config",
);
const leaves = fc.oneof(
  fc.constantFrom(...IMAGE_SIZES, "1k", "512px", "16:9", "16x9", "1:8", "1792x1024", "auto", "IMAGE", "image", ...Object.values(IMAGES)),
  fc.constantFrom(`data:image/png;base64,${IMAGES.png}`, "https://example.com/a.png", "image/png", "image/jpeg", "image/gif"),
  fc.integer({ min: -2, max: 20 }),
  fc.boolean(),
  fc.constant(null),
);
/** Gemini-shaped bodies with misplaced, snake_case, OpenAI and wrong-typed members. */
const geminiish = nested(keys, leaves);
const bodies = fc.oneof(
  geminiish,
  fc.record({ contents: fc.constant([{ parts: [{ text: "x" }] }]) }).chain((base) => fc.dictionary(keys, geminiish, { maxKeys: 4 }).map((extra) => ({ ...extra, ...base }))),
  fc.jsonValue(),
  fc.anything(),
);

describe("properties over generated bodies", () => {
  it("validate never throws, uses catalog codes, and ok means no errors", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...MODELS), (body, model) => {
        const { ok, findings } = validate(body, { model });
        for (const finding of findings) {
          expect(FINDING_IDS).toContain(finding.code);
          expect(finding.path === "" || finding.path.startsWith("/")).toBe(true);
          expect(finding.message.length).toBeGreaterThan(0);
        }
        expect(ok).toBe(!findings.some((f) => f.severity === "error"));
      }),
      { numRuns: 400 },
    );
  });

  it("every fix applies to the body as written", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...MODELS), (body, model) => {
        for (const finding of validate(body, { model }).findings) {
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
        const first = repair(body, { model });
        expect(JSON.stringify(body)).toBe(before);
        const second = repair(first.body, { model });
        expect(second.changes).toEqual([]);
        expect(second.findings).toEqual(first.findings);
      }),
      { numRuns: 400 },
    );
  });
});
