/**
 * Interactions create bodies (POST /v1beta/interactions) and what the validator must say about
 * them. "Google sample" rows follow the request shapes of googleapis/js-genai's
 * sdk-samples/interactions_multimodal_response_image.ts (model, input string,
 * response_modalities ["image"]) and interactions_multimodal_input_text_and_image.ts (input list
 * of a text entry and an image entry with data and mime_type), written anew with current image
 * models: the samples' own gemini-2.5-flash-image-preview is shut down.
 */
import type { FindingId } from "@gemini-image/protocol";
import { IMAGES, type Case } from "./cases.js";

const PRO = "gemini-3-pro-image";
const FLASH = "gemini-3.1-flash-image";
const LITE = "gemini-3.1-flash-lite-image";

const ask = (extra: Record<string, unknown> = {}, model: string = PRO) => ({ model, input: "A lighthouse at dusk, oil painting", ...extra });
const image = (data: string, mime_type = "image/png") => ({ type: "image", data, mime_type });
const text = (t = "Make it night") => ({ type: "text", text: t });

/** An Interactions case: `model` is in the body unless the row gives it as an option. */
export interface InteractionsCase extends Case {
  /** Checked without `api`: the body's keys must say Interactions. */
  readonly detect?: boolean;
}

const row = (description: string, data: unknown, valid: boolean, codes: readonly FindingId[], extra: Partial<InteractionsCase> = {}): InteractionsCase => ({
  description,
  data,
  valid,
  codes,
  ...extra,
});

export const INTERACTIONS_CASES: readonly InteractionsCase[] = [
  // Google's own sample shapes: no finding at all.
  row("Google sample (response image): model, input string, response_modalities [\"image\"]", { model: FLASH, response_modalities: ["image"], input: "A futuristic cityscape at sunset" }, true, [], { detect: true }),
  row("Google sample (input text and image): a text entry then an image entry with data and mime_type", { model: FLASH, input: [text("What is in this picture?"), image(IMAGES.png)] }, true, [], { detect: true }),
  row("Google sample (input text and image) with its own text model: a question about a picture is no image request, so no unknown-model", { model: "gemini-2.5-flash-lite", input: [text("What is in this picture?"), image(IMAGES.png)] }, true, [], { detect: true }),
  row("a text model asked for an image in response_format is still an unknown image model", { model: "gemini-2.5-flash-lite", input: "a cat", response_format: { type: "image" } }, true, ["unknown-model"]),
  row("Google's documented form: response_format with an image entry", ask({ response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" } }), true, [], { detect: true }),
  row("response_format as a list with text and image entries, delivery and mime_type", ask({ response_format: [{ type: "text" }, { type: "image", image_size: "4K", mime_type: "image/jpeg", delivery: "inline" }] }), true, []),
  row("an image by uri, then the prompt; generation_config and other top-level fields pass", ask({ input: [{ type: "image", uri: "https://generativelanguage.googleapis.com/v1beta/files/abc", mime_type: "image/png" }, text()], generation_config: { temperature: 1, seed: "7", thinking_level: "high" }, system_instruction: "Be brief", store: false, previous_interaction_id: "v1_abc", stream: true, service_tier: "standard" }), true, []),
  row("512 and 1:8 on 3.1 Flash Image", ask({ response_format: { type: "image", image_size: "512", aspect_ratio: "1:8" } }, FLASH), true, []),
  row("non-image response_format entries are not this check's business", ask({ response_format: [{ type: "audio", mime_type: "audio/wav" }, { type: "video", aspect_ratio: "9:16" }] }), true, []),
  row("Step[] input entries of other types pass", ask({ input: [{ type: "user_input", content: [text()] }] }), true, []),
  // camelCase.
  row("camelCase at the top level and in the image entry", { model: PRO, input: "x", responseFormat: { type: "image", imageSize: "2K", aspectRatio: "16:9" } }, false, ["interactions-camel-case", "interactions-camel-case", "interactions-camel-case"]),
  row("camelCase in an image input entry", ask({ input: [{ type: "image", data: IMAGES.png, mimeType: "image/png" }, text()] }), false, ["interactions-camel-case"]),
  row("generationConfig and previousInteractionId", ask({ generationConfig: { temperature: 1 }, previousInteractionId: "v1_abc" }), false, ["interactions-camel-case", "interactions-camel-case"]),
  // generateContent shapes.
  row("contents/parts/inlineData inside input", ask({ input: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: IMAGES.png } }, { text: "x" }] }] }), false, ["generate-content-shape-in-input"]),
  row("a bare { text } part and an inline_data part in input", ask({ input: [{ inline_data: { mime_type: "image/png", data: IMAGES.png } }, { text: "x" }] }), false, ["generate-content-shape-in-input", "generate-content-shape-in-input"]),
  row("top-level contents in an interaction", { model: PRO, contents: [{ parts: [{ text: "x" }] }], response_format: { type: "image" } }, false, ["generate-content-shape-in-input"]),
  row("a stray top-level parts is an unknown field, not silently passed", ask({ parts: [{ text: "x" }] }), false, ["unknown-field"]),
  row("a model turn in input is reported without a guess", ask({ input: [{ role: "model", parts: [{ text: "Here" }] }] }), false, ["generate-content-shape-in-input"]),
  row("system_instruction as a generateContent Content", ask({ system_instruction: { parts: [{ text: "Be brief" }] } }), false, ["invalid-value"]),
  // Deprecated fields.
  row("generation_config.image_config with response_modalities", ask({ response_modalities: ["image"], generation_config: { image_config: { aspect_ratio: "3:4", image_size: "2K" } } }), true, ["deprecated-interaction-field", "deprecated-interaction-field"]),
  row("response_modalities beside response_format", ask({ response_modalities: ["image"], response_format: { type: "image" } }), true, ["deprecated-interaction-field"]),
  row("response_mime_type", ask({ response_mime_type: "image/png" }), true, ["deprecated-interaction-field"]),
  row("uppercase IMAGE in response_modalities: UNCONFIRMED, a warning", ask({ response_modalities: ["IMAGE"] }), true, ["response-modality-case"]),
  row("a modality that does not exist", ask({ response_modalities: ["picture"] }), false, ["invalid-value"]),
  // OpenAI habits.
  row("size, n and quality", ask({ size: "1792x1024", n: 4, quality: "hd" }), false, ["openai-field", "openai-n", "openai-size"]),
  row("response_format \"b64_json\": the field exists, its value is OpenAI's (invalid-value)", ask({ response_format: "b64_json" }), false, ["invalid-value"]),
  row("an OpenAI prompt instead of input", { model: PRO, prompt: "a cat", response_format: { type: "image" } }, false, ["openai-field"]),
  row("OpenAI background: \"transparent\" is not the boolean background", ask({ background: "transparent" }), false, ["invalid-value"]),
  // Values per model.
  row("\"1k\" in response_format", ask({ response_format: { type: "image", image_size: "1k" } }), false, ["invalid-image-size"]),
  row("512 is not a 3 Pro size", ask({ response_format: { type: "image", image_size: "512" } }), false, ["invalid-image-size"]),
  row("2K on 3.1 Flash Lite Image", ask({ response_format: { type: "image", image_size: "2K" } }, LITE), false, ["invalid-image-size"]),
  row("1:4 on 3 Pro, in a list entry", ask({ response_format: [{ type: "text" }, { type: "image", aspect_ratio: "1:4" }] }), false, ["invalid-aspect-ratio"]),
  row("1:4 on 3.1 Flash Lite Image: UNCONFIRMED, a warning", ask({ response_format: { type: "image", aspect_ratio: "1:4" } }, LITE), true, ["unconfirmed-aspect-ratio"]),
  row("\"2k\" in the deprecated image_config", ask({ generation_config: { image_config: { image_size: "2k" } } }), false, ["deprecated-interaction-field", "invalid-image-size"]),
  row("a delivery that does not exist", ask({ response_format: { type: "image", delivery: "email" } }), false, ["invalid-value"]),
  row("image settings without type", ask({ response_format: { image_size: "2K" } }), false, ["invalid-value"]),
  // Inline data.
  row("a data: URL in data", ask({ input: [image(`data:image/png;base64,${IMAGES.png}`), text()] }), false, ["data-url-inline-data"]),
  row("a URL in data", ask({ input: [image("https://example.com/cat.png"), text()] }), false, ["url-inline-data"]),
  row("data that is not base64", ask({ input: [image("iVBORw0KGgo...(base64 of the image)"), text()] }), false, ["invalid-base64"]),
  row("PNG bytes labelled image/jpeg", ask({ input: [image(IMAGES.png, "image/jpeg"), text()] }), false, ["mime-type-mismatch"]),
  row("a GIF: the SDK types image/gif for Interactions, UNCONFIRMED for the models, so no finding", ask({ input: [image(IMAGES.gif, "image/gif"), text()] }), true, []),
  row("GIF bytes labelled image/png", ask({ input: [image(IMAGES.gif), text()] }), false, ["mime-type-mismatch"]),
  row("15 input images on 3 Pro", ask({ input: [...Array(15).fill(image(IMAGES.png)), text()] }), false, ["too-many-images"]),
  // The model and the rest.
  row("no model", { input: "x", response_format: { type: "image" } }, false, ["invalid-value"], { detect: true }),
  row("a shut-down model in the body (the sample's own id)", { model: "gemini-2.5-flash-image-preview", input: "x", response_modalities: ["image"] }, true, ["retired-model"]),
  row("a gateway alias in the body", ask({}, "nano-banana-pro"), true, ["model-alias"]),
  row("an unknown top-level field", ask({ temperature: 1 }), false, ["unknown-field"]),
  row("an agent interaction is not a model request: not checked", { agent: "deep-research-pro-preview", input: "Research lighthouses", background: true }, true, [], { detect: true }),
  row("not an object", "model=gemini-3-pro-image", false, ["invalid-body"]),
];
