import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-multiple-images.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

ruleTester.run("no-multiple-images", rule, {
  valid: [
    `openai.images.generate({ model: "dall-e-2", prompt: "a cat", n: 4 });`,
    `await ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt: "a cat", config: { numberOfImages: 4 } });`,
    // The AI SDK's own n makes one provider call per image.
    `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
     await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", n: 4 });`,
    // 2.5 Flash Image answers up to 8 candidates.
    `await ai.models.generateContent({ model: "gemini-2.5-flash-image", contents: "a cat", config: { candidateCount: 4 } });`,
    `fetch("${URL}", { body: JSON.stringify({ contents: [], generationConfig: { candidateCount: 1 } }) });`,
    // Unknown model: the limit is unknown.
    `fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${m}:generateContent\`, { body: JSON.stringify({ contents: [], generationConfig: { candidateCount: 2 } }) });`,
    `const imageConfig = { n: 4 };`,
  ],
  invalid: [
    {
      code: `fetch("${URL}", { body: JSON.stringify({ contents: [], n: 4 }) });`,
      errors: [
        {
          messageId: "severalImages",
          data: { message: describeFinding("openai-n", { field: "n" }).message },
          line: 1,
          column: 140,
          suggestions: [
            { messageId: "removeField", data: { field: "n" }, output: `fetch("${URL}", { body: JSON.stringify({ contents: [] }) });` },
          ],
        },
      ],
    },
    {
      code: `await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: "a cat",
  config: { numberOfImages: 2, candidateCount: 3 },
});`,
      errors: [
        {
          messageId: "severalImages",
          line: 4,
          column: 13,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "numberOfImages" },
              output: `await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: "a cat",
  config: { candidateCount: 3 },
});`,
            },
          ],
        },
        {
          messageId: "candidateCount",
          data: { message: describeFinding("candidate-count", { value: 3, model: "gemini-3-pro-image", max: 1 }).message },
          line: 4,
          column: 48,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "candidateCount" },
              output: `await ai.models.generateContent({
  model: "gemini-3-pro-image",
  contents: "a cat",
  config: { numberOfImages: 2 },
});`,
            },
          ],
        },
      ],
    },
    {
      // A later assignment is reported, without a suggestion.
      code: `const body: any = { contents: [], generationConfig: {} };
body.generationConfig.candidateCount = 2;
await got.post("${URL}", { json: body });`,
      errors: [{ messageId: "candidateCount", line: 2, column: 40, suggestions: [] }],
    },
  ],
});
