import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/prefer-last-image-part.js";
import { createRuleTester } from "../rule-tester.js";

// The interaction side of `first-part-image`: the image is the last image of the "model_output"
// steps (the SDK's `output_image`), so reading the first step, the first entry of a step's
// content or the first match of a search is reported, on located interactions only.
const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const CREATE = `const interaction = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image" } });\n`;
const REST = "https://generativelanguage.googleapis.com/v1beta/interactions";
const BODY = `JSON.stringify({ model: "gemini-3-pro-image", input: "a cat" })`;
const first = { messageId: "firstPartImage" as const, data: { message: describeFinding("first-part-image", { api: "interactions" }).message } };

ruleTester.run("prefer-last-image-part (interactions)", rule, {
  valid: [
    // The SDK's own pick, and the last image of the model_output steps read by hand.
    `${G}${CREATE}const image = interaction.output_image;`,
    `${G}${CREATE}const image = interaction.steps.filter((s) => s.type === "model_output").flatMap((s) => s.content ?? []).findLast((c) => c.type === "image");`,
    `${G}${CREATE}const last = interaction.steps.findLast((s) => s.type === "model_output"); const image = last?.content?.findLast((c) => c.type === "image");`,
    `${G}${CREATE}const outputs = interaction.steps.filter((step) => step.type === "model_output"); const step = outputs.at(-1);`,
    // Reading what the first step is, or testing for an output, picks no image.
    `${G}${CREATE}const kind = interaction.steps[0].type; if (interaction.steps.find((s) => s.type === "model_output")) done();`,
    // A loop over some other list.
    `${G}${CREATE}for (const page of book.steps) use(page.content[0].data);`,
    // A search for something other than the output.
    `${G}${CREATE}const thought = interaction.steps.find((s) => s.type === "thought");`,
    // A streamed interaction answers events, not an interaction.
    `${G}const stream = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", stream: true }); const first = stream.steps[0].content;`,
    // The last entry found by its MIME type, and a search for another type.
    `${G}${CREATE}const image = interaction.steps.flatMap((s) => s.content ?? []).findLast((c) => c.mime_type?.startsWith("image/"));`,
    `${G}${CREATE}const pdf = interaction.steps.flatMap((s) => s.content ?? []).find((c) => c.mime_type === "application/pdf");`,
    // Destructured from the result, read the right way; and a destructured `steps` of something else.
    `${G}const { steps } = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" }); const image = steps.filter((s) => s.type === "model_output").at(-1);`,
    `${G}${CREATE}const { steps } = wizard; const intro = steps[0].content;`,
    // `steps` lists that are no Gemini interaction's result.
    `const wizard = { steps: [{ content: ["Welcome"] }] }; const intro = wizard.steps[0].content; const data = wizard.steps.find((s) => s.type === "image");`,
    `const result = await bot.interactions.create({ model: "gpt-4o", input: "x" }); const c = result.steps[0].content;`,
    // generateContent has no steps: its own reads are the other half of the rule.
    `${G}const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" }); const s = response.steps[0].content;`,
    // A text-only interaction: the first entry is the answer it asked for.
    `${G}const chat = await ai.interactions.create({ model: "gemini-3-flash-preview", input: "hi" }); const reply = chat.steps[0].content;`,
  ],
  invalid: [
    {
      // The first image entry found by its MIME type instead of its type.
      code: `${G}${CREATE}const image = interaction.steps.flatMap((s) => s.content ?? []).find((c) => c.mime_type?.startsWith("image/"));`,
      errors: [first],
    },
    {
      code: `${G}${CREATE}const png = interaction.steps.flatMap((s) => s.content ?? []).filter(({ mime_type }) => mime_type === "image/png")[0];`,
      errors: [first],
    },
    {
      // `steps` destructured from the interaction, then its first step read.
      code: `${G}const { steps } = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" });\nconst b64 = steps[0].content[0].data;`,
      errors: [{ ...first, line: 4 }],
    },
    {
      code: `${G}const { steps: all } = await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat" });\nfor (const step of all) use(step.content[0].data);`,
      errors: [{ ...first, line: 4 }],
    },
    {
      code: `${G}${CREATE}const b64 = interaction.steps[0].content[0].data;`,
      errors: [{ ...first, line: 4, column: 13, endColumn: 33 }],
    },
    {
      // The first output step, and the first image of a step's content.
      code: `${G}${CREATE}const step = interaction.steps.find((s) => s.type === "model_output");
const image = interaction.steps.at(-1).content.find(({ type }) => "image" === type);`,
      errors: [
        { ...first, line: 4, column: 14 },
        { ...first, line: 5, column: 15 },
      ],
    },
    {
      // Through a const, `filter(…)[0]`, and the first entry of the last step's content.
      code: `${G}${CREATE}const steps = interaction.steps;
const out = steps.filter((s) => s.type === "model_output")[0];
const uri = steps.at(-1).content[0].uri;`,
      errors: [
        { ...first, line: 5, column: 13 },
        { ...first, line: 6, column: 13 },
      ],
    },
    {
      // The first image of every step's content, once per chain.
      code: `${G}${CREATE}const image = interaction.steps.flatMap((s) => s.content ?? []).find((c) => c.type === "image")?.data;`,
      errors: [{ ...first, line: 4 }],
    },
    {
      // A loop that keeps the first output step's first entry.
      code: `${G}${CREATE}let b64;
for (const step of interaction.steps) if (step.type === "model_output") { b64 = step.content[0].data; break; }`,
      errors: [{ ...first, line: 5, column: 81 }],
    },
    {
      // REST: through the Response's json().
      code: `const res = await fetch("${REST}", { method: "POST", body: ${BODY} });
const data = await res.json();
const b64 = data.steps[0].content[0].data;`,
      errors: [{ ...first, line: 3 }],
    },
  ],
});
