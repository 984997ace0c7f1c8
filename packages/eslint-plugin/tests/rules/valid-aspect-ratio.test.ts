import { ALL_ASPECT_RATIOS, describeFinding, getModel } from "@gemini-image/protocol";
import rule from "../../src/rules/valid-aspect-ratio.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const body = (model: string, imageConfig: string) =>
  `fetch("https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent", { body: JSON.stringify({ contents: [], generationConfig: { imageConfig: ${imageConfig} } }) });`;
const PRO = "gemini-3-pro-image";

ruleTester.run("valid-aspect-ratio", rule, {
  valid: [
    body(PRO, `{ aspectRatio: "21:9" }`),
    body("gemini-3.1-flash-image", `{ aspectRatio: "1:8" }`),
    `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [], image_config: { aspect_ratio: "16x9" } }) });`,
    `const [imageConfig, setImageConfig] = useState({ aspectRatio: "16x9" });`,
    body(PRO, `{ aspectRatio: ratio }`),
  ],
  invalid: [
    {
      code: body(PRO, `{ aspectRatio: "16x9" }`),
      output: body(PRO, `{ aspectRatio: "16:9" }`),
      errors: [
        {
          messageId: "invalidAspectRatio",
          data: {
            message: describeFinding("invalid-aspect-ratio", { value: '"16x9"', model: PRO, accepted: getModel(PRO).aspectRatios, fix: "16:9" }).message,
          },
          line: 1,
          column: 188,
        },
      ],
    },
    {
      // 9:21 is no ratio Gemini knows; nothing to fix.
      code: body(PRO, `{ aspectRatio: "9:21" }`),
      output: null,
      errors: [{ messageId: "invalidAspectRatio" }],
    },
    {
      code: body(PRO, `{ aspectRatio: "1024:1024" }`),
      output: null,
      errors: [{ messageId: "invalidAspectRatio" }],
    },
    {
      // 1:4 exists only on 3.1 Flash Image: "1/4" is not fixed to a ratio 3 Pro lacks.
      code: body(PRO, `{ aspectRatio: "1/4" }`),
      output: null,
      errors: [
        {
          messageId: "invalidAspectRatio",
          data: { message: describeFinding("invalid-aspect-ratio", { value: '"1/4"', model: PRO, accepted: getModel(PRO).aspectRatios }).message },
        },
      ],
    },
    {
      // Unknown model: checked against every ratio.
      code: `await ai.models.generateContent({ model, contents: "x", config: { imageConfig: { aspectRatio: "4 x 3" } } });`,
      output: `await ai.models.generateContent({ model, contents: "x", config: { imageConfig: { aspectRatio: "4:3" } } });`,
      errors: [
        {
          messageId: "invalidAspectRatio",
          data: { message: describeFinding("invalid-aspect-ratio", { value: '"4 x 3"', accepted: ALL_ASPECT_RATIOS, fix: "4:3" }).message },
        },
      ],
    },
    {
      // The AI SDK's own aspectRatio option.
      code: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", aspectRatio: "16/9" });`,
      output: `import { google } from "@ai-sdk/google"; import { generateImage } from "ai";
await generateImage({ model: google.image("gemini-3-pro-image"), prompt: "a cat", aspectRatio: "16:9" });`,
      errors: [{ messageId: "invalidAspectRatio", line: 2, column: 96 }],
    },
  ],
});
