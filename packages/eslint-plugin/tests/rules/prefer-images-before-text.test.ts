import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/prefer-images-before-text.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const IMAGE_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
const TEXT_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent";

ruleTester.run("prefer-images-before-text", rule, {
  valid: [
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data } }, { text: "make it blue" }] }] });`,
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ role: "user", parts: [{ text: "a cat" }] }] });`,
    // Not a request: parts held in a variable nothing sends.
    `const contents = [{ role: "user", parts: [{ text: "make it blue" }, { inlineData: { mimeType: "image/png", data } }] }];`,
    // Not image generation: a text model reading an image, a PDF, audio, a text file, a video.
    `fetch("${TEXT_URL}", { body: JSON.stringify({ contents: [{ parts: [{ text: "describe" }, { inline_data: { mime_type: "image/jpeg", data } }] }] }) });`,
    `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: [{ text: "summarise" }, { inlineData: { mimeType: "application/pdf", data: pdf } }] });`,
    `await ai.models.generateContent({ model: "gemini-1.5-flash", contents: [{ text: "transcribe" }, { fileData: { mimeType: "audio/mp3", fileUri: file.uri } }], config: { responseMimeType: "application/json" } });`,
    `await ai.models.generateContent({ model: "gemini-2.5-flash", contents: [{ text: "what happens?" }, { fileData: { fileUri: "https://www.youtube.com/watch?v=abc" } }] });`,
    // Unknown: nothing says image, so nothing is reported.
    `export const ask = (model: string) => ai.models.generateContent({ model, contents: [{ text: "read" }, { inlineData: { mimeType: "text/plain", data } }] });`,
    // Even in an image request, a non-image input makes the order the author's.
    `await ai.models.generateContent({ model: "gemini-3-pro-image", contents: [{ text: "illustrate this story" }, { inlineData: { mimeType: "application/pdf", data } }, { inlineData: { mimeType: "image/png", data: style } }] });`,
    // A \`let\` assigned in branches, the images first in every branch that has any.
    `let contents;
if (ref) contents = [{ inlineData: { mimeType: "image/png", data: ref } }, { text: "same style" }];
else contents = "a lighthouse";
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents, config: { responseModalities: ["IMAGE"] } });`,
    // Parts built with push, the images first; a text pushed only in a branch; an array a helper may reorder.
    `const parts = [];
if (photo) parts.push({ inlineData: { mimeType: "image/png", data: photo } });
parts.push({ text: "make it a watercolor" });
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: [{ role: "user", parts }], config: { responseModalities: ["IMAGE"] } });`,
    `const parts = [{ inlineData: { mimeType: "image/png", data: photo } }];
if (caption) parts.push({ text: caption });
parts.push({ inlineData: { mimeType: "image/png", data: style } });
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: [{ role: "user", parts }], config: { responseModalities: ["IMAGE"] } });`,
    `const parts = [{ text: "blend them" }];
parts.push({ inlineData: { mimeType: "image/png", data: a } });
putImagesFirst(parts);
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: [{ role: "user", parts }], config: { responseModalities: ["IMAGE"] } });`,
    `const parts = [{ text: "blend them" }];
parts.push({ inlineData: { mimeType: "image/png", data: a } });
parts.reverse();
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: [{ role: "user", parts }], config: { responseModalities: ["IMAGE"] } });`,
    // Parts from @google/genai helpers: the image first; a PDF from createPartFromUri is not an image.
    `import { createPartFromUri } from "@google/genai";
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: [createPartFromUri(file.uri, file.mimeType), "make it pop"], config: { responseModalities: ["IMAGE"] } });`,
    `import { createPartFromUri } from "@google/genai";
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: ["illustrate this report", createPartFromUri(file.uri, "application/pdf")], config: { responseModalities: ["IMAGE"] } });`,
  ],
  invalid: [
    {
      code: `fetch("${IMAGE_URL}", { body: JSON.stringify({ contents: [{ parts: [{ text: "make it blue" }, { inlineData: { mimeType: "image/png", data } }] }] }) });`,
      errors: [
        {
          messageId: "textBeforeImages",
          data: { message: describeFinding("text-before-images", {}).message },
          line: 1,
          column: 147,
          suggestions: [
            {
              messageId: "moveTextLast",
              output: `fetch("${IMAGE_URL}", { body: JSON.stringify({ contents: [{ parts: [{ inlineData: { mimeType: "image/png", data } }, { text: "make it blue" }] }] }) });`,
            },
          ],
        },
      ],
    },
    {
      // @google/genai contents holding parts directly; parts from consts; an unknown model asking for IMAGE.
      code: `import { Modality } from "@google/genai";
const photo = { fileData: { mimeType: "image/png", fileUri: uri } };
await ai.models.generateContent({ model: "gemini-2.0-flash-preview-image-generation", contents: [{ text: "merge" }, photo, sketch], config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });`,
      errors: [
        {
          messageId: "textBeforeImages",
          suggestions: [
            {
              messageId: "moveTextLast",
              output: `import { Modality } from "@google/genai";
const photo = { fileData: { mimeType: "image/png", fileUri: uri } };
await ai.models.generateContent({ model: "gemini-2.0-flash-preview-image-generation", contents: [photo, sketch, { text: "merge" }], config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });`,
            },
          ],
        },
      ],
    },
    {
      // A \`let\` assigned in branches: the branch with a reference image puts the text first.
      code: `let contents;
if (ref) {
  contents = [{ text: "keep the character" }, { inlineData: { mimeType: "image/png", data: ref } }];
} else {
  contents = "a lighthouse at dusk";
}
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: contents, config: { responseModalities: ["IMAGE"] } });`,
      errors: [
        {
          messageId: "textBeforeImages",
          line: 3,
          column: 15,
          suggestions: [
            {
              messageId: "moveTextLast",
              output: `let contents;
if (ref) {
  contents = [{ inlineData: { mimeType: "image/png", data: ref } }, { text: "keep the character" }];
} else {
  contents = "a lighthouse at dusk";
}
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: contents, config: { responseModalities: ["IMAGE"] } });`,
            },
          ],
        },
      ],
    },
    {
      // Parts built with push: the prompt is pushed on every run, the reference image after it in a branch.
      code: `const messageParts = [];
messageParts.push({ text: prompt });
if (inputImage) {
  messageParts.push({ inlineData: { data: inputImage, mimeType } });
}
const contents = [...history, { role: "user", parts: messageParts }];
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents, config: { responseModalities: ["IMAGE"] } });`,
      errors: [{ messageId: "textBeforeImages", line: 2, column: 19, suggestions: [] }],
    },
    {
      // A plain string is a text part; a part from createPartFromUri with a run-time MIME type counts as an image.
      code: `import { createPartFromUri } from "@google/genai";
const contents = ["Put this logo on the bottle"];
contents.push(createPartFromUri(file.uri, file.mimeType));
await ai.models.generateContent({ model: "gemini-3.1-flash-image", contents, config: { responseModalities: ["IMAGE"] } });`,
      errors: [{ messageId: "textBeforeImages", line: 2, column: 19, suggestions: [] }],
    },
  ],
});
