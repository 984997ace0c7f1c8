import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/prefer-last-image-part.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** A REST call to `model` with `config`, whose parsed answer is `json`. */
const restCall = (model: string, config: string): string => `const res = await fetch("https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent", {
  method: "POST",
  body: JSON.stringify({ contents: [{ parts: [{ text: "Say hello" }] }], generationConfig: ${config} }),
});
const json = await res.json();
`;
const SPEECH = `{ responseModalities: ["AUDIO"], speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: "Kore" } } } }`;
const LAST = `findLast((part) => part.inlineData?.mimeType?.startsWith("image/") && !part.thought)?.inlineData`;

ruleTester.run("prefer-last-image-part", rule, {
  valid: [
    `const image = res.candidates[0].content.parts.findLast((p) => p.inlineData && !p.thought)?.inlineData;`,
    `const text = res.candidates[0].content.parts[0].text;`,
    // Building a request with Google's REST spelling is not reading a response.
    `body.contents[0].parts[0].inline_data = { mime_type: "image/png", data };`,
    `const mime = upload.mime_type;`,
    `const first = doc.parts[0].inlineData;`,
    // camelCase first, snake_case only as a fallback for gateways that answer it: nothing is lost.
    `for (const part of res.candidates[0].content.parts) {
  const inline = part.inlineData ?? part.inline_data;
  if (inline) save(inline.data, inline.mimeType || inline.mime_type);
}`,
    `const images = res.candidates[0].content.parts.filter((p) => p.inlineData || p.inline_data);`,
    `for (const part of res.candidates[0].content.parts) {
  const data = part.inlineData ? part.inlineData.data : part.inline_data?.data;
  if (part.inlineData) use(part.inlineData); else if (part.inline_data) use(part.inline_data);
}`,
    // A speech answer's first part is the audio it asked for: no image part to pick.
    `${restCall("gemini-2.5-flash-preview-tts", SPEECH)}return json.candidates[0].content.parts[0].inlineData.data;`,
    // The same answer parsed in a promise chain, with an arrow or a function callback.
    `const json = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-preview-tts:generateContent", {
  method: "POST",
  body: JSON.stringify({ contents: [{ parts: [{ text: "Say hello" }] }], generationConfig: ${SPEECH} }),
}).then((r) => r.json());
return json.candidates[0].content.parts[0].inlineData.data;`,
    `const json = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-preview-tts:generateContent", {
  method: "POST",
  body: JSON.stringify({ contents: [{ parts: [{ text: "Say hello" }] }], generationConfig: ${SPEECH} }),
}).then(function (r) { return r.json(); });
return json.candidates[0].content.parts[0].inlineData.data;`,
    // A TTS model (a Gemini id that is no image model) through @google/genai, without modalities.
    `const response = await ai.models.generateContent({ model: "gemini-2.5-flash-preview-tts", contents: "Say hello", config: { speechConfig: {} } });
const audio = response.candidates[0].content.parts[0].inlineData.data;`,
    // The legacy SDK's result.response, for a text model asked for JSON.
    `const model = genAI.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { responseMimeType: "application/json" } });
const result = await model.generateContent("List three colours");
const first = result.response.candidates[0].content.parts[0].inlineData;`,
  ],
  invalid: [
    {
      code: `const data = response.candidates[0].content.parts[0].inlineData.data;`,
      errors: [
        {
          messageId: "firstPartImage",
          data: { message: describeFinding("first-part-image", {}).message },
          line: 1,
          column: 14,
          suggestions: [
            { messageId: "useLastImagePart", output: `const data = response.candidates[0].content.parts.${LAST}.data;` },
          ],
        },
      ],
    },
    {
      code: `const b64 = res.candidates?.[0]?.content?.parts?.[0]?.inline_data?.data;`,
      errors: [
        { messageId: "firstPartImage", line: 1, column: 13, suggestions: [] },
        {
          messageId: "snakeCaseResponse",
          data: { message: describeFinding("snake-case-response", { field: "inline_data", camel: "inlineData" }).message },
          line: 1,
          column: 55,
          suggestions: [
            { messageId: "useCamelCase", data: { camel: "inlineData" }, output: `const b64 = res.candidates?.[0]?.content?.parts?.[0]?.inlineData?.data;` },
          ],
        },
      ],
    },
    {
      code: `for (const part of result.response.candidates[0].content.parts) {
  if (part.inline_data) save(part);
}`,
      errors: [
        {
          messageId: "snakeCaseResponse",
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: "useCamelCase",
              data: { camel: "inlineData" },
              output: `for (const part of result.response.candidates[0].content.parts) {
  if (part.inlineData) save(part);
}`,
            },
          ],
        },
      ],
    },
    {
      // A part handed to a callback of the response's parts.
      code: `const mime = res.candidates[0].content.parts.find((p) => p.inlineData)?.inlineData.mime_type;
const found = res.candidates[0].content.parts.filter((p) => p.file_data);`,
      errors: [
        {
          messageId: "snakeCaseResponse",
          line: 1,
          column: 84,
          suggestions: [
            {
              messageId: "useCamelCase",
              data: { camel: "mimeType" },
              output: `const mime = res.candidates[0].content.parts.find((p) => p.inlineData)?.inlineData.mimeType;
const found = res.candidates[0].content.parts.filter((p) => p.file_data);`,
            },
          ],
        },
        {
          messageId: "snakeCaseResponse",
          line: 2,
          column: 63,
          suggestions: [
            {
              messageId: "useCamelCase",
              data: { camel: "fileData" },
              output: `const mime = res.candidates[0].content.parts.find((p) => p.inlineData)?.inlineData.mime_type;
const found = res.candidates[0].content.parts.filter((p) => p.fileData);`,
            },
          ],
        },
      ],
    },
    {
      // The same read of an image request's answer is still one.
      code: `${restCall("gemini-3.1-flash-image", `{ responseModalities: ["IMAGE"] }`)}return json.candidates[0].content.parts[0].inlineData.data;`,
      errors: [
        {
          messageId: "firstPartImage",
          line: 6,
          column: 8,
          suggestions: [
            {
              messageId: "useLastImagePart",
              output: `${restCall("gemini-3.1-flash-image", `{ responseModalities: ["IMAGE"] }`)}return json.candidates[0].content.parts.${LAST}.data;`,
            },
          ],
        },
      ],
    },
    {
      // A parts list held in a const is still the response's.
      code: `const parts = res.candidates[0].content.parts;
const data = parts[0].inlineData.data;`,
      errors: [
        {
          messageId: "firstPartImage",
          line: 2,
          column: 14,
          suggestions: [{ messageId: "useLastImagePart", output: `const parts = res.candidates[0].content.parts;
const data = parts.${LAST}.data;` }],
        },
      ],
    },
    {
      // snake_case read through a const parts list, filter(…).at(-1) and a callback parameter.
      code: `const parts = json.candidates[0].content.parts;
const image = parts.filter((part) => part.inline_data && !part.thought).at(-1);
return image?.inline_data.data;`,
      errors: [
        {
          messageId: "snakeCaseResponse",
          line: 2,
          column: 43,
          suggestions: [
            {
              messageId: "useCamelCase",
              data: { camel: "inlineData" },
              output: `const parts = json.candidates[0].content.parts;
const image = parts.filter((part) => part.inlineData && !part.thought).at(-1);
return image?.inline_data.data;`,
            },
          ],
        },
        {
          messageId: "snakeCaseResponse",
          line: 3,
          column: 15,
          suggestions: [
            {
              messageId: "useCamelCase",
              data: { camel: "inlineData" },
              output: `const parts = json.candidates[0].content.parts;
const image = parts.filter((part) => part.inline_data && !part.thought).at(-1);
return image?.inlineData.data;`,
            },
          ],
        },
      ],
    },
  ],
});
