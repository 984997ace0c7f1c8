import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-data-url-inline-data.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

ruleTester.run("no-data-url-inline-data", rule, {
  valid: [
    `const part = { inlineData: { mimeType: "image/png", data: b64 } };`,
    `const part = { inlineData: { mimeType: "image/png", data: dataUrl.split(",")[1] } };`,
    `const part = { inline_data: { mime_type: "image/png", data: buffer.toString("base64") } };`,
    // Not a Gemini part: no mimeType beside data.
    `const state = { inlineData: { data: "data:image/png;base64,AAAA" } };`,
    `const img = { src: canvas.toDataURL() };`,
  ],
  invalid: [
    {
      code: `const part = { inlineData: { mimeType: "image/png", data: "data:image/png;base64,iVBORw0KGgo=" } };`,
      errors: [{ messageId: "dataUrl", data: { message: describeFinding("data-url-inline-data", {}).message }, line: 1, column: 59 }],
    },
    {
      code: `const part = { inline_data: { mime_type: "image/png", data: \`data:image/png;base64,\${b64}\` } };`,
      errors: [{ messageId: "dataUrl", line: 1, column: 61 }],
    },
    {
      code: `const data = canvas.toDataURL("image/png");
await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ inlineData: { mimeType: "image/png", data } }] });`,
      errors: [{ messageId: "dataUrl", line: 2, column: 114 }],
    },
    {
      code: `reader.readAsDataURL(file);
reader.onload = () => send({ inlineData: { mimeType: file.type, data: reader.result } });`,
      errors: [{ messageId: "dataUrl", line: 2, column: 71 }],
    },
    {
      code: `const part = { inlineData: { mimeType: "image/jpeg", data: "https://example.com/cat.jpg" } };`,
      errors: [{ messageId: "url", data: { message: describeFinding("url-inline-data", {}).message }, line: 1, column: 60 }],
    },
  ],
});
