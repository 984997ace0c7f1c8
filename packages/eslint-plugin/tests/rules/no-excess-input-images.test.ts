import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-excess-input-images.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const images = (n: number) => Array.from({ length: n }, (_, i) => `{ inlineData: { mimeType: "image/png", data: img${i} } }`).join(", ");

ruleTester.run("no-excess-input-images", rule, {
  valid: [
    `await ai.models.generateContent({ model: "gemini-2.5-flash-image", contents: [${images(3)}, { text: "merge" }] });`,
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [${images(14)}, { text: "merge" }] });`,
    // Unknown model, and parts built at run time: nothing is guessed.
    `await ai.models.generateContent({ model, contents: [${images(20)}] });`,
    `await ai.models.generateContent({ model: "gemini-2.5-flash-image", contents: [...photos.map(toPart), { text: "merge" }] });`,
  ],
  invalid: [
    {
      code: `await ai.models.generateContent({ model: "gemini-2.5-flash-image", contents: [${images(4)}, { text: "merge" }] });`,
      errors: [
        {
          messageId: "tooManyImages",
          data: { message: describeFinding("too-many-images", { count: 4, model: "gemini-2.5-flash-image", max: 3 }).message },
          line: 1,
          column: 68,
        },
      ],
    },
    {
      // The legacy SDK takes the parts array as the argument itself.
      code: `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash-image" });
await model.generateContent([${images(4)}, "merge"]);`,
      errors: [{ messageId: "tooManyImages", line: 2, column: 29 }],
    },
    {
      code: `fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent", {
  body: JSON.stringify({ contents: [{ role: "user", parts: [${images(15)}, { text: "merge" }] }] }),
});`,
      errors: [{ messageId: "tooManyImages", line: 2, column: 26 }],
    },
  ],
});
