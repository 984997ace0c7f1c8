import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateCost, outputPixels, type AspectRatio, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { encodePng, startTestServer, type TestServer } from "../src/index.js";
import { decodeBase64Png, finalImage, generate, imageRequest, post } from "./helpers.js";

let server: TestServer;
let chatty: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  chatty = await startTestServer({ thoughtImages: 2, textPart: "Here you go." });
});
afterAll(async () => {
  await server.close();
  await chatty.close();
});

describe("images", () => {
  const cases: [ModelId, ImageSize | undefined, AspectRatio | undefined, { width: number; height: number }][] = [
    ["gemini-3-pro-image", undefined, undefined, { width: 1024, height: 1024 }],
    ["gemini-3-pro-image", "2K", "16:9", { width: 2752, height: 1536 }],
    ["gemini-3-pro-image", "4K", "21:9", { width: 6336, height: 2688 }],
    ["gemini-3.1-flash-image", "512", "8:1", { width: 1536, height: 192 }],
    ["gemini-3.1-flash-image", "1K", "4:5", { width: 928, height: 1152 }],
    ["gemini-3.1-flash-image", "4K", "1:4", { width: 2048, height: 8192 }],
    ["gemini-2.5-flash-image", undefined, "16:9", { width: 1344, height: 768 }],
  ];

  it.each(cases)("%s imageSize %s aspectRatio %s → a decodable PNG of the protocol's pixels", async (model, imageSize, aspectRatio, expected) => {
    const config = { ...(imageSize ? { imageSize } : {}), ...(aspectRatio ? { aspectRatio } : {}) };
    const reply = await post(server, generate(model), imageRequest(Object.keys(config).length > 0 ? config : undefined));
    expect(reply.status).toBe(200);
    const image = finalImage(reply.json);
    expect(image.mimeType).toBe("image/png");
    const png = decodeBase64Png(image.data);
    expect({ width: png.width, height: png.height }).toEqual(expected);
    expect(expected).toEqual(outputPixels(model, imageSize, aspectRatio));
    expect(server.requests.at(-1)!.pixels).toEqual(expected);
  });

  it("ignores imageSize on 2.5 Flash Image (ignored or rejected is UNCONFIRMED, so never an error)", async () => {
    const reply = await post(server, generate("gemini-2.5-flash-image"), imageRequest({ imageSize: "4K" }));
    expect(reply.status).toBe(200);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect([png.width, png.height]).toEqual([1024, 1024]);
  });

  it("matches an input PNG's ratio when the request names none", async () => {
    const input = encodePng(1600, 900, { colors: [[0, 0, 0], [255, 255, 255]], cell: 100 }).toString("base64");
    const body = { contents: [{ parts: [{ inlineData: { mimeType: "image/png", data: input } }, { text: "restyle" }] }] };
    const reply = await post(server, generate("gemini-3-pro-image"), body);
    const png = decodeBase64Png(finalImage(reply.json).data);
    expect({ width: png.width, height: png.height }).toEqual(outputPixels("gemini-3-pro-image", "1K", "16:9"));
  });

  it("answers text only when responseModalities leaves out IMAGE", async () => {
    const body = imageRequest();
    (body.generationConfig as Record<string, unknown>).responseModalities = ["TEXT"];
    const reply = await post(server, generate("gemini-3-pro-image"), body);
    expect(reply.status).toBe(200);
    const parts = reply.json.candidates[0].content.parts;
    expect(parts).toHaveLength(1);
    expect(typeof parts[0].text).toBe("string");
    expect(reply.json.usageMetadata.candidatesTokensDetails.map((d: { modality: string }) => d.modality)).toEqual(["TEXT"]);
  });

  it("answers several candidates where the protocol allows them (2.5 Flash Image)", async () => {
    const body = imageRequest({ aspectRatio: "3:2" });
    (body.generationConfig as Record<string, unknown>).candidateCount = 2;
    const reply = await post(server, generate("gemini-2.5-flash-image"), body);
    expect(reply.status).toBe(200);
    expect(reply.json.candidates.map((c: { index: number }) => c.index)).toEqual([0, 1]);
    expect(reply.json.usageMetadata.candidatesTokensDetails).toEqual([{ modality: "IMAGE", tokenCount: 2 * 1290 }]);
  });
});

describe("usageMetadata", () => {
  it.each([
    ["gemini-3-pro-image", "4K"],
    ["gemini-3.1-flash-image", "2K"],
    ["gemini-3.1-flash-image", "512"],
  ] as const)("%s at %s bills the protocol's output tokens", async (model, imageSize) => {
    const reply = await post(server, generate(model), imageRequest({ imageSize }));
    const usage = reply.json.usageMetadata;
    const tokens = estimateCost(model, imageSize).outputTokensPerImage;
    expect(usage.candidatesTokensDetails).toEqual([{ modality: "IMAGE", tokenCount: tokens }]);
    expect(usage.candidatesTokenCount).toBe(tokens);
    expect(usage.totalTokenCount).toBe(usage.promptTokenCount + tokens);
    expect(usage.promptTokenCount).toBeGreaterThan(0);
  });

  it("uses the published figures (3 Pro 4K 2000, 3.1 Flash 2K 1680, 2.5 Flash 1290)", async () => {
    const tokensOf = async (model: string, imageSize?: string) =>
      (await post(server, generate(model), imageRequest(imageSize ? { imageSize } : undefined))).json.usageMetadata.candidatesTokensDetails[0]
        .tokenCount;
    expect(await tokensOf("gemini-3-pro-image", "4K")).toBe(2000);
    expect(await tokensOf("gemini-3.1-flash-image", "2K")).toBe(1680);
    expect(await tokensOf("gemini-2.5-flash-image")).toBe(1290);
  });
});

describe("text part, thought images and thoughtSignature", () => {
  it("puts the text and two thought images before the final image, which carries the signature", async () => {
    const reply = await post(chatty, generate("gemini-3-pro-image"), imageRequest({ aspectRatio: "4:3" }));
    expect(reply.status).toBe(200);
    const parts = reply.json.candidates[0].content.parts;
    expect(parts.map((p: Record<string, unknown>) => (p.text ? "text" : p.thought ? "thought" : "final"))).toEqual([
      "text",
      "thought",
      "thought",
      "final",
    ]);
    expect(parts[0].text).toBe("Here you go.");
    const final = parts[3];
    expect(final.thoughtSignature).toMatch(/^[A-Za-z0-9+/]+=*$/u);
    expect(Buffer.from(final.thoughtSignature, "base64")).toHaveLength(32);
    expect(parts.slice(1, 3).every((p: Record<string, unknown>) => p.thoughtSignature === undefined)).toBe(true);

    const thought = decodeBase64Png(parts[1].inlineData.data);
    const image = decodeBase64Png(final.inlineData.data);
    expect({ width: image.width, height: image.height }).toEqual(outputPixels("gemini-3-pro-image", "1K", "4:3"));
    // A client that takes parts[1] instead of the last non-thought image gets different pixels.
    expect(thought.palette).not.toEqual(image.palette);
    expect(reply.json.candidates[0].finishReason).toBe("STOP");
  });

  it("keeps signatures stable for the same body and different for another", async () => {
    const sign = async (text: string) => {
      const body = imageRequest();
      (body.contents as { parts: { text: string }[] }[])[0]!.parts[0]!.text = text;
      return finalImageSignature((await post(chatty, generate("gemini-3-pro-image"), body)).json);
    };
    const a = await sign("one");
    expect(await sign("one")).toBe(a);
    expect(await sign("two")).not.toBe(a);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function finalImageSignature(json: any): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return json.candidates[0].content.parts.find((p: any) => p.thoughtSignature).thoughtSignature;
}

describe(":streamGenerateContent", () => {
  const STREAM = "/v1beta/models/gemini-3-pro-image:streamGenerateContent";

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const partsOf = (chunks: any[]) => chunks.flatMap((c) => c.candidates[0].content.parts);

  it("sends SSE events (data: <chunk>, blank line) with ?alt=sse, the same parts as the unary answer", async () => {
    const body = imageRequest({ imageSize: "2K", aspectRatio: "16:9" });
    const response = await fetch(`${chatty.url}${STREAM}?alt=sse`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const text = await response.text();
    const events = text.split("\r\n\r\n").filter((e) => e.length > 0);
    expect(events.every((e) => e.startsWith("data: "))).toBe(true);
    const chunks = events.map((e) => JSON.parse(e.slice("data: ".length)));
    expect(chunks).toHaveLength(4);

    const unary = (await post(chatty, generate("gemini-3-pro-image"), body)).json;
    expect(partsOf(chunks)).toEqual(unary.candidates[0].content.parts);
    expect(chunks.at(-1).usageMetadata).toEqual(unary.usageMetadata);
    expect(chunks.at(-1).candidates[0].finishReason).toBe("STOP");
    expect(chunks.slice(0, -1).every((c) => c.usageMetadata === undefined && c.candidates[0].finishReason === undefined)).toBe(true);
    const png = decodeBase64Png(partsOf(chunks).at(-1).inlineData.data);
    expect([png.width, png.height]).toEqual([2752, 1536]);
    expect(chatty.requests.at(-2)!.stream).toBe(true);
  });

  it("sends one JSON array of chunks without alt=sse", async () => {
    const reply = await post(chatty, STREAM, imageRequest());
    expect(reply.status).toBe(200);
    expect(Array.isArray(reply.json)).toBe(true);
    expect(partsOf(reply.json)).toHaveLength(4);
    expect(reply.json.at(-1).usageMetadata.candidatesTokenCount).toBeGreaterThan(0);
  });

  it("answers errors on the stream endpoint as plain JSON bodies", async () => {
    const reply = await post(server, `${STREAM}?alt=sse`, imageRequest(undefined, { size: "1024x1024" }));
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toBe('Invalid JSON payload received. Unknown name "size": Cannot find field.');
  });
});
