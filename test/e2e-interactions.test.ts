/**
 * The Interactions API end to end (issue 12): each habit mistake in an Interactions body is
 * reported by `gemini-image check` (the real binary, with `--api interactions`, by the body's
 * keys, and from a HAR capture's URL), answered 400 by the strict test server in Google's
 * Interactions error shape, and the fixed request, sent by the client with `api: "interactions"`,
 * is answered 200 with the protocol's pixels.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeminiImageClient, type GenerateImageOptions } from "@gemini-image/client";
import { interactionsUrl, outputPixels, type AspectRatio, type FindingId, type GeminiApi, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { validate } from "@gemini-image/schema";
import { encodePng, startTestServer, type TestServer } from "@gemini-image/test-server";
import { checkFiles, harOf, idsOf, writeBodies } from "./check-cli.js";

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
  /** The finding ids `check` reports on it as an interaction (errors and warnings). */
  readonly findings: readonly FindingId[];
  /** The API the body's own keys point to, when not Interactions. */
  readonly looksLike?: GeminiApi;
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
    findings: ["openai-size"],
    message: "Unknown parameter 'size'.",
    fixed: { model: PRO, prompt: "a banner", size: "1792x1024" },
    sends: image({ aspect_ratio: "16:9", image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K", aspectRatio: "16:9" },
  },
  {
    name: "OpenAI n",
    body: { model: PRO, input: "four cats", n: 4, response_format: { type: "image" } },
    findings: ["openai-n"],
    message: "Unknown parameter 'n'.",
    fixed: { model: PRO, prompt: "four cats" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "OpenAI quality",
    body: { model: PRO, input: "a poster", quality: "hd", response_format: { type: "image" } },
    findings: ["openai-field"],
    message: "Unknown parameter 'quality'.",
    fixed: { model: PRO, prompt: "a poster", imageSize: "4K" },
    sends: image({ image_size: "4K" }),
    pixels: { model: PRO, imageSize: "4K" },
  },
  {
    name: 'response_format "b64_json"',
    body: { model: PRO, input: "a cat", response_format: "b64_json" },
    findings: ["invalid-value"],
    message: "Invalid value for 'response_format'",
    fixed: { model: PRO, prompt: "a cat" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "camelCase responseFormat",
    body: { model: PRO, input: "a cat", responseFormat: { type: "image", image_size: "2K" } },
    findings: ["interactions-camel-case"],
    message: "Unknown parameter 'responseFormat'. Did you mean 'response_format'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K" },
    sends: image({ image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K" },
  },
  {
    name: "camelCase imageSize and aspectRatio in response_format",
    body: { model: PRO, input: "a cat", response_format: { type: "image", imageSize: "2K", aspectRatio: "3:2" } },
    findings: ["interactions-camel-case"],
    message: "Unknown parameter 'response_format.imageSize'. Did you mean 'image_size'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K", aspectRatio: "3:2" },
    sends: image({ image_size: "2K", aspect_ratio: "3:2" }),
    pixels: { model: PRO, imageSize: "2K", aspectRatio: "3:2" },
  },
  {
    name: "response_format.mimeType",
    body: { model: PRO, input: "a cat", response_format: { type: "image", mimeType: "image/jpeg" } },
    findings: ["interactions-camel-case"],
    message: "Unknown parameter 'response_format.mimeType'. Did you mean 'mime_type'?",
    fixed: { model: PRO, prompt: "a cat" },
    sends: image({}),
    pixels: { model: PRO },
  },
  {
    name: "camelCase generationConfig",
    body: { model: PRO, input: "a cat", generationConfig: { imageConfig: { imageSize: "2K" } } },
    findings: ["deprecated-interaction-field", "interactions-camel-case"],
    message: "Unknown parameter 'generationConfig'. Did you mean 'generation_config'?",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K" },
    sends: image({ image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K" },
  },
  {
    name: "generateContent contents",
    body: { model: PRO, contents: [{ role: "user", parts: [{ text: "a cat" }] }] },
    findings: ["generate-content-shape-in-input"],
    // `contents` and no `input`: by its keys alone the body reads as generateContent.
    looksLike: "generate-content",
    message: "Unknown parameter 'contents'. Did you mean 'input'?",
    fixed: { model: PRO, prompt: "a cat" },
    sends: { input: [{ type: "text", text: "a cat" }] },
    pixels: { model: PRO },
  },
  {
    name: "an inlineData part in input",
    body: { model: PRO, input: [{ inlineData: { mimeType: "image/png", data: INPUT_PNG } }, { type: "text", text: "make it blue" }] },
    findings: ["generate-content-shape-in-input"],
    message: "Unknown parameter 'input[0].inlineData'.",
    fixed: { model: PRO, prompt: "make it blue", images: [{ data: INPUT_PNG, mimeType: "image/png" }] },
    sends: { input: [{ type: "image", data: INPUT_PNG, mime_type: "image/png" }, { type: "text", text: "make it blue" }] },
    pixels: { model: PRO },
  },
  {
    name: 'lowercase "1k"',
    body: { model: PRO, input: "a cat", response_format: { type: "image", image_size: "1k" } },
    findings: ["invalid-image-size"],
    message: "Invalid value for 'response_format.image_size': \"1k\" is not supported",
    fixed: { model: PRO, prompt: "a cat", imageSize: "1K" },
    sends: image({ image_size: "1K" }),
    pixels: { model: PRO, imageSize: "1K" },
  },
  {
    name: "2K on Nano Banana 2 Lite",
    body: { model: "gemini-3.1-flash-lite-image", input: "a cat", response_format: { type: "image", image_size: "2K" } },
    findings: ["invalid-image-size"],
    message: "Invalid value for 'response_format.image_size': \"2K\" is not supported",
    fixed: { model: "gemini-3.1-flash-lite-image", prompt: "a cat", imageSize: "1K" },
    sends: image({ image_size: "1K" }),
    pixels: { model: "gemini-3.1-flash-lite-image", imageSize: "1K" },
  },
  {
    name: "an aspect_ratio the model does not take",
    body: { model: PRO, input: "a tower", response_format: { type: "image", aspect_ratio: "1:8" } },
    findings: ["invalid-aspect-ratio"],
    message: "Invalid value for 'response_format.aspect_ratio': \"1:8\" is not supported",
    fixed: { model: "gemini-3.1-flash-image", prompt: "a tower", aspectRatio: "1:8" },
    sends: image({ aspect_ratio: "1:8" }),
    pixels: { model: "gemini-3.1-flash-image", aspectRatio: "1:8" },
  },
  {
    name: "no model (it was in the URL for generateContent)",
    body: { input: "a cat", response_format: { type: "image" } },
    findings: ["invalid-value"],
    message: "Missing required parameter 'model'.",
    fixed: { model: PRO, prompt: "a cat" },
    sends: { model: PRO },
    pixels: { model: PRO },
  },
  {
    name: "a data: URL as image data",
    body: { model: PRO, input: [{ type: "image", data: `data:image/png;base64,${INPUT_PNG}`, mime_type: "image/png" }, { type: "text", text: "edit" }] },
    findings: ["data-url-inline-data"],
    message: "Invalid value for 'input[0].data': Base64 decoding failed",
    fixed: { model: PRO, prompt: "edit", images: [{ data: Buffer.from(INPUT_PNG, "base64") }] },
    sends: { input: [{ type: "image", data: INPUT_PNG, mime_type: "image/png" }, { type: "text", text: "edit" }] },
    pixels: { model: PRO },
  },
  {
    name: "generateContent parts in input",
    body: { model: PRO, input: [{ role: "user", parts: [{ text: "a cat" }] }] },
    findings: ["generate-content-shape-in-input"],
    message: "Unknown parameter 'input[0].role'.",
    fixed: { model: PRO, prompt: "a cat" },
    sends: { input: [{ type: "text", text: "a cat" }] },
    pixels: { model: PRO },
  },
  {
    name: 'lowercase "2k" in the deprecated generation_config.image_config',
    body: { model: PRO, input: "a cat", generation_config: { image_config: { image_size: "2k" } } },
    findings: ["deprecated-interaction-field", "invalid-image-size"],
    message: "Invalid value for 'generation_config.image_config.image_size': \"2k\" is not supported",
    fixed: { model: PRO, prompt: "a cat", imageSize: "2K" },
    sends: image({ image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K" },
  },
  {
    name: "the issue's example: camelCase generationConfig.imageConfig, \"2k\" and an OpenAI size",
    body: { model: PRO, input: "a banner", generationConfig: { imageConfig: { imageSize: "2k" } }, size: "1792x1024" },
    findings: ["deprecated-interaction-field", "interactions-camel-case", "invalid-image-size", "openai-size"],
    message: "Unknown parameter 'generationConfig'. Did you mean 'generation_config'?",
    fixed: { model: PRO, prompt: "a banner", size: "1792x1024" },
    sends: image({ aspect_ratio: "16:9", image_size: "2K" }),
    pixels: { model: PRO, imageSize: "2K", aspectRatio: "16:9" },
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
      // The fixed body is clean, warnings included.
      expect(validate(result.body, { api: "interactions" }).findings).toEqual([]);
      const { model, imageSize, aspectRatio } = mistake.pixels;
      expect({ width: result.image.width, height: result.image.height }).toEqual(outputPixels(model, imageSize, aspectRatio));
    });
  }
});


describe("Interactions habit mistakes: reported by the check binary", () => {
  const files = writeBodies(Object.fromEntries(MISTAKES.map((m) => [m.name, m.body])));
  const paths = MISTAKES.map((m) => files[m.name]!);
  const harPath = writeBodies({ capture: harOf(MISTAKES.map((m) => ({ url: interactionsUrl(), body: m.body }))) }).capture!;
  const byOption = checkFiles(paths, ["--api", "interactions"]);
  const byBody = checkFiles(paths);
  const byUrl = checkFiles([harPath]);

  it("exits 1: every body has an error", () => {
    expect([byOption.status, byBody.status, byUrl.status]).toEqual([1, 1, 1]);
    expect([byOption.results, byBody.results, byUrl.results].map((r) => r.length)).toEqual([MISTAKES.length, MISTAKES.length, MISTAKES.length]);
  });

  MISTAKES.forEach((mistake, i) => {
    it(mistake.name, () => {
      const option = byOption.results[i]!;
      expect([option.api, option.apiSource]).toEqual(["interactions", "option"]);
      expect(option.ok).toBe(false);
      expect(idsOf(option)).toEqual([...mistake.findings].sort());

      const url = byUrl.results[i]!;
      expect([url.api, url.apiSource]).toEqual(["interactions", "url"]);
      expect(idsOf(url)).toEqual(idsOf(option));

      const body = byBody.results[i]!;
      expect([body.api, body.apiSource]).toEqual([mistake.looksLike ?? "interactions", "body"]);
      if (mistake.looksLike === undefined) expect(body.findings).toEqual(option.findings);
    });
  });
});

describe("the API key in the URL", () => {
  const body = { model: PRO, input: "a cat", response_format: { type: "image", image_size: "2K" } };

  it("is reported by check on a captured request, and only there: the body itself is fine", () => {
    const har = writeBodies({ keyed: harOf([{ url: `${interactionsUrl()}?key=${KEY}`, body }]), plain: body });
    const { status, results } = checkFiles([har.keyed!, har.plain!]);
    expect(status).toBe(0);
    expect(results.map((r) => [r.api, r.apiSource, idsOf(r)])).toEqual([
      ["interactions", "url", ["key-in-url"]],
      ["interactions", "body", []],
    ]);
    expect(JSON.stringify(results)).not.toContain(KEY);
  });

  it("never reaches the server from the client, which sends the key in the x-goog-api-key header", async () => {
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: server.url }).generateImage({ api: "interactions", model: PRO, prompt: "a cat", imageSize: "2K" });
    const sent = server.requests.at(-1)!;
    expect(sent.status).toBe(200);
    expect(sent.url).toBe("/v1beta/interactions");
    expect(sent.headers["x-goog-api-key"]).toBe(KEY);
    expect(result.image.width).toBe(outputPixels(PRO, "2K").width);
  });
});
