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
});
