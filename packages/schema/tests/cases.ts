/**
 * Request bodies and what the validator must say about them. The seed article's bodies are
 * copied from ../shared/seed (placeholders swapped for real base64 where the article means an
 * image); the "Google docs" bodies follow the shapes of Google's image-generation REST examples.
 */
import type { FindingId } from "@gemini-image/protocol";

export interface Case {
  readonly description: string;
  readonly data: unknown;
  readonly model?: string;
  readonly valid: boolean;
  /** Every finding code, sorted. */
  readonly codes: readonly FindingId[];
}

const b64 = (bytes: readonly number[] | string, fill = 64): string =>
  Buffer.concat([Buffer.from(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes), Buffer.alloc(fill, 7)]).toString("base64");

/** Heads of real files of each type, padded: enough for the signature check. */
export const IMAGES = {
  png: b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: b64([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
  gif: b64("GIF89a\x01\x00\x01\x00"),
  webp: b64("RIFF\x24\x00\x00\x00WEBPVP8 "),
  heic: b64("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"),
};

const text = (t = "Convert this image to cyberpunk style, keeping the character pose") => ({ text: t });
const inline = (data: string, mimeType = "image/png") => ({ inlineData: { mimeType, data } });
const prompt = { contents: [{ parts: [text("A nano banana dish in a fancy restaurant")] }] };
const withConfig = (generationConfig: unknown, extra: Record<string, unknown> = {}) => ({ ...prompt, ...extra, generationConfig });

const PRO = "gemini-3-pro-image";
const FLASH = "gemini-3.1-flash-image";
const FLASH_25 = "gemini-2.5-flash-image";

export const CASES: readonly Case[] = [
  // The seed article's good bodies.
  {
    description: "seed: the curl/Node body (inline_data, 1K 1:1, IMAGE) passes; snake_case inside parts is only a warning",
    model: "gemini-3-pro-image-preview",
    data: {
      contents: [{ parts: [{ inline_data: { mime_type: "image/png", data: IMAGES.png } }, text()] }],
      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:1", imageSize: "1K" } },
    },
    valid: true,
    codes: ["retired-model", "snake-case-part-field", "snake-case-part-field"],
  },
  {
    description: "seed pitfall 1, right: size removed, imageConfig kept",
    model: PRO,
    data: withConfig({ imageConfig: { imageSize: "1K", aspectRatio: "1:1" }, responseModalities: ["IMAGE"] }),
    valid: true,
    codes: [],
  },
  {
    description: "seed pitfall 6, right: three images first, the text last",
    model: PRO,
    data: {
      contents: [
        {
          parts: [
            { inline_data: { mime_type: "image/png", data: IMAGES.png } },
            { inline_data: { mime_type: "image/png", data: IMAGES.png } },
            { inline_data: { mime_type: "image/png", data: IMAGES.png } },
            text("Transfer the style of the original image to match the tone of ref1, using ref2 for composition."),
          ],
        },
      ],
    },
    valid: true,
    codes: Array(6).fill("snake-case-part-field"),
  },
  // The seed article's pitfalls.
  {
    description: "seed pitfall 1, wrong: OpenAI size next to imageConfig",
    model: PRO,
    data: { ...prompt, size: "1024x1024", generationConfig: { imageConfig: { imageSize: "1K", aspectRatio: "1:1" } } },
    valid: false,
    codes: ["missing-response-modalities", "openai-size"],
  },
  {
    description: "seed: size \"1K\" is an imageSize written as size",
    model: PRO,
    data: { ...prompt, size: "1K" },
    valid: false,
    codes: ["openai-size"],
  },
  {
    description: "seed: n: 4 asks for several images",
    data: { ...prompt, n: 4 },
    valid: false,
    codes: ["openai-n"],
  },
  {
    description: "seed pitfall 2: snake_case imageConfig fields",
    model: PRO,
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { image_size: "2K", aspect_ratio: "16:9" } }),
    valid: false,
    codes: ["snake-case-field", "snake-case-field"],
  },
  {
    description: "seed pitfall 2: snake_case generationConfig fields",
    data: withConfig({ response_modalities: ["IMAGE"], image_config: { imageSize: "2K" } }),
    valid: false,
    codes: ["snake-case-field", "snake-case-field"],
  },
  {
    description: "seed pitfall 4: imageConfig without responseModalities (a warning: Google may still answer text)",
    model: PRO,
    data: withConfig({ imageConfig: { aspectRatio: "1:1" } }),
    valid: true,
    codes: ["missing-response-modalities"],
  },
  {
    description: "seed Q6: generationConfig nested at the wrong level",
    data: { ...prompt, imageConfig: { imageSize: "2K" }, responseModalities: ["IMAGE"] },
    valid: false,
    codes: ["misplaced-field", "misplaced-field"],
  },
  {
    description: "seed: \"512\" exists only on 3.1 Flash Image, not on 3 Pro",
    model: PRO,
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { imageSize: "512" } }),
    valid: false,
    codes: ["invalid-image-size"],
  },
  {
    description: "seed: \"512\" on 3.1 Flash Image passes",
    model: FLASH,
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { imageSize: "512", aspectRatio: "1:8" } }),
    valid: true,
    codes: [],
  },
  {
    description: "3.1 Flash Lite Image: 1K and a base ratio pass",
    model: "gemini-3.1-flash-lite-image",
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { imageSize: "1K", aspectRatio: "16:9" } }),
    valid: true,
    codes: [],
  },
  {
    description: "3.1 Flash Lite Image: 2K is unsupported",
    model: "gemini-3.1-flash-lite-image",
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { imageSize: "2K" } }),
    valid: false,
    codes: ["invalid-image-size"],
  },
  {
    description: "3.1 Flash Lite Image: an extreme ratio is UNCONFIRMED on the Gemini API, so a warning only",
    model: "gemini-3.1-flash-lite-image",
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:4" } }),
    valid: true,
    codes: ["unconfirmed-aspect-ratio"],
  },
  {
    description: "seed: 1:4 is not a 3 Pro ratio",
    model: PRO,
    data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "1:4" } }),
    valid: false,
    codes: ["invalid-aspect-ratio"],
  },
  {
    description: "seed: the placeholder base64 of the curl example is not base64",
    model: PRO,
    data: { contents: [{ parts: [inline("iVBORw0KGgoAAAANSUhEUgAA...(base64 of original image)"), text()] }] },
    valid: false,
    codes: ["invalid-base64"],
  },
  {
    description: "seed: a gateway alias as the model is a warning",
    model: "nano-banana-pro",
    data: prompt,
    valid: true,
    codes: ["model-alias"],
  },
  // Google's documentation shapes.
  {
    description: "Google docs: text to image with no generationConfig",
    model: FLASH_25,
    data: prompt,
    valid: true,
    // Its shutdown is announced for "earliest October 2026".
    codes: ["deprecated-model"],
  },
  {
    description: "Google docs: TEXT and IMAGE, 16:9 at 2K",
    model: PRO,
    data: withConfig({ responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } }),
    valid: true,
    codes: [],
  },
  {
    description: "Google docs: image editing, text first then inline_data (Google's own REST spelling)",
    model: FLASH,
    data: { contents: [{ parts: [text(), { inline_data: { mime_type: "image/jpeg", data: IMAGES.jpeg } }] }] },
    valid: true,
    codes: ["snake-case-part-field", "snake-case-part-field"],
  },
  {
    description: "Google docs: multi-turn edit with the model's turn sent back (thoughtSignature, thought image)",
    model: PRO,
    data: {
      contents: [
        { role: "user", parts: [text("Make an infographic")] },
        { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: IMAGES.png }, thought: true }, { inlineData: { mimeType: "image/png", data: IMAGES.png }, thoughtSignature: "c2ln" }] },
        { role: "user", parts: [text("Now in Spanish")] },
      ],
      generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9" } },
      tools: [{ google_search: {} }],
    },
    valid: true,
    codes: [],
  },
  {
    description: "Gemini 3's per-part mediaResolution is a part field",
    model: PRO,
    data: { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: IMAGES.png }, mediaResolution: { level: "MEDIA_RESOLUTION_HIGH" } }, text()] }] },
    valid: true,
    codes: [],
  },
  {
    description: "legal generationConfig keys are never flagged",
    data: withConfig({
      responseModalities: ["IMAGE"],
      temperature: 1,
      topP: 0.9,
      topK: 40,
      seed: 7,
      thinkingConfig: { includeThoughts: true },
      mediaResolution: "MEDIA_RESOLUTION_HIGH",
      responseFormat: { image: { aspectRatio: "1:1" } },
    }),
    valid: true,
    codes: [],
  },
  {
    description: "systemInstruction, safetySettings, cachedContent and the SDK's labels and serviceTier pass",
    data: { ...prompt, systemInstruction: { parts: [{ text: "Be brief" }] }, safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }], cachedContent: "cachedContents/abc", labels: { team: "a" }, serviceTier: "standard" },
    valid: true,
    codes: [],
  },
  // Values.
  { description: "\"1k\" is rejected by Google", model: PRO, data: withConfig({ imageConfig: { imageSize: "1k" }, responseModalities: ["IMAGE"] }), valid: false, codes: ["invalid-image-size"] },
  { description: "\"512px\" answers 400", model: FLASH, data: withConfig({ imageConfig: { imageSize: "512px" }, responseModalities: ["IMAGE"] }), valid: false, codes: ["invalid-image-size"] },
  { description: "a ratio written 16x9", data: withConfig({ imageConfig: { aspectRatio: "16x9" }, responseModalities: ["IMAGE"] }), valid: false, codes: ["invalid-aspect-ratio"] },
  { description: "without a model every model's sizes pass", data: withConfig({ imageConfig: { imageSize: "512", aspectRatio: "8:1" }, responseModalities: ["IMAGE"] }), valid: true, codes: [] },
  { description: "Vertex-only outputMimeType", data: withConfig({ imageConfig: { outputMimeType: "image/png" }, responseModalities: ["IMAGE"] }), valid: false, codes: ["vertex-only-field"] },
  { description: "OpenAI quality and style", data: { ...prompt, quality: "hd", style: "vivid" }, valid: false, codes: ["openai-field", "openai-field"] },
  { description: "an OpenAI prompt instead of contents", data: { prompt: "a cat" }, valid: false, codes: ["missing-contents", "openai-field"] },
  { description: "empty contents", data: { contents: [] }, valid: false, codes: ["missing-contents"] },
  { description: "candidateCount 2 on 3 Pro", model: PRO, data: withConfig({ candidateCount: 2 }), valid: false, codes: ["candidate-count"] },
  { description: "candidateCount 2 on 2.5 Flash Image is allowed", model: FLASH_25, data: withConfig({ candidateCount: 2 }), valid: true, codes: ["deprecated-model"] },
  { description: "responseModalities without IMAGE", data: withConfig({ responseModalities: ["TEXT"], imageConfig: { aspectRatio: "1:1" } }), valid: true, codes: ["missing-response-modalities"] },
  // Whether Google takes other cases is UNCONFIRMED: a warning, not an error.
  { description: "lowercase modality", data: withConfig({ responseModalities: ["image"] }), valid: true, codes: ["response-modality-case"] },
  // Nothing in this body asks for an image (no imageConfig, no image model), so only the value is wrong.
  { description: "a modality that does not exist", data: withConfig({ responseModalities: ["PICTURE"] }), valid: false, codes: ["invalid-value"] },
  { description: "a modality that does not exist, on an image model", model: PRO, data: withConfig({ responseModalities: ["PICTURE"] }), valid: false, codes: ["invalid-value", "missing-response-modalities"] },
  { description: "TEXT only on a text body is a text request: nothing to say", data: withConfig({ responseModalities: ["TEXT"], responseMimeType: "application/json" }), valid: true, codes: [] },
  { description: "TEXT only on a text model: a text request, so nothing about its model", model: "gemini-2.5-flash", data: withConfig({ responseModalities: ["TEXT"] }), valid: true, codes: [] },
  // Vertex AI's own imageConfig fields are errors on the Gemini API only.
  { description: "outputMimeType sent to a Vertex AI URL is Vertex's own field", model: "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-3-pro-image:generateContent", data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { outputMimeType: "image/jpeg" } }), valid: true, codes: [] },
  { description: "outputMimeType sent to the Gemini API", model: "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", data: withConfig({ responseModalities: ["IMAGE"], imageConfig: { outputMimeType: "image/jpeg" } }), valid: false, codes: ["vertex-only-field"] },
  // snake_case is judged on image requests only (validate.ts IMAGE_REQUEST_ONLY); unknown bodies keep it.
  { description: "a text model's snake_case REST body: a text request Google accepts as it is, nothing to say", model: "gemini-2.5-flash", data: { ...prompt, generation_config: { max_output_tokens: 256, temperature: 0.2 } }, valid: true, codes: [] },
  { description: "a JSON request with Google's inline_data parts: no snake_case warnings on a text request", data: { contents: [{ parts: [{ inline_data: { mime_type: "image/png", data: IMAGES.png } }, text("Describe it")] }], generation_config: { response_mime_type: "application/json" } }, valid: true, codes: [] },
  { description: "a text request keeps its other findings: an unknown field inside generation_config", model: "gemini-2.5-flash", data: { ...prompt, generation_config: { max_output_tokens: 256, temprature: 0.2 } }, valid: false, codes: ["unknown-field"] },
  { description: "snake_case with nothing that says text or image (unknown) is still reported", data: { ...prompt, generation_config: { max_output_tokens: 256 } }, valid: false, codes: ["snake-case-field", "snake-case-field"] },
  { description: "snake_case on an image model's body is still reported", model: FLASH, data: { ...prompt, generation_config: { max_output_tokens: 256 } }, valid: false, codes: ["snake-case-field", "snake-case-field"] },
  { description: "an unknown model that asks for an image is still an unknown image model", model: "gemini-9-flash", data: withConfig({ responseModalities: ["IMAGE"] }), valid: true, codes: ["unknown-model"] },
  { description: "lowercase IMAGE and TEXT: only the case warnings, never missing-response-modalities", model: PRO, data: withConfig({ responseModalities: ["image", "text"] }), valid: true, codes: ["response-modality-case", "response-modality-case"] },
  { description: "an image model with no generationConfig, as in Google's first sample: nothing", model: PRO, data: { contents: [{ parts: [{ text: "a cat" }] }] }, valid: true, codes: [] },
  { description: "a modality string instead of an array", data: withConfig({ responseModalities: "IMAGE" }), valid: false, codes: ["invalid-value"] },
  // The proto3 JSON mapping reads numbers written as strings.
  { description: "numbers written as strings pass", data: withConfig({ temperature: "0.7", candidateCount: "1", seed: "42", topK: 40 }), valid: true, codes: [] },
  { description: "a number field with words", data: withConfig({ temperature: "warm", seed: 1.5, topP: true }), valid: false, codes: ["invalid-value", "invalid-value", "invalid-value"] },
  { description: "an unknown generationConfig field", data: withConfig({ resolution: "4k" }), valid: false, codes: ["unknown-field"] },
  { description: "aspectRatio straight in generationConfig", data: withConfig({ aspectRatio: "16:9" }), valid: false, codes: ["misplaced-field"] },
  { description: "the @google/genai parameter object sent as a body", data: { model: PRO, contents: prompt.contents, config: { responseModalities: ["IMAGE"] } }, valid: false, codes: ["misplaced-field", "openai-field"] },
  { description: "a part with no data", data: { contents: [{ parts: [{}] }] }, valid: false, codes: ["invalid-value"] },
  { description: "inlineData without mimeType", data: { contents: [{ parts: [{ inlineData: { data: IMAGES.png } }] }] }, valid: false, codes: ["invalid-value"] },
  // Inline data.
  { description: "a data: URL as inline data", data: { contents: [{ parts: [inline(`data:image/png;base64,${IMAGES.png}`), text()] }] }, valid: false, codes: ["data-url-inline-data"] },
  { description: "a URL as inline data", data: { contents: [{ parts: [inline("https://example.com/cat.png"), text()] }] }, valid: false, codes: ["url-inline-data"] },
  { description: "PNG bytes labelled image/jpeg", data: { contents: [{ parts: [inline(IMAGES.png, "image/jpeg"), text()] }] }, valid: false, codes: ["mime-type-mismatch"] },
  { description: "WebP bytes labelled image/webp pass", data: { contents: [{ parts: [inline(IMAGES.webp, "image/webp"), text()] }] }, valid: true, codes: [] },
  { description: "a GIF is not an input type", data: { contents: [{ parts: [inline(IMAGES.gif, "image/gif"), text()] }] }, valid: false, codes: ["unsupported-mime-type"] },
  { description: "GIF bytes labelled image/png", data: { contents: [{ parts: [inline(IMAGES.gif, "image/png"), text()] }] }, valid: false, codes: ["unsupported-mime-type"] },
  { description: "image/jpg is not a MIME type Gemini lists", data: { contents: [{ parts: [inline(IMAGES.jpeg, "image/jpg"), text()] }] }, valid: false, codes: ["unsupported-mime-type"] },
  { description: "HEIC on 3 Pro passes", model: PRO, data: { contents: [{ parts: [inline(IMAGES.heic, "image/heic"), text()] }] }, valid: true, codes: [] },
  { description: "HEIC on 2.5 Flash Image fails", model: FLASH_25, data: { contents: [{ parts: [inline(IMAGES.heic, "image/heic"), text()] }] }, valid: false, codes: ["deprecated-model", "unsupported-mime-type"] },
  { description: "15 images on 3 Pro", model: PRO, data: { contents: [{ parts: [...Array(15).fill(inline(IMAGES.png)), text()] }] }, valid: false, codes: ["too-many-images"] },
  { description: "4 images on 2.5 Flash Image", model: FLASH_25, data: { contents: [{ parts: [...Array(4).fill(inline(IMAGES.png)), text()] }] }, valid: false, codes: ["deprecated-model", "too-many-images"] },
  { description: "4 images on 3 Pro pass", model: PRO, data: { contents: [{ parts: [...Array(4).fill(inline(IMAGES.png)), text()] }] }, valid: true, codes: [] },
  // The model name.
  { description: "an unknown model name", model: "gpt-image-1", data: prompt, valid: true, codes: ["unknown-model"] },
  { description: "a URL names the model", model: "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", data: withConfig({ imageConfig: { imageSize: "512" }, responseModalities: ["IMAGE"] }), valid: false, codes: ["invalid-image-size"] },
  // Not a body.
  { description: "null", data: null, valid: false, codes: ["invalid-body"] },
  { description: "an array", data: [prompt], valid: false, codes: ["invalid-body"] },
  { description: "a JSON string not parsed", data: JSON.stringify(prompt), valid: false, codes: ["invalid-body"] },
];

/** Bodies whose fix is known exactly: `repair` must produce `repaired`. */
export const REPAIRS: readonly { readonly description: string; readonly data: unknown; readonly model?: string; readonly repaired: unknown }[] = [
  {
    description: "contents written as one object",
    data: { contents: { parts: [{ text: "x" }] } },
    repaired: { contents: [{ parts: [{ text: "x" }] }] },
  },
  {
    description: "parts written as one object",
    data: { contents: [{ parts: { text: "x" } }] },
    repaired: { contents: [{ parts: [{ text: "x" }] }] },
  },
  {
    description: "seed pitfall 2 in the generationConfig",
    model: "gemini-3-pro-image",
    data: { contents: [{ parts: [{ text: "x" }] }], generationConfig: { response_modalities: ["IMAGE"], image_config: { image_size: "2k", aspect_ratio: "16:9" } } },
    repaired: { contents: [{ parts: [{ text: "x" }] }], generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "2K", aspectRatio: "16:9" } } },
  },
  {
    description: "seed: size \"1K\" becomes imageSize",
    model: "gemini-3-pro-image",
    data: { contents: [{ parts: [{ text: "x" }] }], size: "1K" },
    repaired: { contents: [{ parts: [{ text: "x" }] }], generationConfig: { imageConfig: { imageSize: "1K" }, responseModalities: ["IMAGE"] } },
  },
  {
    description: "size auto is simply removed",
    model: "gemini-3.1-flash-image",
    data: { contents: [{ parts: [{ text: "x" }] }], size: "auto" },
    repaired: { contents: [{ parts: [{ text: "x" }] }] },
  },
  {
    description: "Vertex-only imageConfig field removed, candidateCount over the limit removed",
    model: "gemini-3-pro-image",
    data: { contents: [{ parts: [{ text: "x" }] }], generationConfig: { responseModalities: ["IMAGE"], candidateCount: 4, imageConfig: { outputMimeType: "image/jpeg" } } },
    repaired: { contents: [{ parts: [{ text: "x" }] }], generationConfig: { responseModalities: ["IMAGE"], imageConfig: {} } },
  },
];
