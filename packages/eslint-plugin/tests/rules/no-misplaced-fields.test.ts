import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-misplaced-fields.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
const send = (body: string) => `fetch("${URL}", { body: JSON.stringify(${body}) });`;

ruleTester.run("no-misplaced-fields", rule, {
  valid: [
    send(`{ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } }`),
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "x", config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1" } } });`,
    // The AI SDK's own aspectRatio option is right at the top level of generateImage.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", aspectRatio: "16:9", providerOptions: { google: { imageConfig: { imageSize: "2K" } } } });`,
    // Not requests: UI state, a lone config, OpenRouter.
    `const imageConfig = { aspectRatio: "16:9", imageSize: "2K" };`,
    `const config = { aspectRatio: "16:9", responseModalities: ["IMAGE"] };`,
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], imageConfig: { aspectRatio: "16:9" } }) });`,
    // google.interactions: the settings in a responseFormat image entry, or the deprecated imageConfig.
    `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
     await generateText({ model: google.interactions("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseFormat: [{ type: "image", aspectRatio: "4:1", imageSize: "2K" }] } } });`,
    `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
     await generateText({ model: google.interactions("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { imageConfig: { aspectRatio: "4:1" } } } });`,
  ],
  invalid: [
    {
      // A property on a line of its own goes with its line (the codemod's removal, shared), and
      // lands in the config in the config's own layout.
      code: `fetch("${URL}", {
  body: JSON.stringify({
    contents: [],
    generationConfig: { responseModalities: ["IMAGE"] },
    imageConfig: { aspectRatio: "21:9" }, // wide
  }),
});`,
      output: `fetch("${URL}", {
  body: JSON.stringify({
    contents: [],
    generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "21:9" } },
    // wide
  }),
});`,
      errors: [{ messageId: "misplacedField", line: 5, column: 5 }],
    },
    {
      code: send(`{ contents: [], responseModalities: ["IMAGE"], generationConfig: { imageConfig: { imageSize: "2K" } } }`),
      output: send(`{ contents: [], generationConfig: { imageConfig: { imageSize: "2K" }, responseModalities: ["IMAGE"] } }`),
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "responseModalities",
              at: "the top level of the request body",
              expected: "generationConfig.responseModalities",
            }).message,
          },
          line: 1,
          column: 140,
        },
      ],
    },
    {
      // No generationConfig yet: it is created around the field.
      code: send(`{ contents: [], imageConfig: { aspectRatio: "16:9" } }`),
      output: send(`{ contents: [], generationConfig: { imageConfig: { aspectRatio: "16:9" } } }`),
      errors: [{ messageId: "misplacedField" }],
    },
    {
      code: send(`{ contents: [], aspectRatio: "16:9", generationConfig: { responseModalities: ["IMAGE"] } }`),
      output: send(`{ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9" } } }`),
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "aspectRatio",
              at: "the top level of the request body",
              expected: "generationConfig.imageConfig.aspectRatio",
            }).message,
          },
        },
      ],
    },
    {
      // Directly on generationConfig; two fields move in two passes.
      code: send(`{ contents: [], generationConfig: { aspectRatio: "16:9", imageSize: "2K" } }`),
      output: [
        send(`{ contents: [], generationConfig: { imageConfig: { aspectRatio: "16:9" }, imageSize: "2K" } }`),
        send(`{ contents: [], generationConfig: { imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } }`),
      ],
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "aspectRatio",
              at: "`generationConfig`",
              expected: "generationConfig.imageConfig.aspectRatio",
            }).message,
          },
        },
        { messageId: "misplacedField" },
      ],
    },
    {
      // The destination already exists: moving would overwrite, so no fix.
      code: send(`{ contents: [], imageConfig: { aspectRatio: "1:1" }, generationConfig: { imageConfig: { aspectRatio: "16:9" } } }`),
      output: null,
      errors: [{ messageId: "misplacedField" }],
    },
    {
      // @google/genai reads config; generationConfig there is ignored.
      code: `await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: "a cat",
  generationConfig: { responseModalities: ["IMAGE"] },
});`,
      output: `await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: "a cat",
  config: { responseModalities: ["IMAGE"] },
});`,
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "generationConfig",
              at: "the top level of @google/genai parameters",
              expected: "config",
            }).message,
          },
          line: 4,
          column: 3,
        },
      ],
    },
    {
      code: `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: {}, generationConfig: {} });`,
      output: null,
      errors: [{ messageId: "misplacedField" }],
    },
    {
      code: `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { imageSize: "2K" } });`,
      output: `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { imageConfig: { imageSize: "2K" } } });`,
      errors: [{ messageId: "misplacedField", line: 1, column: 93 }],
    },
    {
      // AI SDK: aspectRatio straight under providerOptions.google is ignored.
      code: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseModalities: ["IMAGE"], aspectRatio: "4:1" } } });`,
      output: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "4:1" } } } });`,
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "aspectRatio",
              at: "`providerOptions.google`",
              expected: "providerOptions.google.imageConfig.aspectRatio",
            }).message,
          },
        },
      ],
    },
    {
      // google.interactions drops both keys (its options are a zod object without them): the first
      // becomes a responseFormat image entry, the second moves into it on the next pass.
      code: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { aspectRatio: "4:1", imageSize: "2K" } } });`,
      output: [
        `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseFormat: [{ type: "image", aspectRatio: "4:1" }], imageSize: "2K" } } });`,
        `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseFormat: [{ type: "image", aspectRatio: "4:1", imageSize: "2K" }] } } });`,
      ],
      errors: [
        {
          messageId: "misplacedField",
          data: {
            message: describeFinding("misplaced-field", {
              field: "aspectRatio",
              at: "`providerOptions.google`",
              expected: "providerOptions.google.responseFormat[].aspectRatio",
            }).message,
          },
        },
        { messageId: "misplacedField" },
      ],
    },
    {
      // Beside an existing entry, into it; beside the deprecated imageConfig (no entry), into that.
      code: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageSize: "4K", responseFormat: [{ type: "image", aspectRatio: "21:9" }] } } });
await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageSize: "4K", imageConfig: { aspectRatio: "21:9" } } } });`,
      output: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { responseFormat: [{ type: "image", aspectRatio: "21:9", imageSize: "4K" }] } } });
await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageConfig: { aspectRatio: "21:9", imageSize: "4K" } } } });`,
      errors: [
        { messageId: "misplacedField", line: 2 },
        {
          messageId: "misplacedField",
          line: 3,
          data: {
            message: describeFinding("misplaced-field", { field: "imageSize", at: "`providerOptions.google`", expected: "providerOptions.google.imageConfig.imageSize" }).message,
          },
        },
      ],
    },
    {
      // Both set: a person picks one (no fix).
      code: `import { google } from "@ai-sdk/google"; import { generateText } from "ai";
await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "a cat", providerOptions: { google: { imageSize: "4K", responseFormat: [{ type: "image", imageSize: "1K" }] } } });`,
      output: null,
      errors: [{ messageId: "misplacedField" }],
    },
  ],
});
