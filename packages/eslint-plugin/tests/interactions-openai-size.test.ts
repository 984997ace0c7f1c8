import { describeFinding } from "@gemini-image/protocol";
import rule from "../src/rules/no-openai-size.js";
import { createRuleTester } from "./rule-tester.js";

/** `no-openai-size` in Interactions requests: the suggestion writes `response_format`, not `imageConfig`. */
const ruleTester = createRuleTester();
const GENAI = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const message = (imageConfig: string) =>
  describeFinding("openai-size", { value: "1792x1024", imageConfig, model: "gemini-3-pro-image", target: "response_format", api: "interactions" }).message;
const MAPPED = '{ type: "image", aspect_ratio: "16:9", image_size: "2K" }';

ruleTester.run("no-openai-size (Interactions)", rule, {
  valid: [`${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: ${MAPPED} });`],
  invalid: [
    {
      // No response_format yet: the entry takes the place of size.
      code: `${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", size: "1792x1024" });`,
      errors: [
        {
          messageId: "openaiSize",
          data: { message: message(MAPPED) },
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "response_format", imageConfig: MAPPED },
              output: `${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: ${MAPPED} });`,
            },
          ],
        },
      ],
    },
    {
      // An image entry without settings: they go into it.
      code: `${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image" }, size: "1792x1024" });`,
      errors: [
        {
          messageId: "openaiSize",
          data: { message: message(MAPPED) },
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "response_format", imageConfig: MAPPED },
              output: `${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" } });`,
            },
          ],
        },
      ],
    },
    {
      // The deprecated image_config is there: which settings win is for a person to say.
      code: `${GENAI}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", generation_config: { image_config: { image_size: "1K" } }, size: "1792x1024" });`,
      errors: [{ messageId: "openaiSize", data: { message: message(MAPPED) }, suggestions: [] }],
    },
  ],
});
