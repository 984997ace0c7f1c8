import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/valid-model-id.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const GOOGLE = "https://generativelanguage.googleapis.com/v1beta/models";

ruleTester.run("valid-model-id", rule, {
  valid: [
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });`,
    `fetch("${GOOGLE}/gemini-3.1-flash-image:generateContent", { body: JSON.stringify({ contents: [] }) });`,
    // A gateway accepts its own aliases.
    `fetch("https://api.apiyi.com/v1beta/models/nano-banana-pro:generateContent", { body: JSON.stringify({ contents: [] }) });`,
    // Ids Google's SDK lists without published capabilities are real ids, never typos.
    `await ai.models.generateContent({ model: "gemini-nano-banana-2.1", contents: "a cat", config: { responseModalities: ["IMAGE"] } });`,
    `await ai.models.generateContent({ model: "nano-banana-pro-preview", contents: "a cat", config: { responseModalities: ["IMAGE"] } });`,
    // Other providers' and Google's text models are not image model typos.
    `await ai.models.generateContent({ model: "gemini-2.5-pro", contents: "hi" });`,
    `openai.images.generate({ model: "dall-e-3", prompt: "a cat" });`,
    `await ai.models.generateContent({ model: "gemini-2.0-flash-exp", contents: "a cat", config: { responseModalities: ["TEXT", "IMAGE"] } });`,
    // A gateway names models its own way: an unknown id that says image is not reported there.
    `fetch("https://api.example-gateway.com/v1beta/models/gemini-3-pro-image-hd:generateContent", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"] } }) });`,
    // An app's own names that are no model field: a UI label, an object key, a route.
    `const LABELS = { "nano-banana": "Nano Banana", "nano-banana-pro": "Nano Banana Pro" };
     export const render = (tier: keyof typeof LABELS) => LABELS[tier];
     app.post("/api/nano-banana", async (req, res) => {
       res.json(await ai.models.generateContent({ model: "gemini-3-pro-image", contents: req.body.prompt, config: { labels: { feature: "nano-banana" } } }));
     });`,
    `const APP = "nano-banana-studio";
     fetch(\`${GOOGLE}/gemini-3-pro-image:generateContent?app=\${APP}\`, { body: JSON.stringify({ contents: [] }) });`,
    // The default model from settings is not code to fix here.
    {
      code: `export const build = () => ({ contents: [], generationConfig: {} });`,
      settings: { "gemini-image": { defaultModel: "gemini-3-pro-image-preview" } },
    },
  ],
  invalid: [
    {
      // An id that says image but is no current Google image model: a warning, no rename.
      code: `await ai.models.generateContent({ model: "gemini-2.0-flash-preview-image-generation", contents: "a cat", config: { responseModalities: ["TEXT", "IMAGE"] } });`,
      errors: [
        {
          messageId: "unknownModel",
          data: { message: describeFinding("unknown-model", { model: "gemini-2.0-flash-preview-image-generation" }).message },
          line: 1,
          column: 42,
          suggestions: [],
        },
      ],
    },
    {
      // The alias is written in the URL itself: the report is on the URL, never on the app's label
      // (`APP` contains the same words), and the suggestion edits the URL's text, not the label.
      code: `const APP = "nano-banana-studio";
fetch(\`${GOOGLE}/nano-banana:generateContent?app=\${APP}\`, { body: JSON.stringify({ contents: [] }) });`,
      errors: [
        {
          messageId: "modelAlias",
          line: 2,
          column: 7,
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-2.5-flash-image" },
              output: `const APP = "nano-banana-studio";
fetch(\`${GOOGLE}/gemini-2.5-flash-image:generateContent?app=\${APP}\`, { body: JSON.stringify({ contents: [] }) });`,
            },
          ],
        },
      ],
    },
    {
      // The preview shut down on 2026-06-25; the GA id replaces it.
      code: `await ai.models.generateContent({ model: "gemini-3-pro-image-preview", contents: "a cat" });`,
      errors: [
        {
          messageId: "retiredModel",
          data: { message: describeFinding("retired-model", { model: "gemini-3-pro-image-preview", replacement: "gemini-3-pro-image" }).message },
          line: 1,
          column: 42,
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-3-pro-image" },
              output: `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });`,
            },
          ],
        },
      ],
    },
    {
      // Written in the template URL itself: the suggestion edits the template's text; beside an
      // interpolation that may continue the id, there is nothing to suggest.
      code: `fetch(\`\${BASE}/models/gemini-3-pro-image-preview:generateContent\`, { body: JSON.stringify({ contents: [] }) });
fetch(\`${GOOGLE}/gemini-3-pro-image-preview\${variant}:generateContent\`, { body: JSON.stringify({ contents: [] }) });`,
      errors: [
        {
          messageId: "retiredModel",
          line: 1,
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-3-pro-image" },
              output: `fetch(\`\${BASE}/models/gemini-3-pro-image:generateContent\`, { body: JSON.stringify({ contents: [] }) });
fetch(\`${GOOGLE}/gemini-3-pro-image-preview\${variant}:generateContent\`, { body: JSON.stringify({ contents: [] }) });`,
            },
          ],
        },
      ],
    },
    {
      // In a URL built from a const: the suggestion edits the const.
      code: `const MODEL = 'gemini-3.1-flash-image-preview';
fetch(\`${GOOGLE}/\${MODEL}:generateContent\`, { body: JSON.stringify({ contents: [] }) });`,
      errors: [
        {
          messageId: "retiredModel",
          line: 1,
          column: 15,
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-3.1-flash-image" },
              output: `const MODEL = 'gemini-3.1-flash-image';
fetch(\`${GOOGLE}/\${MODEL}:generateContent\`, { body: JSON.stringify({ contents: [] }) });`,
            },
          ],
        },
      ],
    },
    {
      // 2.5 Flash Image has an announced shutdown and no named replacement.
      code: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" });`,
      errors: [
        {
          messageId: "deprecatedModel",
          data: { message: describeFinding("deprecated-model", { model: "gemini-2.5-flash-image", date: "2026-10" }).message },
          suggestions: [],
        },
      ],
    },
    {
      // A gateway alias sent to Google's own host.
      code: `fetch("${GOOGLE}/nano-banana-pro:generateContent", { body: JSON.stringify({ contents: [] }) });`,
      errors: [
        {
          messageId: "modelAlias",
          data: { message: describeFinding("model-alias", { alias: "nano-banana-pro", id: "gemini-3-pro-image" }).message },
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-3-pro-image" },
              output: `fetch("${GOOGLE}/gemini-3-pro-image:generateContent", { body: JSON.stringify({ contents: [] }) });`,
            },
          ],
        },
      ],
    },
    {
      // A near-miss typo in the AI SDK.
      code: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-imag"), prompt: "a cat" });`,
      errors: [
        {
          messageId: "unknownModel",
          data: { message: describeFinding("unknown-model", { model: "gemini-3-pro-imag", suggestion: "gemini-3-pro-image" }).message },
          line: 2,
          column: 43,
          suggestions: [
            {
              messageId: "useModel",
              data: { id: "gemini-3-pro-image" },
              output: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat" });`,
            },
          ],
        },
      ],
    },
  ],
});
