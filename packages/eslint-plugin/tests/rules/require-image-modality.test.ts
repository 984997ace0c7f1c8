import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/require-image-modality.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("require-image-modality", rule, {
  valid: [
    `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"] } }) });`,
    `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { response_modalities: ["TEXT", "IMAGE"] } }) });`,
    // A spread or a helper could supply it.
    `export const send = (extra: object) => fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { ...extra } }) });`,
    `export const send = (extra: object) => fetch("${URL}", { body: JSON.stringify({ ...extra, contents: [] }) });`,
    `const body = { contents: [] }; withDefaults(body); fetch("${URL}", { body: JSON.stringify(body) });`,
    `export const send = (generationConfig: object) => fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig }) });`,
    // A run-time value.
    `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: modalities } }) });`,
    // Not an image request: a text model with no imageConfig.
    `await ai.models.generateContent({ model: "gemini-2.5-pro", contents: "hi", config: { temperature: 0 } });`,
    // generateImage sets it; a chat message inherits the chat's config.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat" });`,
    `const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["IMAGE"] } });
     await chat.sendMessage({ message: "bluer", config: { imageConfig: { aspectRatio: "1:1" } } });`,
    `const config = { imageConfig: { aspectRatio: "16:9" } };`,
  ],
  invalid: [
    {
      code: `fetch("${URL}", {
  body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { imageSize: "2K" } } }),
});`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "generationConfig" }).message },
          line: 2,
          column: 40,
          suggestions: [
            {
              messageId: "setModalities",
              data: { value: '["IMAGE"]' },
              output: `fetch("${URL}", {
  body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { imageSize: "2K" }, responseModalities: ["IMAGE"] } }),
});`,
            },
            {
              messageId: "setModalities",
              data: { value: '["TEXT", "IMAGE"]' },
              output: `fetch("${URL}", {
  body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { imageSize: "2K" }, responseModalities: ["TEXT", "IMAGE"] } }),
});`,
            },
          ],
        },
      ],
    },
    {
      // No config at all: the suggestion creates it.
      code: `await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: "a cat" });`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "config" }).message },
          line: 1,
          column: 33,
          suggestions: [
            {
              messageId: "setModalities",
              data: { value: '["IMAGE"]' },
              output: `await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: "a cat", config: { responseModalities: ["IMAGE"] } });`,
            },
            {
              messageId: "setModalities",
              data: { value: '["TEXT", "IMAGE"]' },
              output: `await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: "a cat", config: { responseModalities: ["TEXT", "IMAGE"] } });`,
            },
          ],
        },
      ],
    },
    {
      // Present without IMAGE.
      code: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image", generationConfig: { responseModalities: ["TEXT"] } });`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "generationConfig", present: ["TEXT"] }).message },
          line: 1,
          column: 115,
          suggestions: [
            {
              messageId: "setModalities",
              data: { value: '["IMAGE"]' },
              output: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image", generationConfig: { responseModalities: ["IMAGE"] } });`,
            },
            {
              messageId: "setModalities",
              data: { value: '["TEXT", "IMAGE"]' },
              output: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image", generationConfig: { responseModalities: ["TEXT", "IMAGE"] } });`,
            },
          ],
        },
      ],
    },
    {
      // AI SDK generateText with a Gemini image model needs providerOptions.google.responseModalities.
      code: `import { google } from "@ai-sdk/google";
import { generateText } from "ai";
await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat" });`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "providerOptions.google" }).message },
          line: 3,
          column: 20,
          suggestions: [
            {
              messageId: "setModalities",
              data: { value: '["IMAGE"]' },
              output: `import { google } from "@ai-sdk/google";
import { generateText } from "ai";
await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseModalities: ["IMAGE"] } } });`,
            },
            {
              messageId: "setModalities",
              data: { value: '["TEXT", "IMAGE"]' },
              output: `import { google } from "@ai-sdk/google";
import { generateText } from "ai";
await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat", providerOptions: { google: { responseModalities: ["TEXT", "IMAGE"] } } });`,
            },
          ],
        },
      ],
    },
  ],
});
