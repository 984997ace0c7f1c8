import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-openai-size.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const PRO_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("no-openai-size", rule, {
  valid: [
    // OpenAI calls and URLs keep their size.
    `openai.images.generate({ model: "gpt-image-1", prompt: "a cat", size: "1024x1024" });`,
    `fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ prompt: "a cat", size: "1024x1024" }) });`,
    // OpenRouter's chat API is not a Gemini body.
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], size: "1024x1024", image_config: { image_size: "2K" } }) });`,
    // Imagen through the AI SDK and @google/genai is not a Gemini image request.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("imagen-4.0-generate-001"), prompt: "a cat", size: "1024x1024" });`,
    `await ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt: "a cat", config: { size: "1024x1024" } });`,
    // UI state named imageConfig, and a lone config object.
    `const [imageConfig, setImageConfig] = useState({ size: "1024x1024", zoom: 2 });`,
    `const config = { size: "1024x1024", responseModalities: ["IMAGE"] };`,
    // A correct Gemini request.
    `fetch("${PRO_URL}", { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } }) });`,
  ],
  invalid: [
    {
      // REST body inside JSON.stringify; the URL's model maps 1792x1024 to 16:9 at 2K.
      code: `const url = "${PRO_URL}";
await fetch(url, { method: "POST", body: JSON.stringify({ contents: [], size: "1792x1024", generationConfig: { responseModalities: ["IMAGE"] } }) });`,
      errors: [
        {
          messageId: "openaiSize",
          data: {
            message: describeFinding("openai-size", {
              value: "1792x1024",
              imageConfig: '{ aspectRatio: "16:9", imageSize: "2K" }',
              model: "gemini-3-pro-image",
              target: "generationConfig.imageConfig",
            }).message,
          },
          line: 2,
          column: 73,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "16:9", imageSize: "2K" }' },
              output: `const url = "${PRO_URL}";
await fetch(url, { method: "POST", body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } } }) });`,
            },
          ],
        },
      ],
    },
    {
      // No generationConfig yet: the suggestion writes one in place of size.
      code: `const body = {
  contents: [{ parts: [{ text: "a cat" }] }],
  size: "1024x1024",
};
await axios.post("${PRO_URL}", body);`,
      errors: [
        {
          messageId: "openaiSize",
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "1:1", imageSize: "1K" }' },
              output: `const body = {
  contents: [{ parts: [{ text: "a cat" }] }],
  generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" } },
};
await axios.post("${PRO_URL}", body);`,
            },
          ],
        },
      ],
    },
    {
      // @google/genai: size inside config becomes config.imageConfig; 3.1 Flash has 512.
      code: `await ai.models.generateContent({
  model: "gemini-3.1-flash-image",
  contents: "a cat",
  config: { responseModalities: ["IMAGE"], size: "512x512" },
});`,
      errors: [
        {
          messageId: "openaiSize",
          line: 4,
          column: 44,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "config.imageConfig", imageConfig: '{ aspectRatio: "1:1", imageSize: "512" }' },
              output: `await ai.models.generateContent({
  model: "gemini-3.1-flash-image",
  contents: "a cat",
  config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1", imageSize: "512" } },
});`,
            },
          ],
        },
      ],
    },
    {
      // An existing empty imageConfig receives the fields; 2.5 Flash Image takes no imageSize.
      code: `const MODEL = "gemini-2.5-flash-image";
fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${MODEL}:generateContent\`, {
  body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { size: "1792x1024" } } }),
});`,
      errors: [
        {
          messageId: "openaiSize",
          line: 3,
          column: 75,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "16:9" }' },
              output: `const MODEL = "gemini-2.5-flash-image";
fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${MODEL}:generateContent\`, {
  body: JSON.stringify({ contents: [], generationConfig: { imageConfig: { aspectRatio: "16:9" } } }),
});`,
            },
          ],
        },
      ],
    },
    {
      // size "auto" means: send no imageConfig.
      code: `fetch("${PRO_URL}", { body: JSON.stringify({ contents: [], size: "auto" }) });`,
      errors: [
        {
          messageId: "openaiSize",
          suggestions: [{ messageId: "removeSize", output: `fetch("${PRO_URL}", { body: JSON.stringify({ contents: [] }) });` }],
        },
      ],
    },
    {
      // Unknown model (a run-time value in the URL): the message names the fields, no values.
      code: `fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${model}:generateContent\`, { body: JSON.stringify({ contents: [], size: "1024x1024" }) });`,
      errors: [
        {
          messageId: "openaiSize",
          data: { message: describeFinding("openai-size", { value: "1024x1024", target: "generationConfig.imageConfig" }).message },
          suggestions: [],
        },
      ],
    },
    {
      // The model from settings["gemini-image"].defaultModel, on a body found by its shape.
      code: `export const build = () => ({ contents: [], generationConfig: { responseModalities: ["IMAGE"] }, size: "1024x1792" });`,
      settings: { "gemini-image": { defaultModel: "gemini-3-pro-image" } },
      errors: [
        {
          messageId: "openaiSize",
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "9:16", imageSize: "2K" }' },
              output: `export const build = () => ({ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "9:16", imageSize: "2K" } } });`,
            },
          ],
        },
      ],
    },
    {
      // AI SDK generateImage with a Gemini model ignores size.
      // generateImage takes the ratio as its own option (the codemod's move, shared) and the tier in providerOptions.
      code: `import { google } from "@ai-sdk/google";
import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", size: "1024x1024" });`,
      errors: [
        {
          messageId: "openaiSize",
          line: 3,
          column: 83,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "providerOptions.google.imageConfig", imageConfig: '{ aspectRatio: "1:1", imageSize: "1K" }' },
              output: `import { google } from "@ai-sdk/google";
import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", aspectRatio: "1:1", providerOptions: { google: { imageConfig: { imageSize: "1K" } } } });`,
            },
          ],
        },
      ],
    },
  ],
});
