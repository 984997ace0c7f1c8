import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputPixels, toImageConfig } from "@gemini-image/protocol";
import { startTestServer, type TestServer } from "../src/index.js";
import { decodeBase64Png, finalImage, generate, imageRequest, post } from "./helpers.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ mode: "lenient" });
});
afterAll(async () => {
  await server.close();
});

const PRO = generate("gemini-3-pro-image");

describe("lenient mode (a gateway that drops unknown fields)", () => {
  it("turns the article's size: 1792x1024 into the default 1024x1024 square, silently", async () => {
    const body = { contents: [{ parts: [{ text: "a wide banana" }] }], size: "1792x1024", n: 1 };
    const reply = await post(server, PRO, body);
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect({ width: png.width, height: png.height }).toEqual({ width: 1024, height: 1024 });
    expect(server.requests.at(-1)!.droppedFields).toEqual(["size", "n"]);
  });

  it("gives the mapped size once the body carries the imageConfig the protocol maps size to", async () => {
    const mapping = toImageConfig("1792x1024", { model: "gemini-3-pro-image" });
    const reply = await post(server, PRO, imageRequest({ ...mapping.imageConfig }));
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect({ width: png.width, height: png.height }).toEqual(mapping.pixels);
    expect(mapping.pixels).toEqual(outputPixels("gemini-3-pro-image", "2K", "16:9"));
  });

  it("drops nested unknown fields and keeps the known ones beside them", async () => {
    const reply = await post(server, PRO, imageRequest({ aspectRatio: "9:16", outputMimeType: "image/jpeg" }));
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect({ width: png.width, height: png.height }).toEqual(outputPixels("gemini-3-pro-image", "1K", "9:16"));
    expect(server.requests.at(-1)!.droppedFields).toEqual(["generationConfig.imageConfig.outputMimeType"]);
  });

  it("accepts gateway aliases for the model", async () => {
    const reply = await post(server, generate("nano-banana-2"), imageRequest({ imageSize: "512", aspectRatio: "4:1" }));
    expect(reply.status).toBe(200);
    expect(reply.json.modelVersion).toBe("gemini-3.1-flash-image");
  });

  it("still passes on Google's own rejections: lowercase 1k, data URLs, several candidates", async () => {
    expect((await post(server, PRO, imageRequest({ imageSize: "1k" }))).status).toBe(400);
    const dataUrl = {
      contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: "data:image/png;base64,AAAA" } }, { text: "x" }] }],
    };
    expect((await post(server, PRO, dataUrl)).json.error.message).toContain("Base64 decoding failed");
    const several = imageRequest();
    (several.generationConfig as Record<string, unknown>).candidateCount = 4;
    expect((await post(server, PRO, several)).status).toBe(400);
  });

  it("still requires a key", async () => {
    expect((await post(server, PRO, imageRequest(), {})).status).toBe(403);
  });

  it("keeps snake_case by default, as Google's parser does", async () => {
    const reply = await post(server, PRO, { contents: [{ parts: [{ text: "x" }] }], generation_config: { image_config: { image_size: "2K" } } });
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect([png.width, png.height]).toEqual([2048, 2048]);
    expect(server.requests.at(-1)!.droppedFields).toEqual([]);
  });
});

describe('lenient mode with snakeCase: "drop" (an SDK or gateway that keeps only camelCase)', () => {
  it("turns image_size: 4K and aspect_ratio: 16:9 into the default 1K square", async () => {
    const camelOnly = await startTestServer({ mode: "lenient", snakeCase: "drop" });
    try {
      const body = { contents: [{ parts: [{ text: "x" }] }], generationConfig: { imageConfig: { image_size: "4K", aspect_ratio: "16:9" } } };
      const reply = await post(camelOnly, PRO, body);
      expect(reply.status).toBe(200);
      const png = decodeBase64Png(finalImage(reply.json).data);
      expect([png.width, png.height]).toEqual([1024, 1024]);
      expect(camelOnly.requests.at(-1)!.droppedFields).toEqual([
        "generationConfig.imageConfig.image_size",
        "generationConfig.imageConfig.aspect_ratio",
      ]);
    } finally {
      await camelOnly.close();
    }
  });

  it("is refused in strict mode, because Google accepts snake_case", async () => {
    await expect(startTestServer({ mode: "strict", snakeCase: "drop" })).rejects.toThrow(/needs mode: "lenient"/u);
  });
});
