/**
 * Validator speed: small bodies per second, the cost of a 100 MB inline body relative to
 * JSON.parse of the same text, and a plain ajv schema that checks base64 with a `pattern`.
 * Run: pnpm --filter @gemini-image/schema bench (after pnpm build).
 */
import { performance } from "node:perf_hooks";
import { ALL_ASPECT_RATIOS, IMAGE_SIZES, MODEL_IDS } from "@gemini-image/protocol";
import { Ajv2020 } from "ajv/dist/2020.js";
// The built module, as users run it (tsx would time its own transpiled copy of src).
import { validate } from "../dist/index.js";

function perSecond(label: string, fn: () => void, ms = 1500): number {
  for (let i = 0; i < 10_000; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 1000; i++) fn();
    runs += 1000;
  }
  const rate = runs / ((performance.now() - start) / 1000);
  console.log(`${label}: ${Math.round(rate).toLocaleString("en-US")} bodies/s`);
  return rate;
}

function time(fn: () => void, repeat = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const small = {
  contents: [{ parts: [{ text: "A nano banana dish in a fancy restaurant" }] }],
  generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: ALL_ASPECT_RATIOS[0], imageSize: IMAGE_SIZES[2] } },
};
perSecond("small body, no model", () => validate(small));
const model = MODEL_IDS[1]!;
perSecond(`small body, ${model}`, () => validate(small, { model }));
perSecond("small body with an error", () => validate({ ...small, size: "1024x1024" }));

// Ten 10 MiB PNG-headed blobs: 100 MiB of base64, exactly the limit, so the body is valid.
const blob = `iVBORw0KGgo${"A".repeat(10 * 1024 * 1024 - 11)}`;
const big = {
  contents: [{ parts: [...Array.from({ length: 10 }, () => ({ inlineData: { mimeType: "image/png", data: blob } })), { text: "combine" }] }],
};
const text = JSON.stringify(big);
const parsed = JSON.parse(text) as unknown;
const parseMs = time(() => JSON.parse(text), 3);
const validateMs = time(() => validate(parsed), 20);
console.log(`${(text.length / 1024 / 1024).toFixed(0)} MB body: JSON.parse ${parseMs.toFixed(1)} ms, validate ${validateMs.toFixed(3)} ms, ratio ${((validateMs / parseMs) * 100).toFixed(4)}%`);

const patternAjv = new Ajv2020({ allErrors: true });
const withPattern = patternAjv.compile({
  type: "object",
  properties: {
    contents: {
      type: "array",
      items: {
        type: "object",
        properties: {
          parts: {
            type: "array",
            items: { type: "object", properties: { inlineData: { type: "object", properties: { data: { type: "string", pattern: "^[A-Za-z0-9+/]*={0,2}$" } } } } },
          },
        },
      },
    },
  },
});
const patternMs = time(() => withPattern(parsed), 3);
console.log(`plain ajv with a base64 pattern: ${patternMs.toFixed(1)} ms, ${(patternMs / validateMs).toFixed(0)}x slower than validate`);
