import { describeFinding } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import noCamelCase from "../src/rules/no-camel-case-interaction-fields.js";
import noDeprecated from "../src/rules/no-deprecated-interaction-fields.js";
import noMisplaced from "../src/rules/no-misplaced-fields.js";
import noOpenAiFields from "../src/rules/no-openai-fields.js";
import noOpenAiSize from "../src/rules/no-openai-size.js";
import noSnakeCase from "../src/rules/no-snake-case-fields.js";
import requireImageModality from "../src/rules/require-image-modality.js";
import validAspectRatio from "../src/rules/valid-aspect-ratio.js";
import validImageSize from "../src/rules/valid-image-size.js";
import { locate } from "./locate.js";
import { createRuleTester } from "./rule-tester.js";

/**
 * The AI SDK's `google.interactions(id)` model (@ai-sdk/google 4.0.121 `GoogleProvider.interactions`):
 * an Interactions request written as camelCase `providerOptions.google`, which the provider
 * turns into the snake_case body itself.
 */
const AI = `import { google, createGoogleGenerativeAI } from "@ai-sdk/google";\nimport { generateText, streamText, generateImage } from "ai";\n`;
const text = (model: string, google: string) => `${AI}await generateText({ model: ${model}, prompt: "a cat", providerOptions: { google: ${google} } });`;
const call = (google: string) => text(`google.interactions("gemini-3-pro-image")`, google);

describe("the locator on google.interactions", () => {
  it("finds generateText and streamText with the model, also through a provider instance and a const", () => {
    const requests = locate(`${AI}
      await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "x", providerOptions: { google: { responseFormat: [{ type: "image", imageSize: "2K" }] } } });
      const gemini = createGoogleGenerativeAI({ apiKey: "k" });
      const model = gemini.interactions("gemini-3.1-flash-image");
      streamText({ model, prompt: "x", providerOptions: { google: { responseModalities: ["image"] } } });
      await generateText({ model: google("gemini-3-pro-image"), prompt: "x" });
    `);
    expect(requests).toMatchObject([
      { shape: "ai-sdk", api: "generateText", providerApi: "interactions", model: "gemini-3-pro-image", imageConfigKeys: ["type", "imageSize"], evidence: ["image-model", "image-modality"] },
      { shape: "ai-sdk", api: "streamText", providerApi: "interactions", model: "gemini-3.1-flash-image", imageConfigKeys: undefined, verdict: "image" },
      { shape: "ai-sdk", api: "generateText", model: "gemini-3-pro-image" },
    ]);
    expect(requests[2]).not.toHaveProperty("providerApi");
  });

  it("leaves agents, text models, generateImage (it takes no language model) and other providers alone", () => {
    expect(
      locate(`${AI}
        import { createOpenAI } from "@ai-sdk/openai";
        const hub = createOpenAI({ baseURL: "https://hub.example.com/v1" });
        streamText({ model: google.interactions({ agent: "deep-research-pro-preview-12-2025" }), prompt: "x" });
        await generateText({ model: google.interactions("gemini-3-flash"), prompt: "x", providerOptions: { google: { responseFormat: [{ type: "text" }] } } });
        await generateImage({ model: google.interactions("gemini-3-pro-image"), prompt: "x" });
        await generateText({ model: hub.interactions("gemini-3-pro-image"), prompt: "x", providerOptions: { openai: { responseFormat: [{ type: "image", size: "1024x1024" }] } } });
      `),
    ).toEqual([]);
  });

  it("reads imageConfig as the settings only where responseFormat has no image entry (the provider ignores it there)", () => {
    const [alone, beside] = locate(`${AI}
      await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "x", providerOptions: { google: { imageConfig: { imageSize: "4K" } } } });
      await generateText({ model: google.interactions("gemini-3-pro-image"), prompt: "x", providerOptions: { google: { imageConfig: { imageSize: "4K" }, responseFormat: [{ type: "image" }] } } });
    `);
    expect(alone).toMatchObject({ evidence: ["image-model", "image-config"], imageConfigKeys: undefined });
    expect(beside).toMatchObject({ evidence: ["image-model", "image-modality", "image-config"], imageConfigKeys: ["type"] });
  });
});

const ruleTester = createRuleTester();
// camelCase is the provider's spelling and lowercase its modalities: no casing, deprecation or misplacement finding.
const GOOD = [
  call(`{ responseModalities: ["text", "image"], thinkingSummaries: "auto", store: false }`),
  call(`{ responseFormat: [{ type: "image", aspectRatio: "16:9", imageSize: "2K" }], previousInteractionId: "abc" }`),
  call(`{ background: true, serviceTier: "flex", responseFormat: [{ type: "image" }] }`),
];
for (const [name, rule] of Object.entries({ noCamelCase, noDeprecated, noMisplaced, noOpenAiFields, noOpenAiSize, noSnakeCase, requireImageModality, validAspectRatio, validImageSize })) {
  ruleTester.run(`${name} (AI SDK google.interactions, silent)`, rule as never, { valid: GOOD, invalid: [] });
}

ruleTester.run("valid-image-size (AI SDK google.interactions)", validImageSize, {
  valid: [],
  invalid: [
    {
      // The message names the field as the code writes it: imageSize, not image_size.
      code: text(`google.interactions("gemini-3.1-flash-lite-image")`, `{ responseFormat: [{ type: "image", imageSize: "2K" }] }`),
      errors: [{ messageId: "invalidImageSize", data: { message: describeFinding("invalid-image-size", { value: '"2K"', model: "gemini-3.1-flash-lite-image", accepted: ["1K"] }).message } }],
    },
    {
      code: call(`{ imageConfig: { imageSize: "4k" } }`),
      output: call(`{ imageConfig: { imageSize: "4K" } }`),
      errors: [{ messageId: "invalidImageSize" }],
    },
  ],
});

ruleTester.run("valid-aspect-ratio (AI SDK google.interactions)", validAspectRatio, {
  valid: [],
  invalid: [{ code: call(`{ responseFormat: [{ type: "image", aspectRatio: "16x9" }] }`), output: call(`{ responseFormat: [{ type: "image", aspectRatio: "16:9" }] }`), errors: [{ messageId: "invalidAspectRatio" }] }],
});

ruleTester.run("require-image-modality (AI SDK google.interactions)", requireImageModality, {
  valid: [],
  invalid: [
    {
      code: call(`{ responseModalities: ["IMAGE"] }`),
      errors: [
        {
          messageId: "modalityCase",
          data: { message: describeFinding("response-modality-case", { value: "IMAGE", expected: "image", field: "responseModalities" }).message },
          suggestions: [{ messageId: "useUppercase", data: { expected: "image" }, output: call(`{ responseModalities: ["image"] }`) }],
        },
      ],
    },
  ],
});

const MAPPED = '[{ type: "image", aspectRatio: "16:9", imageSize: "2K" }]';
const TARGET = "providerOptions.google.responseFormat";
const sizeMessage = describeFinding("openai-size", { value: "1792x1024", imageConfig: MAPPED, model: "gemini-3-pro-image", target: TARGET }).message;
ruleTester.run("no-openai-size (AI SDK google.interactions)", noOpenAiSize, {
  valid: [],
  invalid: [
    {
      // No responseFormat yet: a list with one camelCase image entry takes the place of size.
      code: call(`{ size: "1792x1024" }`),
      errors: [
        {
          messageId: "openaiSize",
          data: { message: sizeMessage },
          suggestions: [{ messageId: "replaceWithImageConfig", data: { target: TARGET, imageConfig: MAPPED }, output: call(`{ responseFormat: ${MAPPED} }`) }],
        },
      ],
    },
    {
      // In the image entry itself (the provider drops it): the settings go into that entry.
      code: call(`{ responseFormat: [{ type: "image", size: "1792x1024" }] }`),
      errors: [
        {
          messageId: "openaiSize",
          data: { message: sizeMessage },
          suggestions: [{ messageId: "replaceWithImageConfig", data: { target: TARGET, imageConfig: MAPPED }, output: call(`{ responseFormat: [{ type: "image", aspectRatio: "16:9", imageSize: "2K" }] }`) }],
        },
      ],
    },
  ],
});
