import { imageDimensions } from "./image-dimensions.js";

/** One image part of a response, decoded. */
export interface ResponseImage {
  readonly data: Uint8Array;
  readonly mimeType: string;
  /** From the image header; `undefined` when the format is not one the client reads. */
  readonly width: number | undefined;
  readonly height: number | undefined;
  /** True for Gemini 3's interim "thought" images, which are not the answer. */
  readonly thought: boolean;
  readonly thoughtSignature: string | undefined;
}

/** Token counts from `usageMetadata`. */
export interface Usage {
  readonly promptTokens: number | undefined;
  readonly outputTokens: number | undefined;
  readonly totalTokens: number | undefined;
}

/** A response of either API, read robustly. */
export interface ParsedResponse {
  /** The final image: the last inlineData image part that is not a thought. */
  readonly image: ResponseImage | undefined;
  /** Every non-thought image, in order. */
  readonly images: readonly ResponseImage[];
  /** Thought images, in order. */
  readonly thoughts: readonly ResponseImage[];
  /** The non-thought text parts, joined. */
  readonly text: string;
  /** The signature to send back for multi-turn editing: the final image's, else the last one seen. */
  readonly thoughtSignature: string | undefined;
  readonly usage: Usage;
  /** `candidates[0].finishReason` or `promptFeedback.blockReason`. */
  readonly reason: string | undefined;
}

/** An image from base64, its size read from its header. */
export function decodeImage(base64: string, mimeType: string, thought: boolean, thoughtSignature: string | undefined): ResponseImage {
  const bytes = new Uint8Array(Buffer.from(base64, "base64"));
  const size = imageDimensions(bytes);
  return { data: bytes, mimeType, width: size?.width, height: size?.height, thought, thoughtSignature };
}

/** A JSON object. */
export type Json = Record<string, unknown>;

/** `value` when it is a JSON object. */
export const obj = (value: unknown): Json | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
/** `value` when it is a string. */
export const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
/** `value` when it is a number. */
export const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

/** A field in its camelCase or snake_case spelling; gateways re-serialise responses either way. */
function field(o: Json, camel: string, snake: string): unknown {
  return o[camel] ?? o[snake];
}

/**
 * Reads `candidates[0].content.parts[]`. `parts[0]` is often text or a thought image, so the
 * final image is the LAST `inlineData` part with an `image/` MIME type that is not
 * `thought: true` (facts page "Response"). Accepts camelCase and snake_case.
 */
export function parseResponse(json: unknown): ParsedResponse {
  const root = obj(json) ?? {};
  const candidate = obj(Array.isArray(root.candidates) ? root.candidates[0] : undefined) ?? {};
  const parts = obj(candidate.content)?.parts;
  const images: ResponseImage[] = [];
  const thoughts: ResponseImage[] = [];
  const texts: string[] = [];
  let lastSignature: string | undefined;

  for (const raw of Array.isArray(parts) ? parts : []) {
    const part = obj(raw);
    if (!part) continue;
    const signature = str(field(part, "thoughtSignature", "thought_signature"));
    if (signature) lastSignature = signature;
    const thought = part.thought === true;
    const text = str(part.text);
    if (text !== undefined && !thought) texts.push(text);
    const inline = obj(field(part, "inlineData", "inline_data"));
    const mimeType = inline ? str(field(inline, "mimeType", "mime_type")) : undefined;
    const data = inline ? str(inline.data) : undefined;
    if (!mimeType?.startsWith("image/") || data === undefined) continue;
    (thought ? thoughts : images).push(decodeImage(data, mimeType, thought, signature));
  }

  const usage = obj(field(root, "usageMetadata", "usage_metadata")) ?? {};
  const image = images.at(-1);
  return {
    image,
    images,
    thoughts,
    text: texts.join(""),
    thoughtSignature: image?.thoughtSignature ?? lastSignature,
    usage: {
      promptTokens: num(field(usage, "promptTokenCount", "prompt_token_count")),
      outputTokens: num(field(usage, "candidatesTokenCount", "candidates_token_count")),
      totalTokens: num(field(usage, "totalTokenCount", "total_token_count")),
    },
    reason:
      str(field(candidate, "finishReason", "finish_reason")) ??
      str(field(obj(field(root, "promptFeedback", "prompt_feedback")) ?? {}, "blockReason", "block_reason")),
  };
}
