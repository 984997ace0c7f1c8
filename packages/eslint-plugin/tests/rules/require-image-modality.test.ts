import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/require-image-modality.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const CHAT = `const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["TEXT", "IMAGE"] } });\n`;

/** A REST call to an image model whose responseModalities are `[first, second]`. */
const lowercase = (first: string, second: string) =>
  `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["${first}", "${second}"] } }) });`;

/** The rule's two suggestions, each writing its value where `output` puts it. */
const setModalities = (output: (value: string) => string) =>
  ['["IMAGE"]', '["TEXT", "IMAGE"]'].map((value) => ({ messageId: "setModalities" as const, data: { value }, output: output(value) }));
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("require-image-modality", rule, {
  valid: [
    // The image model is only a default: a caller may pass a text model, and ["TEXT"] says this
    // call wants text (a describe helper of a real image app), so nothing is said.
    `const BASE = "https://generativelanguage.googleapis.com/v1beta/models";
const DEFAULT_MODEL = "gemini-3-pro-image";
export async function describe(prompt, model = DEFAULT_MODEL) {
  const body = { contents: [{ parts: [{ text: prompt }] }], generationConfig: { responseModalities: ["TEXT"] } };
  return fetch(\`\${BASE}/\${model}:generateContent\`, { method: "POST", body: JSON.stringify(body) });
}`,
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
    // generateImage sets it; a chat message without a config of its own inherits the chat's.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat" });`,
    `const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1" } } });
     await chat.sendMessage({ message: "bluer" });`,
    // A message config that may hold it (a spread), or that asks for it itself.
    `const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["IMAGE"] } });
     await chat.sendMessage({ message: "bluer", config: { ...chatConfig, imageConfig: { aspectRatio: "1:1" } } });`,
    `const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["IMAGE"] } });
     await chat.sendMessage({ message: "bluer", config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1" } } });`,
    `const config = { imageConfig: { aspectRatio: "16:9" } };`,
    // Only the model says image: Google's own first sample sends no config and gets an image.
    `await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: "a cat" });`,
    `import { google } from "@ai-sdk/google";
     import { generateText } from "ai";
     await generateText({ model: google("gemini-3.1-flash-image"), prompt: "a cat" });`,
    // IMAGE in any spelling, through a const, or as the SDK's enum.
    `import { GoogleGenAI, Modality } from "@google/genai";
     await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });`,
    `const MODALITIES = ["TEXT", "IMAGE"] as const;
     await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { responseModalities: MODALITIES } });`,
    // An unknown model asking for IMAGE is an image request, and it asks for IMAGE.
    `await ai.models.generateContent({ model: "gemini-2.0-flash-preview-image-generation", contents: "a cat", config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });`,
    // Text requests: a text model, a TEXT_MODEL const, JSON output, TEXT only without an image model.
    `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "hi", config: { responseModalities: ["TEXT"] } });`,
    `const TEXT_MODEL = "gemini-1.5-flash";
     const model = genAI.getGenerativeModel({ model: TEXT_MODEL, generationConfig: { responseModalities: ["TEXT"], imageConfig: { aspectRatio: "1:1" } } });`,
    `await ai.models.generateContent({ model, contents: "list", config: { responseMimeType: "application/json", responseSchema: schema, responseModalities: [Modality.TEXT] } });`,
    `fetch("${URL.replace("gemini-3-pro-image", "gemini-2.5-flash")}", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["TEXT"] } }) });`,
    // The settings' model never makes a text call an image request.
    {
      code: `export const ask = (url: string) => fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["TEXT"] } }) });`,
      settings: { "gemini-image": { defaultModel: "gemini-3-pro-image" } },
    },
  ],
  invalid: [
    {
      // A message's own config replaces the chat's whole config: its IMAGE modality is gone.
      code: `${CHAT}await chat.sendMessage({ message: "wider", config: { imageConfig: { aspectRatio: "21:9" } } });`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "config" }).message },
          line: 2,
          column: 44,
          suggestions: [
            {
              messageId: "setModalities",
              data: { value: '["IMAGE"]' },
              output: `${CHAT}await chat.sendMessage({ message: "wider", config: { imageConfig: { aspectRatio: "21:9" }, responseModalities: ["IMAGE"] } });`,
            },
            {
              messageId: "setModalities",
              data: { value: '["TEXT", "IMAGE"]' },
              output: `${CHAT}await chat.sendMessage({ message: "wider", config: { imageConfig: { aspectRatio: "21:9" }, responseModalities: ["TEXT", "IMAGE"] } });`,
            },
          ],
        },
      ],
    },
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
      // The SDK's enum, TEXT only, on an image model: a conflict, reported.
      code: `import { Modality } from "@google/genai";
await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { responseModalities: [Modality.TEXT] } });`,
      errors: [
        {
          messageId: "missingModalities",
          data: { message: describeFinding("missing-response-modalities", { target: "config", present: ["TEXT"] }).message },
          line: 2,
          column: 113,
          suggestions: setModalities(
            (value) => `import { Modality } from "@google/genai";
await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat", config: { responseModalities: ${value} } });`,
          ),
        },
      ],
    },
    {
      // Lowercase: whether Google accepts it is UNCONFIRMED, so only the case warning, never "no image comes back".
      code: lowercase("image", "text"),
      errors: [
        { value: "image", expected: "IMAGE", column: 181, output: lowercase("IMAGE", "text") },
        { value: "text", expected: "TEXT", column: 190, output: lowercase("image", "TEXT") },
      ].map(({ value, expected, column, output }) => ({
        messageId: "modalityCase" as const,
        data: { message: describeFinding("response-modality-case", { value, expected }).message },
        line: 1,
        column,
        suggestions: [{ messageId: "useUppercase" as const, data: { expected }, output }],
      })),
    },
  ],
});
