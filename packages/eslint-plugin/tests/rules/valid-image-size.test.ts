import { IMAGE_SIZES, describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/valid-image-size.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const url = (model: string) => `https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent`;
const body = (model: string, imageConfig: string) =>
  `fetch("${url(model)}", { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: ${imageConfig} } }) });`;

ruleTester.run("valid-image-size", rule, {
  valid: [
    body("gemini-3-pro-image", `{ imageSize: "4K" }`),
    body("gemini-3.1-flash-image", `{ imageSize: "512" }`),
    // OpenRouter's image_config.image_size is not a Gemini body.
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], image_config: { image_size: "2k" } }) });`,
    `const imageConfig = { imageSize: "2k" };`,
    // A run-time value, and a const with an accepted value.
    body("gemini-3-pro-image", `{ imageSize: size }`),
    `const SIZE = "2K"; ${body("gemini-3-pro-image", "{ imageSize: SIZE }")}`,
    // Unknown model: every value some model accepts passes.
    `fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${m}:generateContent\`, { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { imageSize: "512" } } }) });`,
  ],
  invalid: [
    {
      // A case slip is fixed.
      code: body("gemini-3-pro-image", `{ imageSize: "1k" }`),
      output: body("gemini-3-pro-image", `{ imageSize: "1K" }`),
      errors: [
        {
          messageId: "invalidImageSize",
          data: {
            message: describeFinding("invalid-image-size", { value: '"1k"', model: "gemini-3-pro-image", accepted: ["1K", "2K", "4K"], fix: "1K" }).message,
          },
          line: 1,
          column: 186,
        },
      ],
    },
    {
      // "512" exists only on 3.1 Flash Image: no fix, the user picks.
      code: body("gemini-3-pro-image", `{ imageSize: "512" }`),
      output: null,
      errors: [
        {
          messageId: "invalidImageSize",
          data: { message: describeFinding("invalid-image-size", { value: '"512"', model: "gemini-3-pro-image", accepted: ["1K", "2K", "4K"] }).message },
        },
      ],
    },
    {
      code: body("gemini-3.1-flash-image", `{ imageSize: "512px" }`),
      output: null,
      errors: [{ messageId: "invalidImageSize" }],
    },
    {
      // A number, in @google/genai config, model from a const.
      code: `const MODEL = "gemini-3-pro-image";
await ai.models.generateContent({ model: MODEL, contents: "x", config: { imageConfig: { imageSize: 2048 } } });`,
      output: null,
      errors: [
        {
          messageId: "invalidImageSize",
          data: { message: describeFinding("invalid-image-size", { value: "2048", model: "gemini-3-pro-image", accepted: ["1K", "2K", "4K"] }).message },
          line: 2,
          column: 100,
        },
      ],
    },
    {
      // 2.5 Flash Image takes no imageSize at all.
      code: body("gemini-2.5-flash-image", `{ aspectRatio: "1:1", imageSize: "2K" }`),
      output: null,
      errors: [
        {
          messageId: "invalidImageSize",
          data: { message: describeFinding("invalid-image-size", { value: '"2K"', model: "gemini-2.5-flash-image", accepted: [] }).message },
          suggestions: [{ messageId: "removeImageSize", output: body("gemini-2.5-flash-image", `{ aspectRatio: "1:1" }`) }],
        },
      ],
    },
    {
      // Unknown model: checked against every size, lowercase still fixed.
      code: `export const build = () => ({ contents: [], generationConfig: { image_config: { image_size: "4k" } } });`,
      output: `export const build = () => ({ contents: [], generationConfig: { image_config: { image_size: "4K" } } });`,
      errors: [
        {
          messageId: "invalidImageSize",
          data: { message: describeFinding("invalid-image-size", { value: '"4k"', accepted: IMAGE_SIZES, fix: "4K" }).message },
        },
      ],
    },
    {
      // AI SDK providerOptions.google.imageConfig.
      code: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageConfig: { imageSize: "2k" } } } });`,
      output: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageConfig: { imageSize: "2K" } } } });`,
      errors: [{ messageId: "invalidImageSize" }],
    },
  ],
});
