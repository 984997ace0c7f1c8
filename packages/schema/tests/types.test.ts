import { describe, expect, it } from "vitest";
import { validate, type GenerateContentRequest } from "../src/index.js";

// Type-level half: tsc -p tsconfig.test.json fails if the generated types and the schema disagree
// on these bodies.
const edit = {
  contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" } }, { text: "restyle" }] }],
  generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } },
} satisfies GenerateContentRequest;

const rejected: GenerateContentRequest[] = [
  // @ts-expect-error OpenAI's size is not a field
  { contents: [], size: "1024x1024" },
  // @ts-expect-error imageSize takes uppercase K
  { contents: [], generationConfig: { imageConfig: { imageSize: "1k" } } },
  // @ts-expect-error responseModalities is an array
  { contents: [], generationConfig: { responseModalities: "IMAGE" } },
];

describe("generated TypeScript types", () => {
  it("accept what the schema accepts and reject what it rejects", () => {
    expect(validate(edit).ok).toBe(true);
    for (const body of rejected) expect(validate(body).ok).toBe(false);
  });
});
