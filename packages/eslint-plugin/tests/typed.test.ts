import { fileURLToPath } from "node:url";
import { RuleTester } from "@typescript-eslint/rule-tester";
import noMisplacedFields from "../src/rules/no-misplaced-fields.js";
import noOpenaiSize from "../src/rules/no-openai-size.js";
import "./rule-tester.js";

// With typed linting on, objects typed as the SDKs' parameter types are requests wherever they are written.
const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL("fixtures/typed/", import.meta.url)) },
  },
});
const filename = fileURLToPath(new URL("fixtures/typed/file.ts", import.meta.url));

ruleTester.run("no-misplaced-fields (typed)", noMisplacedFields, {
  valid: [
    // A same-named type of the user's own is not the SDK's.
    {
      filename,
      code: `interface GenerateContentParameters { generationConfig: object }
export const p: GenerateContentParameters = { generationConfig: {} };`,
    },
    // Without the type, a lone object with generationConfig and no contents is not a request.
    { filename, code: `export const p = { model: "gemini-3-pro-image", generationConfig: { responseModalities: ["IMAGE"] } };` },
  ],
  invalid: [
    {
      // Built in a helper: no call and no contents+generationConfig pair, only the type says it is a request.
      filename,
      code: `import type { GenerateContentParameters } from "@google/genai";
export function params(prompt: string): GenerateContentParameters {
  return { model: "gemini-3-pro-image", contents: prompt, generationConfig: { responseModalities: ["IMAGE"] } };
}`,
      output: `import type { GenerateContentParameters } from "@google/genai";
export function params(prompt: string): GenerateContentParameters {
  return { model: "gemini-3-pro-image", contents: prompt, config: { responseModalities: ["IMAGE"] } };
}`,
      errors: [{ messageId: "misplacedField", line: 3, column: 59 }],
    },
  ],
});

ruleTester.run("no-openai-size (typed, legacy SDK)", noOpenaiSize, {
  valid: [],
  invalid: [
    {
      filename,
      code: `import type { ModelParams } from "@google/generative-ai";
export const params: ModelParams = { model: "gemini-2.5-flash-image", generationConfig: { size: "1024x1024" } };`,
      errors: [
        {
          messageId: "openaiSize",
          line: 2,
          column: 91,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "1:1" }' },
              output: `import type { ModelParams } from "@google/generative-ai";
export const params: ModelParams = { model: "gemini-2.5-flash-image", generationConfig: { imageConfig: { aspectRatio: "1:1" } } };`,
            },
          ],
        },
      ],
    },
  ],
});
