/**
 * The client's overhead, side by side with a raw `fetch`:
 * - a full `generateImage` (build, validate, send, parse, pick the final image, read its
 *   header) against `fetch` + `response.json()` of the same body to the same loopback test
 *   server;
 * - a 4K answer the size of a photographic PNG (5504x3072 header plus 16 MiB of data) against
 *   `fetch` + `json()` + decoding the base64 by hand, in time and in memory retained.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32 } from "node:zlib";
import { compareAsync, measureMemory, type RatioResult } from "../../../test/bench.js";
import { encodePng, startTestServer } from "@gemini-image/test-server";
import { buildRequest, createGeminiImageClient } from "../src/index.js";

const KEY = "bench-key";
const FOUR_K_PADDING = 16 * 1024 * 1024;

/** A valid PNG with a private ancillary chunk (decoders skip it) padding it to a realistic size. */
function paddedPng(width: number, height: number, padding: number): Buffer {
  const png = encodePng(width, height, { colors: [[0, 0, 0], [255, 255, 255]], cell: 64 });
  const data = randomBytes(padding);
  const chunk = Buffer.alloc(12 + padding);
  chunk.writeUInt32BE(padding, 0);
  chunk.write("prVt", 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + padding)), 8 + padding);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

export default async function clientBench(): Promise<RatioResult[]> {
  const results: RatioResult[] = [];
  const server = await startTestServer({ apiKey: KEY, thoughtImages: 2, textPart: true });
  try {
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: server.url });
    const request = { model: "gemini-3-pro-image", prompt: "a lighthouse at dusk", imageSize: "1K", aspectRatio: "16:9" } as const;
    const body = JSON.stringify(buildRequest(request).body);
    const url = `${server.url}/v1beta/models/${request.model}:generateContent`;
    results.push(
      await compareAsync({
        name: "client generateImage round trip vs raw fetch + json() (1K 16:9, 2 thought images, loopback)",
        ours: () => client.generateImage(request),
        baseline: async () => (await fetch(url, { method: "POST", headers: { "x-goog-api-key": KEY, "content-type": "application/json" }, body })).json(),
      }),
    );
  } finally {
    await server.close();
  }

  // A fixed 4K answer from a plain loopback server, so both sides read the same bytes.
  const image = paddedPng(5504, 3072, FOUR_K_PADDING);
  const answer = JSON.stringify({
    candidates: [{ content: { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: image.toString("base64") } }] }, finishReason: "STOP" }],
  });
  const big = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
  });
  await new Promise<void>((resolve) => big.listen(0, "127.0.0.1", resolve));
  try {
    const base = `http://127.0.0.1:${(big.address() as AddressInfo).port}`;
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: base });
    const request = { model: "gemini-3-pro-image", prompt: "a lighthouse", imageSize: "4K", aspectRatio: "16:9" } as const;
    const raw = async () => {
      const json = (await (await fetch(`${base}/v1beta/models/gemini-3-pro-image:generateContent`, { method: "POST", body: "{}" })).json()) as {
        candidates: { content: { parts: { inlineData: { data: string } }[] } }[];
      };
      return Buffer.from(json.candidates[0]!.content.parts[0]!.inlineData.data, "base64");
    };
    // Memory first, before any timed round leaves results behind: what one result keeps alive.
    await client.generateImage(request);
    const ours = await measureMemory(() => client.generateImage(request));
    const kept = ours.heapUsedBytes + ours.externalBytes;
    const baseline = await measureMemory(raw);
    const keptRaw = baseline.heapUsedBytes + baseline.externalBytes;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    console.log(
      `  memory kept by one 4K result (${ours.value.image.width}x${ours.value.image.height}, ${mb(image.length)} of PNG): ` +
        `client ${mb(kept)}, raw decode ${mb(keptRaw)} (approximate: heap + external growth after a GC)`,
    );
    results.push(
      await compareAsync({
        name: `client on a 4K answer (${(answer.length / 1e6).toFixed(1)} MB JSON) vs raw fetch + json() + base64 decode`,
        ours: () => client.generateImage(request),
        baseline: raw,
        iterations: 3,
        rounds: 5,
      }),
    );
  } finally {
    big.closeAllConnections();
    await new Promise((resolve) => big.close(resolve));
  }
  return results;
}
