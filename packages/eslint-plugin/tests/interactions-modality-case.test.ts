import { describeFinding } from "@gemini-image/protocol";
import rule from "../src/rules/require-image-modality.js";
import { createRuleTester } from "./rule-tester.js";

/** `require-image-modality` in Interactions requests: only the case of `response_modalities`, lowercase there. */
const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const call = (rest: string) => `${G}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat"${rest} });`;

ruleTester.run("require-image-modality (Interactions)", rule, {
  valid: [
    // No responseModalities demanded: response_format (or nothing) asks for the image here.
    call(""),
    call(`, response_format: { type: "image" }`),
    call(`, response_modalities: ["image", "text"]`),
  ],
  invalid: [
    {
      code: call(`, response_modalities: ["IMAGE"]`),
      errors: [
        {
          messageId: "modalityCase",
          data: { message: describeFinding("response-modality-case", { value: "IMAGE", expected: "image", field: "response_modalities" }).message },
          suggestions: [{ messageId: "useUppercase", data: { expected: "image" }, output: call(`, response_modalities: ["image"]`) }],
        },
      ],
    },
  ],
});
