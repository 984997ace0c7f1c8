import { BASE_ASPECT_RATIOS, describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/prefer-confirmed-aspect-ratio.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const LITE = "gemini-3.1-flash-lite-image";
const genai = (model: string, ratio: string) =>
  `await ai.models.generateContent({ model: "${model}", contents: "a banner", config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: ${ratio} } } });`;

ruleTester.run("prefer-confirmed-aspect-ratio", rule, {
  valid: [
    genai(LITE, `"16:9"`),
    // 3.1 Flash Image documents the extreme ratios on both platforms.
    genai("gemini-3.1-flash-image", `"1:8"`),
    // Without a known model nothing is said: the ratio may be fine for the model used.
    genai("some-other-model", `"1:4"`),
    `await ai.models.generateContent({ contents: "a banner", config: { imageConfig: { aspectRatio: "1:4" } } });`,
    genai(LITE, "ratio"),
    // An invalid ratio is valid-aspect-ratio's business, not a second report here.
    genai(LITE, `"9:21"`),
  ],
  invalid: [
    {
      code: genai(LITE, `"1:4"`),
      errors: [
        {
          messageId: "unconfirmedAspectRatio",
          data: { message: describeFinding("unconfirmed-aspect-ratio", { value: "1:4", model: LITE, confirmed: BASE_ASPECT_RATIOS }).message },
          line: 1,
          column: 164,
        },
      ],
    },
    {
      code: `const RATIO = "8:1";\n` + `fetch("https://generativelanguage.googleapis.com/v1beta/models/${LITE}:generateContent", { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: RATIO } } }) });`,
      errors: [{ messageId: "unconfirmedAspectRatio", line: 2 }],
    },
  ],
});
