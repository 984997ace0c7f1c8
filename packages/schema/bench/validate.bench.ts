/**
 * Validator speed, each as a ratio measured side by side: a 100 MB inline body against
 * JSON.parse of the same text (target ≤ 1%), the same body against a plain ajv schema that
 * checks base64 with a `pattern`, and small bodies against a bare ajv type check, with the
 * small-body rate printed in bodies per second (target ≥ 1,000,000/s; that body takes the
 * known-clean shortcut of src/known-clean.ts, so a small body with an input image, which runs
 * every check, is measured and printed beside it).
 */
import { ALL_ASPECT_RATIOS, IMAGE_SIZES, MODEL_IDS } from "@gemini-image/protocol";
import { Ajv2020 } from "ajv/dist/2020.js";
import { compare, type RatioResult } from "../../../test/bench.js";
// The built module, as users run it.
import { validate } from "../dist/index.js";

export default async function validateBench(): Promise<RatioResult[]> {
  const small = {
    contents: [{ parts: [{ text: "A nano banana dish in a fancy restaurant" }] }],
    generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: ALL_ASPECT_RATIOS[0], imageSize: IMAGE_SIZES[2] } },
  };
  const model = MODEL_IDS[1]!;
  // The floor any JSON Schema validator pays: ajv checking the body's types and nothing else.
  const bare = new Ajv2020().compile({
    type: "object",
    required: ["contents"],
    properties: {
      contents: { type: "array", items: { type: "object", properties: { parts: { type: "array", items: { type: "object" } } } } },
      generationConfig: { type: "object" },
    },
  });
  const smallRatio = compare({ name: `validate a small body (${model}) vs a bare ajv type check`, ours: () => validate(small, { model }), baseline: () => bare(small) });
  const perSecond = (smallRatio.iterations / smallRatio.oursMs) * 1000;
  console.log(`  small bodies validated per second: ${Math.round(perSecond).toLocaleString("en-US")} (target ≥ 1,000,000)`);
  // The rate above is the known-clean shortcut's (a config seen before, text prompts only: a
  // guard's usual traffic). A body outside that shape runs every check, as every body did before.
  const withImage = { ...small, contents: [{ parts: [...small.contents[0]!.parts, { inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" } }] }] };
  const wholeRatio = compare({ name: `validate a small body with an input image (every check) vs a bare ajv type check`, ours: () => validate(withImage, { model }), baseline: () => bare(withImage) });
  console.log(`  small bodies outside the shortcut's shape (an input image) per second: ${Math.round((wholeRatio.iterations / wholeRatio.oursMs) * 1000).toLocaleString("en-US")}`);

  // Ten 10 MiB PNG-headed blobs: 100 MiB of base64, exactly the limit, so the body is valid.
  const blob = `iVBORw0KGgo${"A".repeat(10 * 1024 * 1024 - 11)}`;
  const big = {
    contents: [{ parts: [...Array.from({ length: 10 }, () => ({ inlineData: { mimeType: "image/png", data: blob } })), { text: "combine" }] }],
  };
  const text = JSON.stringify(big);
  const parsed = JSON.parse(text) as unknown;
  const withPattern = new Ajv2020({ allErrors: true }).compile({
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
  return [
    smallRatio,
    wholeRatio,
    compare({
      name: `validate a ${(text.length / 1024 / 1024).toFixed(0)} MB inline body vs JSON.parse of it (target ≤ 0.01)`,
      ours: () => validate(parsed),
      baseline: () => JSON.parse(text),
      iterations: 1,
      rounds: 5,
    }),
    compare({
      name: "validate the same body vs plain ajv with a base64 pattern",
      ours: () => validate(parsed),
      baseline: () => withPattern(parsed),
      iterations: 1,
      rounds: 5,
    }),
  ];
}
