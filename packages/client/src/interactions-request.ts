import { INTERACTION_RESPONSE, INTERACTION_VALUES, type ImageConfigMapping } from "@gemini-image/protocol";
import { encodedImages, imageSettings, type GenerateImageOptions } from "./request.js";

/** One entry of an interaction's `input`: an image (bare base64) or the text. */
export type InteractionsInputEntry =
  | { type: "image"; data: string; mime_type: string }
  | { type: "text"; text: string };

/** One `response_format` entry: the image with its settings, or text beside it. */
export type InteractionsResponseFormat = { type: "image"; aspect_ratio?: string; image_size?: string } | { type: "text" };

/** An Interactions create body as this client builds it: every name snake_case, the model in the body. */
export interface InteractionsBody {
  model: string;
  input: InteractionsInputEntry[];
  response_format: InteractionsResponseFormat | InteractionsResponseFormat[];
}

/** The Interactions body, and the size conversion when one was made. */
export interface BuiltInteractionsRequest {
  readonly body: InteractionsBody;
  readonly sizeMapping: ImageConfigMapping | undefined;
}

const IMAGE = INTERACTION_RESPONSE.imageContentType;
const TEXT = INTERACTION_VALUES.textType;

/**
 * Builds the Interactions form of the same request `buildRequest` makes for generateContent
 * (facts page "The Interactions API"): the model in the body; the images first as
 * `{ type: "image", data, mime_type }` and the prompt last; the image settings in
 * `response_format: { type: "image", aspect_ratio, image_size }`, with a `{ type: "text" }` entry
 * beside it when TEXT is asked for (the default, so a refusal still arrives as words).
 */
export function buildInteractionsRequest(options: GenerateImageOptions): BuiltInteractionsRequest {
  const { imageConfig, sizeMapping } = imageSettings(options);
  const input: InteractionsInputEntry[] = encodedImages(options).map(({ mimeType, data }) => ({ type: IMAGE, data, mime_type: mimeType }));
  input.push({ type: TEXT, text: options.prompt });

  const image: { type: "image"; aspect_ratio?: string; image_size?: string } = { type: IMAGE };
  if (imageConfig?.aspectRatio !== undefined) image.aspect_ratio = imageConfig.aspectRatio;
  if (imageConfig?.imageSize !== undefined) image.image_size = imageConfig.imageSize;
  const modalities = options.responseModalities ?? ["TEXT", "IMAGE"];
  const formats: InteractionsResponseFormat[] = [
    ...(modalities.includes("TEXT") ? [{ type: TEXT } as const] : []),
    ...(modalities.includes("IMAGE") ? [image] : []),
  ];
  // One entry is written as the object itself, as Google's samples do; several as an array.
  const responseFormat = formats.length === 1 ? formats[0]! : formats;
  return { body: { model: options.model, input, response_format: responseFormat }, sizeMapping };
}
