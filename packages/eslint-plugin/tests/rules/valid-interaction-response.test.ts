import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/valid-interaction-response.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const REST = "https://generativelanguage.googleapis.com/v1beta/interactions";
const BODY = `JSON.stringify({ model: "gemini-3-pro-image", input: "a cat" })`;
const error = (field: string) => ({ messageId: "responseShape" as const, data: { message: describeFinding("interaction-response-shape", { field }).message } });

ruleTester.run("valid-interaction-response", rule, {
  valid: [
    `${G}const interaction = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" });
     const image = interaction.output_image; const steps = interaction.steps;`,
    // generateContent's response has candidates.
    `${G}const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });
     const parts = response.candidates[0].content.parts;`,
    // A streamed interaction answers events.
    `${G}const stream = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", stream: true });`,
    `const result = await bot.interactions.create({ model: "gpt-4o", input: "x" }); result.candidates;`,
  ],
  invalid: [
    {
      code: `${G}const interaction = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" });
const part = interaction.candidates[0].content.parts[0];
const { outputs } = interaction;`,
      errors: [{ ...error("candidates"), line: 4, column: 26 }, { ...error("outputs"), line: 5 }],
    },
    {
      code: `${G}const parts = (await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" })).parts;`,
      errors: [error("parts")],
    },
    {
      // REST: through the Response's json().
      code: `const res = await fetch("${REST}", { method: "POST", body: ${BODY} });
const data = await res.json();
const image = data.candidates[0].content.parts.find((p) => p.inlineData);`,
      errors: [error("candidates")],
    },
    {
      // axios: through .data.
      code: `const { data } = await axios.post("${REST}", { model: "gemini-3-pro-image", input: "a cat" });
const first = data.outputs[0];`,
      errors: [error("outputs")],
    },
  ],
});
