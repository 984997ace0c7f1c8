import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-openai-fields.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("no-openai-fields", rule, {
  valid: [
    `openai.images.generate({ model: "gpt-image-1", prompt: "a cat", quality: "high", background: "transparent", output_format: "webp" });`,
    `openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });`,
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], image_config: { image_size: "2K" } }) });`,
    // SDK parameters carry the model; the AI SDK has its own prompt.
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });`,
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat" });`,
    // A request builder found by shape may carry the model for its caller.
    `const build = () => ({ model: "gemini-3-pro-image", contents: [], generationConfig: {} });`,
    `const imageConfig = { quality: "high", style: "vivid" };`,
  ],
  invalid: [
    {
      code: `await fetch("${URL}", {
  method: "POST",
  body: JSON.stringify({
    model: "gemini-3-pro-image",
    prompt: "a cat",
    contents: [],
    quality: "hd",
    generationConfig: { style: "vivid", response_format: "b64_json" },
  }),
});`,
      errors: [
        {
          messageId: "openaiField",
          data: { message: describeFinding("openai-field", { field: "model" }).message },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "model" },
              output: `await fetch("${URL}", {
  method: "POST",
  body: JSON.stringify({
    prompt: "a cat",
    contents: [],
    quality: "hd",
    generationConfig: { style: "vivid", response_format: "b64_json" },
  }),
});`,
            },
          ],
        },
        // The prompt holds the user's text: no removal is suggested.
        { messageId: "openaiField", line: 5, column: 5, suggestions: [] },
        {
          messageId: "openaiField",
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "quality" },
              output: `await fetch("${URL}", {
  method: "POST",
  body: JSON.stringify({
    model: "gemini-3-pro-image",
    prompt: "a cat",
    contents: [],
    generationConfig: { style: "vivid", response_format: "b64_json" },
  }),
});`,
            },
          ],
        },
        {
          messageId: "openaiField",
          line: 8,
          column: 25,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "style" },
              output: `await fetch("${URL}", {
  method: "POST",
  body: JSON.stringify({
    model: "gemini-3-pro-image",
    prompt: "a cat",
    contents: [],
    quality: "hd",
    generationConfig: { response_format: "b64_json" },
  }),
});`,
            },
          ],
        },
        {
          messageId: "openaiField",
          line: 8,
          column: 41,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "response_format" },
              output: `await fetch("${URL}", {
  method: "POST",
  body: JSON.stringify({
    model: "gemini-3-pro-image",
    prompt: "a cat",
    contents: [],
    quality: "hd",
    generationConfig: { style: "vivid" },
  }),
});`,
            },
          ],
        },
      ],
    },
    {
      code: `await ai.models.generateContent({ model: "gemini-3-pro-image", messages: [], config: { output_format: "png" } });`,
      errors: [
        { messageId: "openaiField", line: 1, column: 64, suggestions: [] },
        {
          messageId: "openaiField",
          line: 1,
          column: 88,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "output_format" },
              output: `await ai.models.generateContent({ model: "gemini-3-pro-image", messages: [], config: {  } });`,
            },
          ],
        },
      ],
    },
  ],
});
