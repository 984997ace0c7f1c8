/**
 * The client's overhead: a full `generateImage` (build, validate, send, parse, find the final
 * image, read its header) against a raw `fetch` + `response.json()` of the same body to the
 * same loopback test server, and the memory a 4K answer holds.
 */
import { compareAsync, measureMemory, type RatioResult } from "../../../test/bench.js";
import { startTestServer } from "@gemini-image/test-server";
import { buildRequest, createGeminiImageClient } from "../src/index.js";

const KEY = "bench-key";

export default async function clientBench(): Promise<RatioResult[]> {
  const server = await startTestServer({ apiKey: KEY, thoughtImages: 2, textPart: true });
  try {
    const client = createGeminiImageClient({ apiKey: KEY, baseUrl: server.url });
    const request = { model: "gemini-3-pro-image", prompt: "a lighthouse at dusk", imageSize: "1K", aspectRatio: "16:9" } as const;
    const body = JSON.stringify(buildRequest(request).body);
    const url = `${server.url}/v1beta/models/${request.model}:generateContent`;
    const rawFetch = async () => {
      const response = await fetch(url, { method: "POST", headers: { "x-goog-api-key": KEY, "content-type": "application/json" }, body });
      return response.json();
    };
    const roundTrip = await compareAsync({
      name: "client generateImage round trip vs raw fetch + json() (1K 16:9, 2 thought images, loopback)",
      ours: () => client.generateImage(request),
      baseline: rawFetch,
    });

    const fourK = { ...request, imageSize: "4K" } as const;
    const memory = await measureMemory(() => client.generateImage(fourK));
    const bytes = memory.value.image.data.byteLength;
    console.log(
      `  memory for a 4K answer (${memory.value.image.width}x${memory.value.image.height}, ${bytes} bytes of PNG from the test server): ` +
        `heap +${Math.round(memory.heapUsedBytes / 1024)} KiB, external +${Math.round(memory.externalBytes / 1024)} KiB`,
    );
    return [roundTrip];
  } finally {
    await server.close();
  }
}
