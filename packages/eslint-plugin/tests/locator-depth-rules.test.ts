import { describeFinding } from "@gemini-image/protocol";
import noApiKeyInUrl from "../src/rules/no-api-key-in-url.js";
import noMultipleImages from "../src/rules/no-multiple-images.js";
import noOpenaiSize from "../src/rules/no-openai-size.js";
import noSnakeCaseFields from "../src/rules/no-snake-case-fields.js";
import requireImageModality from "../src/rules/require-image-modality.js";
import validImageSize from "../src/rules/valid-image-size.js";
import validModelId from "../src/rules/valid-model-id.js";
import { createRuleTester } from "./rule-tester.js";

// What the rules report now that the locator follows the patterns of docs/locator-patterns.md;
// each invalid case was missed before. The valid cases are where a guess would be wrong.
const ruleTester = createRuleTester();
const BASE = "https://generativelanguage.googleapis.com/v1beta/models";
const PRO_SIZES = ["1K", "2K", "4K"] as const;

/** A retired-model case whose suggestion writes the replacement into the one literal naming the model. */
const retired = (code: string, model: string, replacement: string, line: number, column: number) => ({
  code,
  errors: [
    {
      messageId: "retiredModel" as const,
      data: { message: describeFinding("retired-model", { model, replacement }).message },
      line,
      column,
      suggestions: [{ messageId: "useModel" as const, data: { id: replacement }, output: code.replace(`"${model}"`, `"${replacement}"`) }],
    },
  ],
});

ruleTester.run("valid-model-id (locator depth)", validModelId, {
  valid: [
    // A map of current models: nothing to report for any of them.
    `const MODELS = { fast: "gemini-3.1-flash-image", pro: "gemini-3-pro-image" };
export const run = (ai, tier) => ai.models.generateContent({ model: MODELS[tier], contents: "a" });`,
    // An Imagen model behind an env fallback is no Gemini image model.
    `const IMAGEN = process.env.IMAGEN_MODEL || "imagen-4.0-generate-001";
await ai.models.generateImages({ model: IMAGEN, prompt: "a cat" });`,
  ],
  invalid: [
    // Class field (AI Studio-style service class).
    retired(
      `export class Illustrator {
  private model = "gemini-3-pro-image-preview";
  draw(ai, prompt) { return ai.models.generateContent({ model: this.model, contents: prompt }); }
}`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      2,
      19,
    ),
    // A field set in a plain JS constructor is only the likely model, and its id is still retired.
    retired(
      `export class ImageBot {
  constructor(ai) { this.ai = ai; this.model = "gemini-3-pro-image-preview"; }
  run(prompt) { return this.ai.models.generateContent({ model: this.model, contents: prompt }); }
}`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      2,
      48,
    ),
    // A method of an object literal reads its own property.
    retired(
      `export const imageService = {
  model: "gemini-3-pro-image-preview",
  generate(ai, prompt) { return ai.models.generateContent({ model: this.model, contents: prompt }); },
};`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      2,
      10,
    ),
    // An AI SDK model from a map of image models.
    retired(
      `import { google } from "@ai-sdk/google";
import { generateText } from "ai";
const MODELS = { fast: "gemini-3.1-flash-image", best: "gemini-3-pro-image-preview" };
export const run = (tier) => generateText({ model: google(MODELS[tier]), prompt: "a cat" });`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      3,
      56,
    ),
    // static readonly constant read as Class.NAME.
    retired(
      `export class GeminiService {
  private static readonly IMAGE_MODEL = "gemini-3.1-flash-image-preview";
  static run(ai, prompt) { return ai.models.generateContent({ model: GeminiService.IMAGE_MODEL, contents: prompt }); }
}`,
      "gemini-3.1-flash-image-preview",
      "gemini-3.1-flash-image",
      2,
      41,
    ),
    // A tier map: the retired candidate is reported, the current one is not.
    retired(
      `const MODELS = { fast: "gemini-3.1-flash-image", pro: "gemini-3-pro-image-preview" } as const;
export const run = (ai, tier: keyof typeof MODELS) => ai.models.generateContent({ model: MODELS[tier], contents: "a" });`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      1,
      55,
    ),
    // A parameter default is the likely model: its id is still retired.
    retired(
      `export async function generate(ai, prompt, modelName = "gemini-3-pro-image-preview") {
  return ai.models.generateContent({ model: modelName, contents: prompt });
}`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      1,
      56,
    ),
    // An option with a fallback const (config objects in client libraries).
    retired(
      `const DEFAULT_MODEL = "gemini-3.1-flash-image-preview";
export const run = (ai, options) => ai.models.generateContent({ model: options.model ?? DEFAULT_MODEL, contents: "a" });`,
      "gemini-3.1-flash-image-preview",
      "gemini-3.1-flash-image",
      1,
      23,
    ),
    // A wrapper whose model is a parameter: each caller's model.
    retired(
      `const post = async (model, body) => fetch(\`${BASE}/\${model}:generateContent\`, { method: "POST", body: JSON.stringify(body) });
post("gemini-3.1-flash-image", { contents: [] });
post("gemini-3-pro-image-preview", { contents: [] });`,
      "gemini-3-pro-image-preview",
      "gemini-3-pro-image",
      3,
      6,
    ),
  ],
});

ruleTester.run("valid-image-size (locator depth)", validImageSize, {
  valid: [
    // An exported helper may be called from other files with another model.
    `export async function draw(ai, model, prompt) {
  return ai.models.generateContent({ model, contents: prompt, config: { imageConfig: { imageSize: "512" } } });
}
export const poster = (ai) => draw(ai, "gemini-3-pro-image", "a poster");`,
    // The candidates disagree: "512" is valid on 3.1 Flash Image, so no model-specific report.
    `const MODELS = { draft: "gemini-3.1-flash-image", final: "gemini-3-pro-image" };
export const run = (ai, tier) => ai.models.generateContent({ model: MODELS[tier], contents: "a", config: { imageConfig: { imageSize: "512" } } });`,
    // An env fallback or a parameter default is only the likely model: the env may name 3.1 Flash Image.
    `const MODEL = process.env.GEMINI_IMAGE_MODEL || "gemini-3-pro-image";
export const run = (ai) => ai.models.generateContent({ model: MODEL, contents: "a", config: { imageConfig: { imageSize: "512" } } });`,
    `export const run = (ai, model = "gemini-3-pro-image") => ai.models.generateContent({ model, contents: "a", config: { imageConfig: { imageSize: "512" } } });`,
    // A public field of a JS class may be set from outside.
    `export class Gen {
  constructor(ai) { this.ai = ai; this.model = "gemini-3-pro-image"; }
  run() { return this.ai.models.generateContent({ model: this.model, contents: "a", config: { imageConfig: { imageSize: "512" } } }); }
}`,
    // UI state named imageConfig is no request.
    `export class Panel { private imageConfig = { imageSize: "1k" }; private model = "gemini-3-pro-image"; }`,
  ],
  invalid: [
    {
      // A private field is written only by its class: the model is certain.
      code: `export class Gen {
  private readonly model = "gemini-3-pro-image";
  run(ai) { return ai.models.generateContent({ model: this.model, contents: "a", config: { imageConfig: { imageSize: "512" } } }); }
}`,
      output: null,
      errors: [
        {
          messageId: "invalidImageSize",
          data: { message: describeFinding("invalid-image-size", { value: '"512"', model: "gemini-3-pro-image", accepted: PRO_SIZES }).message },
          line: 3,
          column: 118,
        },
      ],
    },
    {
      // this.NAME inside a static method reads the static constant.
      code: `export class Gen {
  static readonly IMAGE_MODEL = "gemini-3-pro-image";
  static run(ai) { return ai.models.generateContent({ model: this.IMAGE_MODEL, contents: "a", config: { imageConfig: { imageSize: "512" } } }); }
}`,
      output: null,
      errors: [{ messageId: "invalidImageSize", line: 3, column: 131 }],
    },
    {
      // A helper's model parameter, given one model by every caller in the file (none elsewhere).
      code: `async function draw(ai, model, prompt) {
  return ai.models.generateContent({ model, contents: prompt, config: { imageConfig: { imageSize: "512" } } });
}
export const poster = (ai) => draw(ai, "gemini-3-pro-image", "a poster");`,
      output: null,
      errors: [{ messageId: "invalidImageSize", line: 2, column: 99 }],
    },
    {
      // A map read with a static key names one model.
      code: `const MODELS = { draft: "gemini-3.1-flash-image", final: "gemini-3-pro-image" };
export const run = (ai) => ai.models.generateContent({ model: MODELS.final, contents: "a", config: { imageConfig: { imageSize: "512" } } });`,
      output: null,
      errors: [{ messageId: "invalidImageSize", line: 2, column: 128 }],
    },
    {
      // Completed through a cast, with a case slip fixed in place.
      code: `const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"] } };
(body.generationConfig as any).imageConfig = { imageSize: "2k" };
fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });`,
      output: `const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"] } };
(body.generationConfig as any).imageConfig = { imageSize: "2K" };
fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });`,
      errors: [{ messageId: "invalidImageSize", line: 2, column: 59 }],
    },
  ],
});

ruleTester.run("no-multiple-images (locator depth)", noMultipleImages, {
  valid: [
    // The legacy model is only likely (a parameter default): no model-specific limit.
    `export function make(genAI, model = "gemini-3-pro-image") {
  const m = genAI.getGenerativeModel({ model });
  return m.generateContent({ contents: [], generationConfig: { candidateCount: 2 } });
}`,
  ],
  invalid: [
    {
      // A legacy model kept in a field and used in another method.
      code: `export class Painter {
  private model;
  constructor(genAI) { this.model = genAI.getGenerativeModel({ model: "gemini-3-pro-image" }); }
  paint(contents) { return this.model.generateContent({ contents, generationConfig: { responseModalities: ["IMAGE"], candidateCount: 2 } }); }
}`,
      output: null,
      errors: [
        {
          messageId: "candidateCount",
          line: 4,
          column: 134,
          suggestions: [
            {
              messageId: "removeField",
              data: { field: "candidateCount" },
              output: `export class Painter {
  private model;
  constructor(genAI) { this.model = genAI.getGenerativeModel({ model: "gemini-3-pro-image" }); }
  paint(contents) { return this.model.generateContent({ contents, generationConfig: { responseModalities: ["IMAGE"] } }); }
}`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("no-openai-size (locator depth)", noOpenaiSize, {
  valid: [
    // An OpenAI body sent through the same kind of wrapper.
    `async function callOpenAI(payload) { return fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify(payload) }); }
callOpenAI({ model: "gpt-image-1", prompt: "a cat", size: "1024x1024" });`,
  ],
  invalid: [
    {
      // The body of one branch carries a DALL-E size.
      code: `export async function send(edit, parts) {
  let body;
  if (edit) body = { contents: [{ parts }], generationConfig: { responseModalities: ["IMAGE"] } };
  else body = { contents: [{ parts }], size: "1024x1024" };
  return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });
}`,
      errors: [
        {
          messageId: "openaiSize",
          line: 4,
          column: 40,
          suggestions: [
            {
              messageId: "replaceWithImageConfig",
              data: { target: "generationConfig.imageConfig", imageConfig: '{ aspectRatio: "1:1", imageSize: "1K" }' },
              output: `export async function send(edit, parts) {
  let body;
  if (edit) body = { contents: [{ parts }], generationConfig: { responseModalities: ["IMAGE"] } };
  else body = { contents: [{ parts }], generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" } } };
  return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });
}`,
            },
          ],
        },
      ],
    },
    {
      // Added through a cast to a record type.
      code: `const body = { contents: [], generationConfig: { responseModalities: ["IMAGE"] } };
(body as Record<string, unknown>).size = "1792x1024";
fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(body) });`,
      errors: [{ messageId: "openaiSize", line: 2, column: 35 }],
    },
  ],
});

const WRAPPED_CLASS = `import axios from "axios";
export class NanoBanana {
  private readonly url = "${BASE}/gemini-3-pro-image:generateContent";
  private send(body) { return axios.post(this.url, body, { headers: { "x-goog-api-key": KEY } }); }
  generate(parts) { return this.send({ contents: [{ parts }], system_instruction: { parts: [{ text: STYLE }] } }); }
}`;

ruleTester.run("no-snake-case-fields (locator depth)", noSnakeCaseFields, {
  valid: [
    // OpenRouter takes image_config; its wrapper must stay silent.
    `async function openRouter(body) { return fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body: JSON.stringify(body) }); }
openRouter({ model: "google/gemini-3-pro-image", messages: [], image_config: { image_size: "2K" } });`,
  ],
  invalid: [
    {
      // A class method that posts its parameter with axios; the URL is built from fields.
      code: WRAPPED_CLASS,
      output: WRAPPED_CLASS.replace("system_instruction", "systemInstruction"),
      errors: [{ messageId: "snakeCase", line: 5, column: 63 }],
    },
  ],
});

ruleTester.run("require-image-modality (locator depth)", requireImageModality, {
  valid: [
    // A wrapper called with something the locator cannot read: nothing is said about it.
    `async function callGemini(payload) { return fetch("${BASE}/gemini-3-pro-image:generateContent", { method: "POST", body: JSON.stringify(payload) }); }
callGemini(buildPayload());`,
  ],
  invalid: [
    {
      // The body goes through a same-file helper that holds the image model's URL; its
      // imageConfig asks for an image, so responseModalities is missing.
      code: `const ENDPOINT = "${BASE}/gemini-3-pro-image:generateContent";
async function callGemini(payload) {
  const res = await fetch(ENDPOINT, { method: "POST", headers: { "x-goog-api-key": KEY }, body: JSON.stringify(payload) });
  return res.json();
}
export const poster = (text) => callGemini({ contents: [{ parts: [{ text }] }], generationConfig: { imageConfig: { aspectRatio: "16:9" } } });`,
      errors: [
        {
          messageId: "missingModalities",
          line: 6,
          column: 81,
          suggestions: ['"IMAGE"', '"TEXT", "IMAGE"'].map((value) => ({
            messageId: "setModalities" as const,
            data: { value: `[${value}]` },
            output: `const ENDPOINT = "${BASE}/gemini-3-pro-image:generateContent";
async function callGemini(payload) {
  const res = await fetch(ENDPOINT, { method: "POST", headers: { "x-goog-api-key": KEY }, body: JSON.stringify(payload) });
  return res.json();
}
export const poster = (text) => callGemini({ contents: [{ parts: [{ text }] }], generationConfig: { imageConfig: { aspectRatio: "16:9" }, responseModalities: [${value}] } });`,
          })),
        },
      ],
    },
  ],
});

ruleTester.run("no-api-key-in-url (locator depth)", noApiKeyInUrl, {
  valid: [
    `export class Files { private readonly base = "https://generativelanguage.googleapis.com/v1beta/files"; get(key) { return fetch(\`\${this.base}?key=\${key}\`); } }`,
  ],
  invalid: [
    {
      // The endpoint is a class field; the key is appended at the call site.
      code: `export class Client {
  private readonly endpoint = "${BASE}/gemini-3-pro-image:generateContent";
  constructor(private readonly apiKey: string) {}
  run(body) { return fetch(\`\${this.endpoint}?key=\${this.apiKey}\`, { method: "POST", body: JSON.stringify(body) }); }
}`,
      errors: [{ messageId: "keyInUrl", line: 4, column: 28 }],
    },
  ],
});
