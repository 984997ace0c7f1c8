import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-generate-content-shape-in-input.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const message = (field: string, instead: string) => describeFinding("generate-content-shape-in-input", { field, instead }).message;
const call = (rest: string) => `${G}await ai.interactions.create({ model: "gemini-3-pro-image", ${rest} });`;

ruleTester.run("no-generate-content-shape-in-input", rule, {
  valid: [
    call(`input: [{ type: "image", data: b64, mime_type: "image/png" }, { type: "text", text: "edit" }]`),
    call(`input: "a cat"`),
    // generateContent's contents are right in generateContent.
    `${G}await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ role: "user", parts: [{ text: "x" }] }] });`,
    `await bot.interactions.create({ model: "gpt-4o", input: [{ role: "user", parts: [] }] });`,
  ],
  invalid: [
    {
      code: call(`input: [{ text: "a cat" }, { inlineData: { mimeType: "image/png", data: b64 } }]`),
      output: call(`input: [{ type: "text", text: "a cat" }, { type: "image", data: b64, mime_type: "image/png" }]`),
      errors: [
        { messageId: "generateContentShape", data: { message: message("text", '{ type: "text", text }') } },
        { messageId: "generateContentShape", data: { message: message("inlineData", '{ type: "image", data, mime_type }') } },
      ],
    },
    {
      // A Content with role and parts: which turn belongs where is for a person to say.
      code: call(`input: [{ role: "user", parts: [{ text: "a cat" }] }]`),
      output: null,
      errors: [{ messageId: "generateContentShape", data: { message: message("parts", "input (a list of { type, … } entries)") } }],
    },
    {
      code: call(`contents: [{ parts: [{ text: "a cat" }] }], response_format: { type: "image" }`),
      output: null,
      errors: [{ messageId: "generateContentShape", data: { message: message("contents", "input") } }],
    },
  ],
});
