import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { encodePng } from "@gemini-image/test-server";

/** A recorded request. */
export interface Recorded {
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One scripted answer: status, JSON body (or raw text), and an optional delay. */
export interface Answer {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly delayMs?: number;
}

/**
 * A loopback HTTP server that replays `answers` in order (the last one repeats) and records
 * every request, for exercising the client over real HTTP.
 */
export async function scriptedServer(answers: readonly Answer[]) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!;
      const send = (): void => {
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(answer.text ?? JSON.stringify(answer.json ?? {}));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A real, decodable PNG of the given size (the test server's encoder). */
export function png(width: number, height: number): Buffer {
  return encodePng(width, height, { colors: [[0, 0, 0], [255, 255, 255]], cell: 16 });
}

/** A response with the given parts, as Gemini shapes it. */
export function geminiResponse(parts: readonly unknown[], usage = { promptTokenCount: 10, candidatesTokenCount: 1120, totalTokenCount: 1130 }) {
  return { candidates: [{ content: { role: "model", parts }, finishReason: "STOP" }], usageMetadata: usage };
}

/** An inlineData image part. */
export function imagePart(bytes: Buffer, extra: Record<string, unknown> = {}) {
  return { inlineData: { mimeType: "image/png", data: bytes.toString("base64") }, ...extra };
}

/** Google's 429 with RetryInfo. */
export function rateLimited(retryDelay?: string) {
  return {
    status: 429,
    json: {
      error: {
        code: 429,
        status: "RESOURCE_EXHAUSTED",
        message: `You exceeded your current quota.${retryDelay ? ` Please retry in ${retryDelay}.` : ""}`,
        details: retryDelay ? [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay }] : [],
      },
    },
  } as const;
}
