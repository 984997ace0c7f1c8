import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/prefer-images-before-text.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

ruleTester.run("prefer-images-before-text", rule, {
  valid: [
    `const contents = [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data } }, { text: "make it blue" }] }];`,
    `const contents = [{ role: "user", parts: [{ text: "a cat" }] }];`,
    `const parts = [{ text: "a" }, { inlineData: img }];`,
  ],
  invalid: [
    {
      code: `const body = { contents: [{ parts: [{ text: "make it blue" }, { inlineData: { mimeType: "image/png", data } }] }] };`,
      errors: [
        {
          messageId: "textBeforeImages",
          data: { message: describeFinding("text-before-images", {}).message },
          line: 1,
          column: 37,
          suggestions: [
            {
              messageId: "moveTextLast",
              output: `const body = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data } }, { text: "make it blue" }] }] };`,
            },
          ],
        },
      ],
    },
    {
      // @google/genai contents holding parts directly; parts from consts.
      code: `const photo = { fileData: { mimeType: "image/png", fileUri: uri } };
await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ text: "merge" }, photo, sketch] });`,
      errors: [
        {
          messageId: "textBeforeImages",
          suggestions: [
            {
              messageId: "moveTextLast",
              output: `const photo = { fileData: { mimeType: "image/png", fileUri: uri } };
await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [photo, sketch, { text: "merge" }] });`,
            },
          ],
        },
      ],
    },
  ],
});
