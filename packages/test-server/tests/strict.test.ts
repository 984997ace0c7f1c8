import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputPixels } from "@gemini-image/protocol";
import { startTestServer, type TestServer } from "../src/index.js";
import { decodeBase64Png, finalImage, generate, imageRequest, post } from "./helpers.js";

let server: TestServer;
let keyed: TestServer;

beforeAll(async () => {
  server = await startTestServer({ mode: "strict", today: new Date("2026-11-25T00:00:00Z") });
  keyed = await startTestServer({ mode: "strict", apiKey: "right-key" });
});
afterAll(async () => {
  await server.close();
  await keyed.close();
});

const PRO = generate("gemini-3-pro-image");
const FLASH = generate("gemini-3.1-flash-image");

const badRequest = (message: string, fieldViolations: unknown[]) => ({
  error: {
    code: 400,
    message,
    status: "INVALID_ARGUMENT",
    details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations }],
  },
});

describe("strict mode: unknown fields", () => {
  it("answers Google's exact 400 for a top-level OpenAI `size`", async () => {
    const reply = await post(server, PRO, imageRequest(undefined, { size: "1024x1024" }));
    const message = 'Invalid JSON payload received. Unknown name "size": Cannot find field.';
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(badRequest(message, [{ description: message }]));
  });

  it("names the nested path of a Vertex-only imageConfig field", async () => {
    const reply = await post(server, PRO, imageRequest({ aspectRatio: "16:9", outputMimeType: "image/jpeg" }));
    const message =
      "Invalid JSON payload received. Unknown name \"outputMimeType\" at 'generation_config.image_config': Cannot find field.";
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(badRequest(message, [{ field: "generation_config.image_config", description: message }]));
  });

  it("reports every unknown name, one line each, with paths into contents and parts", async () => {
    const body = {
      model: "gemini-3-pro-image",
      contents: [{ role: "user", parts: [{ text: "x", image_url: "https://example.com/a.png" }] }],
      generationConfig: { responseModalities: ["IMAGE"], n: 2 },
    };
    const reply = await post(server, PRO, body);
    expect(reply.status).toBe(400);
    const lines = [
      'Invalid JSON payload received. Unknown name "model": Cannot find field.',
      "Invalid JSON payload received. Unknown name \"image_url\" at 'contents[0].parts[0]': Cannot find field.",
      "Invalid JSON payload received. Unknown name \"n\" at 'generation_config': Cannot find field.",
    ];
    expect(reply.json).toEqual(
      badRequest(lines.join("\n"), [
        { description: lines[0] },
        { field: "contents[0].parts[0]", description: lines[1] },
        { field: "generation_config", description: lines[2] },
      ]),
    );
  });

  it("rejects imageConfig or responseModalities at the top level (wrong nesting)", async () => {
    const reply = await post(server, PRO, { contents: [{ parts: [{ text: "x" }] }], imageConfig: { aspectRatio: "1:1" } });
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toBe('Invalid JSON payload received. Unknown name "imageConfig": Cannot find field.');
  });

  it("accepts snake_case names, as Google's proto3 JSON parser does", async () => {
    const body = {
      contents: [{ role: "user", parts: [{ inline_data: { mime_type: "image/png", data: "iVBORw0KGgo=" } }, { text: "x" }] }],
      generation_config: { response_modalities: ["IMAGE"], image_config: { image_size: "2K", aspect_ratio: "16:9" } },
    };
    const reply = await post(server, PRO, body);
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect({ width: png.width, height: png.height }).toEqual({ width: 2752, height: 1536 });
  });

  it("never flags legal generationConfig keys or the UNCONFIRMED responseFormat", async () => {
    const body = imageRequest({ aspectRatio: "3:2" });
    Object.assign(body.generationConfig as object, {
      temperature: 0.4,
      topP: 0.9,
      seed: 7,
      candidateCount: 1,
      thinkingConfig: { includeThoughts: false },
      responseFormat: { image: { aspectRatio: "3:2" } },
    });
    const reply = await post(server, PRO, { ...body, safetySettings: [], systemInstruction: { parts: [{ text: "be nice" }] } });
    expect(reply.status).toBe(200);
  });
});

describe("strict mode: values the model does not take", () => {
  it("rejects a lowercase imageSize such as 1k", async () => {
    const reply = await post(server, PRO, imageRequest({ imageSize: "1k" }));
    expect(reply.status).toBe(400);
    expect(reply.json.error.status).toBe("INVALID_ARGUMENT");
    expect(reply.json.error.details[0].fieldViolations).toEqual([
      {
        field: "generation_config.image_config.image_size",
        description: 'imageSize "1k" is not supported by models/gemini-3-pro-image. Use "1K", "2K" or "4K".',
      },
    ]);
  });

  it('rejects "512" on 3 Pro Image but serves it on 3.1 Flash Image at half the 1K pixels', async () => {
    const pro = await post(server, PRO, imageRequest({ imageSize: "512" }));
    expect(pro.status).toBe(400);
    expect(pro.json.error.message).toContain('imageSize "512" is not supported by models/gemini-3-pro-image');

    const flash = await post(server, FLASH, imageRequest({ imageSize: "512", aspectRatio: "16:9" }));
    expect(flash.status).toBe(200);
    const png = decodeBase64Png(finalImage(flash.json).data);
    expect({ width: png.width, height: png.height }).toEqual({ width: 688, height: 384 });
  });

  it("rejects 512px, which is not an imageSize at all", async () => {
    const reply = await post(server, FLASH, imageRequest({ imageSize: "512px" }));
    expect(reply.status).toBe(400);
  });

  it("rejects a 3.1-only ratio on 3 Pro Image and accepts it on 3.1 Flash Image", async () => {
    const pro = await post(server, PRO, imageRequest({ aspectRatio: "1:8" }));
    expect(pro.status).toBe(400);
    expect(pro.json.error.details[0].fieldViolations[0].field).toBe("generation_config.image_config.aspect_ratio");

    const flash = await post(server, FLASH, imageRequest({ aspectRatio: "1:8" }));
    expect(flash.status).toBe(200);
    const png = decodeBase64Png(finalImage(flash.json).data);
    expect({ width: png.width, height: png.height }).toEqual(outputPixels("gemini-3.1-flash-image", "1K", "1:8"));
  });

  it("rejects a ratio written with the wrong separator", async () => {
    const reply = await post(server, PRO, imageRequest({ aspectRatio: "16x9" }));
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toMatch(/^aspectRatio "16x9" is not supported by models\/gemini-3-pro-image\. Use "1:1", /u);
  });

  it("answers Google's exact 400 for candidateCount above 1", async () => {
    const body = imageRequest();
    (body.generationConfig as Record<string, unknown>).candidateCount = 2;
    const reply = await post(server, PRO, body);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      error: { code: 400, message: "Multiple candidates is not enabled for models/gemini-3-pro-image", status: "INVALID_ARGUMENT" },
    });
  });

  it("rejects a responseModalities value that is not a modality, but accepts lowercase (UNCONFIRMED)", async () => {
    const bad = imageRequest();
    (bad.generationConfig as Record<string, unknown>).responseModalities = ["PICTURE"];
    const reply = await post(server, PRO, bad);
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toBe(
      "Invalid value at 'generation_config.response_modalities[0]' (type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality), \"PICTURE\"",
    );

    const lower = imageRequest();
    (lower.generationConfig as Record<string, unknown>).responseModalities = ["image"];
    expect((await post(server, PRO, lower)).status).toBe(200);
  });

  it("answers Google's exact 400 when contents is missing", async () => {
    const reply = await post(server, PRO, { generationConfig: { responseModalities: ["IMAGE"] } });
    expect(reply.json).toEqual({
      error: { code: 400, message: "* GenerateContentRequest.contents: contents is not specified\n", status: "INVALID_ARGUMENT" },
    });
  });

  it("answers 400 for a body that is not JSON", async () => {
    const reply = await post(server, PRO, "{ contents: ");
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toMatch(/^Invalid JSON payload received\./u);
  });
});

describe("strict mode: inline data", () => {
  const withData = (data: unknown) => ({
    contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data } }, { text: "edit this" }] }],
    generationConfig: { responseModalities: ["IMAGE"] },
  });

  it("answers Google's exact 400 for a data URL", async () => {
    const data = "data:image/png;base64,iVBORw0KGgo=";
    const reply = await post(server, PRO, withData(data));
    const message = `Invalid value at 'contents[0].parts[0].inline_data.data' (TYPE_BYTES), Base64 decoding failed for "${data}"`;
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(badRequest(message, [{ field: "contents[0].parts[0].inline_data.data", description: message }]));
  });

  it("rejects a URL or other non-base64 text, and accepts URL-safe unpadded base64", async () => {
    expect((await post(server, PRO, withData("https://example.com/cat.png"))).status).toBe(400);
    expect((await post(server, PRO, withData("abcde"))).status).toBe(400);
    expect((await post(server, PRO, withData(42))).status).toBe(400);
    expect((await post(server, PRO, withData("iVBORw0KGgo-_w"))).status).toBe(200);
  });

  it("checks a thoughtSignature sent back in a multi-turn body as bytes too", async () => {
    const body = {
      contents: [
        { role: "user", parts: [{ text: "a cat" }] },
        { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" }, thoughtSignature: "not base64!" }] },
        { role: "user", parts: [{ text: "make it blue" }] },
      ],
    };
    const reply = await post(server, PRO, body);
    expect(reply.status).toBe(400);
    expect(reply.json.error.details[0].fieldViolations[0].field).toBe("contents[1].parts[0].thought_signature");
  });
});

describe("strict mode: keys", () => {
  it("answers Google's exact 403 when no key is sent", async () => {
    const reply = await post(server, PRO, imageRequest(), {});
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({
      error: {
        code: 403,
        message:
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        status: "PERMISSION_DENIED",
      },
    });
  });

  it("answers Google's exact 400 for a wrong key", async () => {
    const reply = await post(keyed, PRO, imageRequest(), { "x-goog-api-key": "wrong-key" });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      error: {
        code: 400,
        message: "API key not valid. Please pass a valid API key.",
        status: "INVALID_ARGUMENT",
        details: [
          {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            reason: "API_KEY_INVALID",
            domain: "googleapis.com",
            metadata: { service: "generativelanguage.googleapis.com" },
          },
          {
            "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
            locale: "en-US",
            message: "API key not valid. Please pass a valid API key.",
          },
        ],
      },
    });
  });

  it("takes the key from x-goog-api-key, ?key= or Authorization: Bearer and records where", async () => {
    const before = keyed.requests.length;
    expect((await post(keyed, PRO, imageRequest(), { "x-goog-api-key": "right-key" })).status).toBe(200);
    expect((await post(keyed, `${PRO}?key=right-key`, imageRequest(), {})).status).toBe(200);
    expect((await post(keyed, PRO, imageRequest(), { authorization: "Bearer right-key" })).status).toBe(200);
    expect((await post(keyed, PRO, imageRequest(), { authorization: "Bearer wrong-key" })).status).toBe(400);
    expect(keyed.requests.slice(before).map((r) => r.keySource)).toEqual(["x-goog-api-key", "query", "bearer", "bearer"]);
  });
});

describe("strict mode: models and routes", () => {
  const notFound = (name: string) => ({
    error: {
      code: 404,
      message: `models/${name} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
      status: "NOT_FOUND",
    },
  });

  it("answers Google's exact 404 for an unknown model and for a gateway alias", async () => {
    for (const name of ["gemini-1.5-pro-image", "nano-banana-pro"]) {
      const reply = await post(server, generate(name), imageRequest());
      expect(reply.status).toBe(404);
      expect(reply.json).toEqual(notFound(name));
    }
  });

  it("answers 404 for models that are shut down on the server's day, and serves them before", async () => {
    expect((await post(server, generate("gemini-2.5-flash-image-preview"), imageRequest())).status).toBe(404);
    // The preview ids shut down on 2026-06-25 (protocol lifecycle).
    expect((await post(server, generate("gemini-3-pro-image-preview"), imageRequest())).json).toEqual(
      notFound("gemini-3-pro-image-preview"),
    );
    const earlier = await startTestServer({ today: new Date("2026-06-01T00:00:00Z") });
    try {
      expect((await post(earlier, generate("gemini-3-pro-image-preview"), imageRequest())).status).toBe(200);
    } finally {
      await earlier.close();
    }
  });

  it("answers 404 for other API versions, methods and paths", async () => {
    expect((await post(server, "/v1/models/gemini-3-pro-image:generateContent", imageRequest())).status).toBe(404);
    expect((await post(server, "/v1beta/models/gemini-3-pro-image:predict", imageRequest())).status).toBe(404);
    expect((await post(server, "/v1/images/generations", { prompt: "x" })).status).toBe(404);
    expect((await post(server, "/v1beta/models/gemini%E0%A4%A:generateContent", imageRequest())).status).toBe(404);
    const get = await fetch(`${server.url}${PRO}`, { headers: { "x-goog-api-key": "k" } });
    expect(get.status).toBe(404);
  });
});
