import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-snake-case-fields.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("no-snake-case-fields", rule, {
  valid: [
    // OpenRouter uses image_config legitimately.
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], image_config: { image_size: "2K", aspect_ratio: "16:9" } }) });`,
    // Google's own REST samples use inline_data / mime_type in parts.
    `fetch("${URL}", { body: JSON.stringify({ contents: [{ parts: [{ inline_data: { mime_type: "image/png", data: b64 } }, { text: "edit" }] }], generationConfig: {} }) });`,
    `const image_config = { image_size: "2K" };`,
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ inlineData: { mimeType: "image/png", data } }], config: { imageConfig: { imageSize: "2K" } } });`,
    // Text-only requests are not image requests: a text model, JSON output, TEXT-only modalities.
    `fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { body: JSON.stringify({ contents: [], generation_config: { max_output_tokens: 256 } }) });`,
    `const TEXT_MODEL = "gemini-1.5-flash";
     const model = genAI.getGenerativeModel({ model: TEXT_MODEL, generation_config: { response_mime_type: "application/json" } });`,
    `await ai.models.generateContent({ model: process.env.MODEL!, contents: [{ role: "user", parts: [{ inline_data: { mime_type: "application/pdf", data } }] }], config: { responseMimeType: "application/json" } });`,
    // Unknown: nothing says image (the model is a run-time value), so nothing is reported.
    `export const send = (url: string) => fetch(\`\${url}:generateContent\`, { body: JSON.stringify({ contents: [], generation_config: { temperature: 0.2 } }) });`,
    // The model from the settings does not make a text call an image request.
    {
      code: `fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", { body: JSON.stringify({ contents: [], generation_config: { response_modalities: ["TEXT"] } }) });`,
      settings: { "gemini-image": { defaultModel: "gemini-3-pro-image" } },
    },
  ],
  invalid: [
    {
      // A key set by a deep assignment is renamed where it is written, dotted or quoted; a key
      // whose camelCase twin is already set is reported without a fix (the two would merge).
      code: `const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "1K" } } };
if (hd) body.generationConfig.imageConfig.image_size = "2K";
body.generationConfig.imageConfig['aspect_ratio'] = "16:9";
fetch("${URL}", { body: JSON.stringify(body) });`,
      output: `const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "1K" } } };
if (hd) body.generationConfig.imageConfig.image_size = "2K";
body.generationConfig.imageConfig['aspectRatio'] = "16:9";
fetch("${URL}", { body: JSON.stringify(body) });`,
      errors: [
        { messageId: "snakeCase", line: 2, column: 43 },
        { messageId: "snakeCase", line: 3, column: 35 },
      ],
    },
    {
      code: `fetch("${URL}", {
  body: JSON.stringify({
    contents: [],
    generation_config: { response_modalities: ["IMAGE"], image_config: { image_size: "2K", 'aspect_ratio': "16:9" } },
  }),
});`,
      output: `fetch("${URL}", {
  body: JSON.stringify({
    contents: [],
    generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "2K", 'aspectRatio': "16:9" } },
  }),
});`,
      errors: [
        {
          messageId: "snakeCase",
          data: { message: describeFinding("snake-case-field", { field: "generation_config", camel: "generationConfig", context: "rest" }).message },
          line: 4,
          column: 5,
        },
        { messageId: "snakeCase", line: 4, column: 26 },
        { messageId: "snakeCase", line: 4, column: 58 },
        { messageId: "snakeCase", line: 4, column: 74 },
        { messageId: "snakeCase", line: 4, column: 92 },
      ],
    },
    {
      // In SDK calls the part-level keys are dropped too; a shorthand keeps its variable.
      code: `const image_config = { aspectRatio: "1:1" };
await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: [{ role: "user", parts: [{ inline_data: { mime_type: "image/png", data } }] }],
  config: { image_config },
});`,
      output: `const image_config = { aspectRatio: "1:1" };
await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data } }] }],
  config: { imageConfig: image_config },
});`,
      errors: [
        { messageId: "snakeCase", line: 4, column: 40 },
        { messageId: "snakeCase", line: 4, column: 55 },
        {
          messageId: "snakeCase",
          data: { message: describeFinding("snake-case-field", { field: "image_config", camel: "imageConfig", context: "sdk" }).message },
          line: 5,
          column: 13,
        },
      ],
    },
    {
      // The legacy SDK drops snake_case parts too, also in an array argument.
      code: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" });
await model.generateContent([{ inline_data: { mime_type: "image/png", data } }, "edit"]);`,
      output: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" });
await model.generateContent([{ inlineData: { mimeType: "image/png", data } }, "edit"]);`,
      errors: [
        { messageId: "snakeCase", line: 2, column: 32 },
        { messageId: "snakeCase", line: 2, column: 47 },
      ],
    },
    {
      // Both spellings present: renaming would merge two keys, so no fix.
      code: `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: {}, generation_config: {} }) });`,
      output: null,
      errors: [{ messageId: "snakeCase" }],
    },
  ],
});
