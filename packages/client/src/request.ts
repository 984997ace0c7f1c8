import {
  sniffImageMimeType,
  type GeminiApi,
  toImageConfig,
  type AspectRatio,
  type ImageConfigMapping,
  type ImageSize,
} from "@gemini-image/protocol";

/** An input image: bytes (or bare base64) and its MIME type (sniffed from the bytes when left out). */
export interface InputImage {
  readonly data: Uint8Array | string;
  readonly mimeType?: string;
}

/** What to generate. */
export interface GenerateImageOptions {
  /** A model id (`gemini-3-pro-image`) or, for gateways, whatever name they route. */
  readonly model: string;
  readonly prompt: string;
  /** Input images for editing or reference; sent before the prompt. */
  readonly images?: readonly InputImage[];
  readonly imageSize?: ImageSize;
  readonly aspectRatio?: AspectRatio;
  /** An OpenAI-style `"WxH"` (or `"auto"`), converted with the protocol's `toImageConfig`. */
  readonly size?: string;
  /** Default `["TEXT", "IMAGE"]`, so a refusal comes back as words instead of nothing. */
  readonly responseModalities?: readonly ("TEXT" | "IMAGE")[];
  /**
   * Which API to send the request through: `"generate-content"` (the default,
   * `models/{model}:generateContent`) or `"interactions"` (`POST /v1beta/interactions`, Google's
   * recommended API since June 2026). The result has the same shape either way.
   */
  readonly api?: GeminiApi;
  readonly signal?: AbortSignal;
}

/** A generateContent body as this client builds it. */
export interface GenerateContentBody {
  contents: { role: "user"; parts: ({ text: string } | { inlineData: { mimeType: string; data: string } })[] }[];
  generationConfig: {
    responseModalities: string[];
    imageConfig?: { aspectRatio?: string; imageSize?: string };
  };
}

/** The body, and the size conversion when one was made. */
export interface BuiltRequest {
  readonly body: GenerateContentBody;
  readonly sizeMapping: ImageConfigMapping | undefined;
}

function toBase64(data: Uint8Array | string): string {
  return typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64");
}

function mimeTypeOf(image: InputImage, index: number): string {
  if (image.mimeType) return image.mimeType;
  const bytes = typeof image.data === "string" ? new Uint8Array(Buffer.from(image.data.slice(0, 64), "base64")) : image.data;
  const sniffed = sniffImageMimeType(bytes);
  if (!sniffed) throw new TypeError(`images[${index}] has no mimeType and its bytes are not PNG, JPEG, WebP, GIF or HEIC: pass mimeType.`);
  return sniffed;
}

/** The image settings of a request in generateContent's names, however they were given. */
export interface ImageSettings {
  readonly imageConfig: { aspectRatio?: AspectRatio; imageSize?: ImageSize } | undefined;
  readonly sizeMapping: ImageConfigMapping | undefined;
}

/**
 * Checks the prompt and works out the image settings both APIs send: an OpenAI-style `size` is
 * mapped with `toImageConfig` for the model; giving both `size` and imageSize/aspectRatio is
 * ambiguous and throws.
 */
export function imageSettings(options: GenerateImageOptions): ImageSettings {
  if (typeof options.prompt !== "string" || options.prompt.trim() === "") {
    throw new TypeError("prompt must be a non-empty string: describe the image to generate or the edit to make.");
  }
  if (options.size !== undefined && (options.imageSize !== undefined || options.aspectRatio !== undefined)) {
    throw new TypeError("Pass either size (OpenAI-style \"WxH\") or imageSize/aspectRatio, not both.");
  }
  if (options.size !== undefined) {
    const sizeMapping = toImageConfig(options.size, { model: options.model });
    return { imageConfig: sizeMapping.imageConfig ? { ...sizeMapping.imageConfig } : undefined, sizeMapping };
  }
  if (options.imageSize === undefined && options.aspectRatio === undefined) return { imageConfig: undefined, sizeMapping: undefined };
  const imageConfig: { aspectRatio?: AspectRatio; imageSize?: ImageSize } = {};
  if (options.aspectRatio !== undefined) imageConfig.aspectRatio = options.aspectRatio;
  if (options.imageSize !== undefined) imageConfig.imageSize = options.imageSize;
  return { imageConfig, sizeMapping: undefined };
}

/** The input images as base64 with their MIME types, in the order given. */
export function encodedImages(options: GenerateImageOptions): { readonly mimeType: string; readonly data: string }[] {
  return (options.images ?? []).map((image, index) => ({ mimeType: mimeTypeOf(image, index), data: toBase64(image.data) }));
}

/**
 * Builds the body Google documents: images first and the text last in one user turn,
 * `responseModalities`, and `imageConfig` inside `generationConfig`.
 */
export function buildRequest(options: GenerateImageOptions): BuiltRequest {
  const { imageConfig, sizeMapping } = imageSettings(options);
  const parts: GenerateContentBody["contents"][number]["parts"] = encodedImages(options).map((image) => ({ inlineData: image }));
  parts.push({ text: options.prompt });

  const generationConfig: GenerateContentBody["generationConfig"] = {
    responseModalities: [...(options.responseModalities ?? ["TEXT", "IMAGE"])],
  };
  if (imageConfig) generationConfig.imageConfig = imageConfig;
  return { body: { contents: [{ role: "user", parts }], generationConfig }, sizeMapping };
}
