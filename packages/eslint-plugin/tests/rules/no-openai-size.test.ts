import rule from "../../src/rules/no-openai-size.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

ruleTester.run("no-openai-size", rule, {
  valid: [
    // OpenAI calls keep their size.
    `openai.images.generate({ model: "gpt-image-1", prompt: "a cat", size: "1024x1024" });`,
    `fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ prompt: "a cat", size: "1024x1024" }) });`,
    // Imagen through the AI SDK is not a Gemini request.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("imagen-4.0-generate-001"), prompt: "a cat", size: "1024x1024" });`,
    // A lone imageConfig in UI state.
    `const imageConfig = { size: "1024x1024", zoom: 2 };`,
  ],
  invalid: [
    {
      code: `const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
await fetch(url, { method: "POST", body: JSON.stringify({ contents: [], size: "1792x1024", generationConfig: { responseModalities: ["IMAGE"] } }) });`,
      errors: [
        {
          messageId: "openaiSize",
          line: 2,
          column: 73,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "16:9", imageSize: "2K" }' },
              output: `const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
await fetch(url, { method: "POST", body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } }) });`,
            },
          ],
        },
      ],
    },
  ],
});
