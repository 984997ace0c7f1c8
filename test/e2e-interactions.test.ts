/**
 * The Interactions API end to end (issue 12): each habit mistake in an Interactions body is
 * answered 400 by the strict test server in Google's Interactions error shape, and the fixed
 * request, sent by the client with `api: "interactions"`, is answered 200 with the protocol's pixels.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeminiImageClient, type GenerateImageOptions } from "@gemini-image/client";
import { outputPixels, type AspectRatio, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { encodePng, startTestServer, type TestServer } from "@gemini-image/test-server";

const KEY = "test-key-e2e-interactions";
const PRO = "gemini-3-pro-image";
const INPUT_PNG = encodePng(64, 64, { colors: [[0, 0, 0], [255, 255, 255]], cell: 8 }).toString("base64");

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: KEY, thoughtImages: 2 });
});
afterAll(async () => {
  await server.close();
});

interface Mistake {
  readonly name: string;
  /** The body a habit writes. */
  readonly body: Record<string, unknown>;
  /** The start of Google's (or the server's) message for it. */
  readonly message: string;
  /** The same request, fixed, as client options. */
  readonly fixed: Omit<GenerateImageOptions, "api">;
  /** What the fixed body sends instead. */
  readonly sends: Record<string, unknown>;
  readonly pixels: { model: ModelId; imageSize?: ImageSize; aspectRatio?: AspectRatio };
}

const image = (format: Record<string, unknown>) => ({ response_format: [{ type: "text" }, { type: "image", ...format }] });

const MISTAKES: readonly Mistake[] = [
  {
    name: "OpenAI size",
    body: { model: PRO, input: "a banner", size: "1792x1024" },
    message: "Unknown parameter 'size'.",
    fixed: { model: PRO, prompt: "a banner", size: "1792x1024" },
    sends: image({ aspect_ratio: "16:9", image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K", aspectRatio: "16:9" },
  },
  {
    name: "OpenAI n",
    body: { model: PRO, input: "four cats", n: 4, response_format: { type: "image" } },
    message: "Unknown parameter 'n'.",
    fixed: { model: PRO, prompt: "four cats" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "OpenAI quality",
    body: { model: PRO, input: "a poster", quality: "hd", response_format: { type: "image" } },
    message: "Unknown parameter 'quality'.",
    fixed: { model: PRO, prompt: "a poster", imageSize: "4K" },
    sends: image({ image_size: "4K" }),
    pixels: { model: PRO, imageSize: "4K" },
  },
  {
    name: 'response_format "b64_json"',
    body: { model: PRO, input: "a cat", response_format: "b64_json" },
    message: "Invalid value for 'response_format'",
    fixed: { model: PRO, prompt: "a cat" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "camelCase responseFormat",
    body: { model: PRO, input: "a cat", responseFormat: { type: "image", image_size: "2K" } },
    message: "Unknown parameter 'responseFormat'. Did you mean 'response_format'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K" },
    sends: image({ image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K" },
  },
  {
    name: "camelCase imageSize and aspectRatio in response_format",
    body: { model: PRO, input: "a cat", response_format: { type: "image", imageSize: "2K", aspectRatio: "3:2" } },
    message: "Unknown parameter 'response_format.imageSize'. Did you mean 'image_size'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K", aspectRatio: "3:2" },
    sends: image({ image_size: "2K", aspect_ratio: "3:2" }),
    pixels: { model: PRO, imageSize: "2K", aspectRatio: "3:2" },
  },
  {
    name: "response_format.mimeType",
    body: { model: PRO, input: "a cat", response_format: { type: "image", mimeType: "image/jpeg" } },
    message: "Unknown parameter 'response_format.mimeType'. Did you mean 'mime_type'?",
    fixed: { model: PRO, prompt: "a cat" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "camelCase generationConfig",
    body: { model: PRO, input: "a cat", generationConfig: { imageConfig: { imageSize: "2K" } } },
    message: "Unknown parameter 'generationConfig'. Did you mean 'generation_config'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K" },
    sends: image({ image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K" },
  },
  {
    name: "generateContent contents",
    body: { model: PRO, contents: [{ role: "user", parts: [{ text: "a cat" }] }] },
    message: "Unknown parameter 'contents'. Did you mean 'input'?",
    fixed: { model: PRO, prompt: "a cat" },
    sends: { input: [{ type: "text", text: "a cat" }] },
    pixels: { model: PRO },
  },
  {
    name: "an inlineData part in input",
    body: { model: PRO, input: [{ inlineData: { mimeType: "image/png", data: INPUT_PNG } }, { type: "text", text: "make it blue" }] },
    message: "Unknown parameter 'input[0].inlineData'.",
    fixed: { model: PRO, prompt: "make it blue", images: [{ data: INPUT_PNG, mimeType: "image/png" }] },
    sends: { input: [{ type: "image", data: INPUT_PNG, mime_type: "image/png" }, { type: "text", text: "make it blue" }] },
    pixels: { model: PRO },
  },
  {
    name: 'lowercase "1k"',
    body: { model: PRO, input: "a cat", response_format: { type: "image", image_size: "1k" } },
    message: "Invalid value for 'response_format.image_size': \"1k\" is not supported",
    fixed: { model: PRO, prompt: "a cat", imageSize: "1K" },
    sends: image({ image_size: "1K" }),
    pixels: { model: PRO, imageSize: "1K" },
  },
  {
    name: "2K on Nano Banana 2 Lite",
    body: { model: "gemini-3.1-flash-lite-image", input: "a cat", response_format: { type: "image", image_size: "2K" } },
    message: "Invalid value for 'response_format.image_size': \"2K\" is not supported",
    fixed: { model: "gemini-3.1-flash-lite-image", prompt: "a cat", imageSize: "1K" },
    sends: image({ image_size: "1K" }),
    pixels: { model: "gemini-3.1-flash-lite-image", imageSize: "1K" },
  },
  {
    name: "an aspect_ratio the model does not take",
    body: { model: PRO, input: "a tower", response_format: { type: "image", aspect_ratio: "1:8" } },
    message: "Invalid value for 'response_format.aspect_ratio': \"1:8\" is not supported",
    fixed: { model: "gemini-3.1-flash-image", prompt: "a tower", aspectRatio: "1:8" },
    sends: image({ aspect_ratio: "1:8" }),
    pixels: { model: "gemini-3.1-flash-image", aspectRatio: "1:8" },
  },
  {
    name: "no model (it was in the URL for generateContent)",
    body: { input: "a cat", response_format: { type: "image" } },
    message: "Missing required parameter 'model'.",
    fixed: { model: PRO, prompt: "a cat" },
    sends: { model: PRO },
    pixels: { model: PRO },
  },
  {
    name: "a data: URL as image data",
    body: { model: PRO, input: [{ type: "image", data: `data:image/png;base64,${INPUT_PNG}`, mime_type: "image/png" }, { type: "text", text: "edit" }] },
    message: "Invalid value for 'input[0].data': Base64 decoding failed",
    fixed: { model: PRO, prompt: "edit", images: [{ data: Buffer.from(INPUT_PNG, "base64") }] },
    sends: { input: [{ type: "image", data: INPUT_PNG, mime_type: "image/png" }, { type: "text", text: "edit" }] },
    pixels: { model: PRO },
  },
];

describe("Interactions habit mistakes: strict 400, then the fixed request through the client", () => {
  const client = () => createGeminiImageClient({ apiKey: KEY, baseUrl: server.url });

  for (const mistake of MISTAKES) {
    it(mistake.name, async () => {
      const response = await fetch(`${server.url}/v1beta/interactions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-goog-api-key": KEY },
        body: JSON.stringify(mistake.body),
      });
      expect(response.status).toBe(400);
      const error = (await response.json()) as { error: Record<string, unknown> };
      expect(Object.keys(error.error).sort()).toEqual(["code", "message"]);
      expect(error.error.code).toBe("invalid_request");
      expect(String(error.error.message).startsWith(mistake.message), String(error.error.message)).toBe(true);

      const result = await client().generateImage({ ...mistake.fixed, api: "interactions" });
      expect(server.requests.at(-1)!.status).toBe(200);
      expect(result.body).toMatchObject(mistake.sends);
      const { model, imageSize, aspectRatio } = mistake.pixels;
      expect({ width: result.image.width, height: result.image.height }).toEqual(outputPixels(model, imageSize, aspectRatio));
    });
  }
});
