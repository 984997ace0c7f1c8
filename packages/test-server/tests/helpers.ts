import { inflateSync } from "node:zlib";
import type { TestServer } from "../src/index.js";

/** CRC-32 written independently of the encoder, so a wrong CRC there cannot hide here. */
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG decoded far enough to prove it valid: chunks, CRCs, header and inflated scanlines. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
  readonly chunkTypes: readonly string[];
  readonly palette: readonly (readonly [number, number, number])[];
  /** The palette index of a pixel (palette images with filter type 0 only). */
  index(x: number, y: number): number;
}

/** Decodes a palette PNG, throwing on any structural error (bad signature, CRC, length or filter). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error("not a PNG signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkTypes: string[] = [];
  const idat: Uint8Array[] = [];
  let header: DataView | undefined;
  let palette: [number, number, number][] = [];
  let offset = 8;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const stored = view.getUint32(offset + 8 + length);
    if (crc(bytes.subarray(offset + 4, offset + 8 + length)) !== stored) throw new Error(`bad CRC in ${type}`);
    chunkTypes.push(type);
    if (type === "IHDR") header = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (type === "PLTE") {
      palette = [];
      for (let i = 0; i < data.length; i += 3) palette.push([data[i]!, data[i + 1]!, data[i + 2]!]);
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error("no IHDR");
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  const bitDepth = header.getUint8(8);
  const colorType = header.getUint8(9);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + Math.ceil((width * bitDepth) / 8);
  if (raw.length !== stride * height) throw new Error(`IDAT inflates to ${raw.length} bytes, expected ${stride * height}`);
  for (let y = 0; y < height; y++) {
    if (raw[y * stride]! > 4) throw new Error(`bad filter type on row ${y}`);
  }
  return {
    width,
    height,
    bitDepth,
    colorType,
    chunkTypes,
    palette,
    index(x, y) {
      const row = y * stride;
      if (raw[row] !== 0) throw new Error("only filter type 0 is read here");
      const bit = x * bitDepth;
      const byte = raw[row + 1 + (bit >> 3)]!;
      return (byte >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
    },
  };
}

/** Decodes a base64 PNG from a response part. */
export function decodeBase64Png(data: string): DecodedPng {
  return decodePng(Buffer.from(data, "base64"));
}

/** A JSON answer from the server. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // Tests index into bodies freely; a wrong shape fails the assertion that reads it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

/** POSTs `body` (an object is JSON-encoded, a string sent as is) over real loopback HTTP. */
export async function post(
  server: TestServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = { "x-goog-api-key": "test-key" },
): Promise<Reply> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The generateContent path of a model. */
export const generate = (model: string): string => `/v1beta/models/${model}:generateContent`;

/** A minimal correct body with an optional imageConfig. */
export function imageRequest(imageConfig?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contents: [{ role: "user", parts: [{ text: "A banana on a desk" }] }],
    generationConfig: { responseModalities: ["IMAGE"], ...(imageConfig ? { imageConfig } : {}) },
    ...extra,
  };
}

/** The final image part of the first candidate: the last inlineData part that is not a thought. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function finalImage(json: any): { mimeType: string; data: string } {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const parts: any[] = json.candidates[0].content.parts;
  const part = parts.filter((p) => p.inlineData && !p.thought).at(-1);
  if (!part) throw new Error(`no final image in ${JSON.stringify(json).slice(0, 200)}`);
  return part.inlineData;
}

/** The Interactions endpoint. */
export const INTERACTIONS = "/v1beta/interactions";

/** A minimal correct Interactions body: model, a text input, and an image response_format. */
export function interactionRequest(
  model: string,
  format: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { model, input: "A banana on a desk", response_format: { type: "image", ...format }, ...extra };
}

/** The final image of an interaction: the last image content of its model_output steps. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function finalInteractionImage(json: any): { mime_type: string; data: string } {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const images = (json.steps as any[]).filter((s) => s.type === "model_output").flatMap((s) => s.content as any[]);
  const image = images.filter((c) => c.type === "image").at(-1);
  if (!image) throw new Error(`no final image in ${JSON.stringify(json).slice(0, 200)}`);
  return image;
}
