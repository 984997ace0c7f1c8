import { DEPRECATED_INTERACTION_FIELDS, describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-deprecated-interaction-fields.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const G = `import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n`;
const message = (field: string) =>
  describeFinding("deprecated-interaction-field", { field, instead: DEPRECATED_INTERACTION_FIELDS.find((f) => f.path === field)!.instead }).message;
const call = (rest: string) => `${G}await ai.interactions.create({ model: "gemini-3-pro-image", input: "a cat", ${rest} });`;

ruleTester.run("no-deprecated-interaction-fields", rule, {
  valid: [
    call(`response_format: { type: "image", image_size: "2K" }`),
    // Google's own image sample sends response_modalities alone.
    call(`response_modalities: ["image"]`),
    call(`generation_config: { temperature: 1 }`),
  ],
  invalid: [
    {
      code: call(`generation_config: { image_config: { aspect_ratio: "16:9", image_size: "2K" } }`),
      output: call(`response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" }`),
      errors: [{ messageId: "deprecatedField", data: { message: message("generation_config.image_config") } }],
    },
    {
      // Text asked for too: a text entry first; the modalities go with the move.
      code: call(`response_modalities: ["text", "image"], generation_config: { temperature: 1, image_config: { image_size: "4K" } }`),
      output: call(`response_format: [{ type: "text" }, { type: "image", image_size: "4K" }], generation_config: { temperature: 1 }`),
      errors: [
        { messageId: "deprecatedField", data: { message: message("response_modalities") } },
        { messageId: "deprecatedField", data: { message: message("generation_config.image_config") } },
      ],
    },
    {
      // response_format already there: the settings to keep are for a person to choose.
      code: call(`response_format: { type: "image" }, response_modalities: ["image"], generation_config: { image_config: { image_size: "4K" } }`),
      output: null,
      errors: [
        { messageId: "deprecatedField", data: { message: message("response_modalities") } },
        { messageId: "deprecatedField", data: { message: message("generation_config.image_config") } },
      ],
    },
    {
      code: call(`response_format: { type: "image" }, response_mime_type: "image/jpeg"`),
      output: null,
      errors: [{ messageId: "deprecatedField", data: { message: message("response_mime_type") } }],
    },
  ],
});
