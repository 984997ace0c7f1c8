import { Agent, createServer, request, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { pngSize, startTestServer, type TestServer } from "@gemini-image/test-server";
import { createGuard, type GuardMode } from "../src/index.js";

// The guard must leave the request stream readable, holding the forwarded body: these tests
// put it in front of handlers that never look at req.body or req.rawBody.

const PRO_PATH = "/v1beta/models/gemini-3-pro-image:generateContent";
const good = { contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] } };
// Google answers 400 for `size` (strict test server); repair turns it into imageConfig 2K 16:9.
const withSize = { contents: [{ parts: [{ text: "a cat" }] }], size: "1792x1024" };

const servers: Server[] = [];
const testServers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  await Promise.all(testServers.splice(0).map((s) => s.close()));
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A proxy written as people write them: headers copied, `req.pipe(upstream)`, answer piped back. */
function pipingProxy(upstream: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const target = new URL(req.url ?? "/", upstream);
    const outgoing = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    outgoing.on("error", (error) => res.writeHead(502).end(String(error)));
    req.pipe(outgoing);
  };
}

interface Answer {
  readonly status: number;
  readonly text: string;
}

/** POSTs `body` with node:http; `chunked` sends it in two writes without a content-length. */
function post(url: string, body: string, options: { chunked?: boolean; agent?: Agent; timeoutMs?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = { "content-type": "application/json", "x-goog-api-key": "k" };
    if (!options.chunked) headers["content-length"] = Buffer.byteLength(body);
    const outgoing = request(url, { method: "POST", headers, agent: options.agent, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      answer.on("error", reject);
    });
    outgoing.on("error", reject);
    if (options.chunked) {
      const half = Math.floor(body.length / 2);
      outgoing.write(body.slice(0, half));
      setTimeout(() => outgoing.end(body.slice(half)), 5);
    } else {
      outgoing.end(body);
    }
  });
}

const imageSizeOf = (text: string) => {
  const parts = (JSON.parse(text) as { candidates: { content: { parts: { inlineData?: { data: string } }[] } }[] }).candidates[0]!.content.parts;
  return pngSize(Buffer.from(parts.at(-1)!.inlineData!.data, "base64"));
};

describe("the guard in front of a piping proxy to the test server", () => {
  async function proxyFor(mode: GuardMode): Promise<{ proxy: string; upstream: TestServer }> {
    const upstream = await startTestServer({ mode: "strict" });
    testServers.push(upstream);
    const proxy = await listen(createGuard({ mode, log: false }).node(pipingProxy(upstream.url)));
    return { proxy, upstream };
  }

  it("reject: a good body reaches the server byte for byte; a bad one never leaves the guard", async () => {
    const { proxy, upstream } = await proxyFor("reject");
    const text = JSON.stringify(good, null, 1);
    const passed = await post(`${proxy}${PRO_PATH}`, text);
    expect(passed.status).toBe(200);
    expect(imageSizeOf(passed.text)).toEqual({ width: 1024, height: 1024 });
    expect(upstream.requests[0]!.rawBody).toBe(text);
    expect(upstream.requests[0]!.headers["content-length"]).toBe(String(Buffer.byteLength(text)));

    const rejected = await post(`${proxy}${PRO_PATH}`, JSON.stringify(withSize));
    expect(rejected.status).toBe(400);
    expect(upstream.requests).toHaveLength(1);
  });

  it("repair: the server gets the repaired body with its own content-length, also from a chunked request", async () => {
    const { proxy, upstream } = await proxyFor("repair");
    for (const chunked of [false, true]) {
      const answer = await post(`${proxy}${PRO_PATH}`, JSON.stringify(withSize), { chunked });
      expect(answer.status).toBe(200);
      expect(imageSizeOf(answer.text)).toEqual({ width: 2752, height: 1536 });
    }
    for (const received of upstream.requests) {
      expect(received.body).toEqual({ contents: withSize.contents, generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" }, responseModalities: ["IMAGE"] } });
      expect(received.headers["content-length"]).toBe(String(Buffer.byteLength(received.rawBody)));
      expect(received.headers["transfer-encoding"]).toBeUndefined();
    }
  });

  it("report: the body goes on untouched, so the strict server answers Google's 400 itself", async () => {
    const { proxy, upstream } = await proxyFor("report");
    const text = JSON.stringify(withSize);
    const answer = await post(`${proxy}${PRO_PATH}`, text);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Unknown name \\"size\\"');
    expect(upstream.requests[0]!.rawBody).toBe(text);
  });
});

describe("the guarded request stream", () => {
  /** An upstream that answers how many bytes it got and what they were. */
  async function echoUpstream(): Promise<string> {
    return listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.end(Buffer.concat(chunks));
    });
  }

  it("reads the repaired body with for await, on('data')/on('end'), and as a fetch body", async () => {
    const upstream = await echoUpstream();
    const readers: Record<string, (req: IncomingMessage) => Promise<string>> = {
      "for await": async (req) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString("utf8");
      },
      events: (req) =>
        new Promise((resolve) => {
          let text = "";
          req.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
          req.on("end", () => resolve(text));
        }),
      fetch: async (req) => {
        const init = { method: "POST", body: req, duplex: "half" } as unknown as RequestInit;
        return (await fetch(`${upstream}/echo`, init)).text();
      },
    };
    for (const [name, read] of Object.entries(readers)) {
      const guard = createGuard({ mode: "repair", log: false });
      const base = await listen(
        guard.node(async (req, res) => {
          // Read after a pause too: the bytes wait in the stream.
          await new Promise((resolve) => setTimeout(resolve, 10));
          const text = await read(req);
          res.end(JSON.stringify({ text, length: req.headers["content-length"], raw: req.rawBody?.toString("utf8") }));
        }),
      );
      const answer = JSON.parse((await post(`${base}${PRO_PATH}`, JSON.stringify(withSize))).text) as { text: string; length: string; raw: string };
      expect(JSON.parse(answer.text), name).toMatchObject({ generationConfig: { imageConfig: { imageSize: "2K" } } });
      expect(answer.raw, name).toBe(answer.text);
      expect(Number(answer.length), name).toBe(Buffer.byteLength(answer.text));
    }
  });

  it("lets a body parser after the guard middleware read the stream", async () => {
    const guard = createGuard({ mode: "reject", log: false });
    const base = await listen((req, res) => {
      guard.middleware(req, res, async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        res.end(Buffer.concat(chunks));
      });
    });
    const text = JSON.stringify(good);
    expect((await post(`${base}${PRO_PATH}`, text)).text).toBe(text);
  });
});

describe("the guard under load on loopback", () => {
  it("answers 3,000 requests at 50 concurrent: no hang, no error, every bad body rejected, heap back near its start", async () => {
    // gc() for this process only, to read the heap after collection.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const upstream = await listen(async (req, res) => {
      let size = 0;
      for await (const chunk of req) size += (chunk as Buffer).length;
      res.end(String(size));
    });
    const proxy = await listen(createGuard({ mode: "reject", log: false }).node(pipingProxy(upstream)));
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const goodText = JSON.stringify(good);
    const badText = JSON.stringify(withSize);

    async function run(total: number): Promise<{ hangs: number; errors: number; goodOk: number; badRejected: number; wrong: number }> {
      const tally = { hangs: 0, errors: 0, goodOk: 0, badRejected: 0, wrong: 0 };
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < total) {
          const bad = next++ % 3 === 0;
          try {
            const answer = await post(`${proxy}${PRO_PATH}`, bad ? badText : goodText, { agent });
            if (bad && answer.status === 400) tally.badRejected++;
            else if (!bad && answer.status === 200 && answer.text === String(Buffer.byteLength(goodText))) tally.goodOk++;
            else tally.wrong++;
          } catch (error) {
            if ((error as Error).name === "TimeoutError" || (error as Error).name === "AbortError") tally.hangs++;
            else tally.errors++;
          }
        }
      };
      await Promise.all(Array.from({ length: 50 }, worker));
      return tally;
    }

    await run(300); // warm-up: JIT, sockets, lazily built validators
    gc();
    const before = process.memoryUsage().heapUsed;
    const tally = await run(3000);
    agent.destroy();
    gc();
    const after = process.memoryUsage().heapUsed;
    expect(tally).toEqual({ hangs: 0, errors: 0, goodOk: 2000, badRejected: 1000, wrong: 0 });
    // A leak of the requests themselves (kilobytes each) would be over 10 MB here.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  }, 120_000);
});
