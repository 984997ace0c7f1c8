import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-camel-case-interaction-fields.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const message = (field: string, snake: string) => describeFinding("interactions-camel-case", { field, snake }).message;
const REST = "https://generativelanguage.googleapis.com/v1beta/interactions";

ruleTester.run("no-camel-case-interaction-fields", rule, {
  valid: [
    `${G}await ai.interactions.create({ model: "gemini-3-pro-image", input: [{ type: "image", data, mime_type: "image/png" }], response_format: { type: "image", aspect_ratio: "1:1" }, previous_interaction_id: id });`,
    // generateContent keeps its camelCase.
    `${G}await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "x", config: { imageConfig: { imageSize: "2K" } } });`,
    // Names the catalog does not have in snake_case are unknown fields, not casing slips.
    `${G}await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", fooBar: 1 });`,
    // A text interaction is not this plugin's business; another SDK's interactions are not Gemini's.
    `${G}await ai.interactions.create({ model: "gemini-2.5-flash", input: "x", systemInstruction: "be brief" });`,
    `await bot.interactions.create({ model: "gpt-4o", responseFormat: { type: "json" } });`,
  ],
  invalid: [
    {
      code: `${G}await ai.interactions.create({ model: "gemini-3.1-flash-image", input: "x", responseFormat: { type: "image", aspectRatio: "16:9", imageSize: "2K" } });`,
      output: `${G}await ai.interactions.create({ model: "gemini-3.1-flash-image", input: "x", response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" } });`,
      errors: [
        { messageId: "camelCase", data: { message: message("responseFormat", "response_format") }, line: 3, column: 77 },
        { messageId: "camelCase", data: { message: message("aspectRatio", "aspect_ratio") } },
        { messageId: "camelCase", data: { message: message("imageSize", "image_size") } },
      ],
    },
    {
      // REST body: input entries, generation_config and its image_config are checked too.
      code: `await fetch("${REST}", { method: "POST", body: JSON.stringify({ model: "gemini-3-pro-image", input: [{ type: "image", data: b64, mimeType: "image/png" }], generationConfig: { imageConfig: { imageSize: "2K" } } }) });`,
      output: `await fetch("${REST}", { method: "POST", body: JSON.stringify({ model: "gemini-3-pro-image", input: [{ type: "image", data: b64, mime_type: "image/png" }], generation_config: { image_config: { image_size: "2K" } } }) });`,
      errors: [
        { messageId: "camelCase", data: { message: message("mimeType", "mime_type") } },
        { messageId: "camelCase", data: { message: message("generationConfig", "generation_config") } },
        { messageId: "camelCase", data: { message: message("imageConfig", "image_config") } },
        { messageId: "camelCase", data: { message: message("imageSize", "image_size") } },
      ],
    },
    {
      // Both spellings present: renaming would merge two keys, so no fix.
      code: `${G}await ai.interactions.create({ model: "gemini-3-pro-image", input: "x", response_format: { type: "image" }, responseFormat: { type: "image" } });`,
      output: null,
      errors: [{ messageId: "camelCase", data: { message: message("responseFormat", "response_format") } }],
    },
  ],
});
