import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGuard, redactKey, type GuardLogEntry, type GuardedRequest, type GuardOptions } from "../src/index.js";

const PRO_PATH = "/v1beta/models/gemini-3-pro-image:generateContent";
const FLASH_PATH = "/v1beta/models/gemini-3.1-flash-image:generateContent";
const good = { contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] } };
const withSize = { contents: [{ parts: [{ text: "a cat" }] }], size: "1792x1024" };
const small = { ...good, generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "512" } } };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Starts a server on 127.0.0.1 and answers its base URL. */
async function listen(handler: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The upstream stand-in: answers what reached it. */
function echo(req: GuardedRequest, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ received: req.body, raw: req.rawBody?.toString("utf8"), length: req.headers["content-length"] }));
}

function guardWithLog(options: Omit<GuardOptions, "log">): { entries: GuardLogEntry[]; guard: ReturnType<typeof createGuard> } {
  const entries: GuardLogEntry[] = [];
  return { entries, guard: createGuard({ ...options, log: (entry) => entries.push(entry) }) };
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("createGuard as a Node http handler wrapper", () => {
  it("rejects in Google's 400 format with fieldViolations, taking the model from the path", async () => {
    const { guard, entries } = guardWithLog({ mode: "reject" });
    const base = await listen(guard.node(echo));
    const response = await post(`${base}${PRO_PATH}?key=SECRET`, small);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: number; status: string; message: string; details: { "@type": string; fieldViolations: { field: string; description: string }[] }[] } };
    expect(payload.error.code).toBe(400);
    expect(payload.error.status).toBe("INVALID_ARGUMENT");
    expect(payload.error.details[0]!["@type"]).toBe("type.googleapis.com/google.rpc.BadRequest");
    expect(payload.error.details[0]!.fieldViolations).toEqual([
      { field: "generationConfig.imageConfig.imageSize", description: expect.stringContaining('"1K", "2K", "4K"') },
    ]);
    expect(entries[0]).toMatchObject({ action: "rejected", method: "POST", url: PRO_PATH });
    expect(JSON.stringify(entries)).not.toContain("SECRET");
  });

  it("forwards what the path's model accepts", async () => {
    const { guard } = guardWithLog({ mode: "reject" });
    const base = await listen(guard.node(echo));
    const response = await post(`${base}${FLASH_PATH}`, small);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { received: unknown }).received).toEqual(small);
  });

  it("answers a body that is not JSON with a 400 that says so", async () => {
    const base = await listen(createGuard({ mode: "reject", log: false }).node(echo));
    const response = await post(`${base}${PRO_PATH}`, "size=1024x1024");
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { message: string } };
    expect(payload.error.message).toContain("it is not JSON");
  });

  it("repairs and forwards the repaired body, logging the changes", async () => {
    const { guard, entries } = guardWithLog({ mode: "repair" });
    const base = await listen(guard.node(echo));
    const response = await post(`${base}${PRO_PATH}`, withSize);
    const answer = (await response.json()) as { received: unknown; raw: string; length: string };
    const repaired = { contents: withSize.contents, generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" }, responseModalities: ["IMAGE"] } };
    expect(answer.received).toEqual(repaired);
    expect(JSON.parse(answer.raw)).toEqual(repaired);
    expect(Number(answer.length)).toBe(Buffer.byteLength(answer.raw));
    expect(entries[0]!.action).toBe("repaired");
    expect(entries[0]!.changes.map((c) => c.code)).toEqual(["openai-size", "missing-response-modalities"]);
  });

  it("only logs in report mode and forwards the body unchanged", async () => {
    const { guard, entries } = guardWithLog({ mode: "report", model: "gemini-3-pro-image" });
    const base = await listen(guard.node(echo));
    const text = JSON.stringify(withSize);
    const response = await post(`${base}/anything:generateContent`, text);
    const answer = (await response.json()) as { raw: string };
    expect(answer.raw).toBe(text);
    expect(entries[0]!.action).toBe("reported");
    expect(entries[0]!.findings.map((f) => f.code)).toEqual(["openai-size"]);
  });

  it("leaves other requests alone", async () => {
    const { guard, entries } = guardWithLog({ mode: "reject" });
    const base = await listen(guard.node((req, res) => {
      res.end(`${req.method} ${req.url}`);
    }));
    expect(await (await fetch(`${base}${PRO_PATH}`)).text()).toBe(`GET ${PRO_PATH}`);
    expect(await (await post(`${base}/v1beta/models`, "not json")).text()).toBe("POST /v1beta/models");
    expect(entries).toEqual([]);
  });

  it("answers 413 past the size limit without reading the rest", async () => {
    const base = await listen(createGuard({ mode: "reject", log: false, maxBodyBytes: 1000 }).node(echo));
    const response = await post(`${base}${PRO_PATH}`, { contents: [{ parts: [{ text: "x".repeat(5000) }] }] });
    expect(response.status).toBe(413);
  });
});

describe("createGuard as Express/Connect middleware", () => {
  /** A Connect-style chain: each middleware calls next() to pass on. */
  function chain(...stack: ((req: GuardedRequest, res: ServerResponse, next: (error?: unknown) => void) => void)[]) {
    return (req: IncomingMessage, res: ServerResponse) => {
      const run = (index: number, error?: unknown): void => {
        if (error) {
          res.writeHead(500).end(String(error));
          return;
        }
        stack[index]?.(req, res, (e) => run(index + 1, e));
      };
      run(0);
    };
  }

  it("rejects, or passes on with req.body set", async () => {
    const guard = createGuard({ mode: "reject", log: false });
    const base = await listen(chain(guard.middleware, (req, res) => echo(req, res)));
    expect((await post(`${base}${PRO_PATH}`, withSize)).status).toBe(400);
    const response = await post(`${base}${PRO_PATH}`, good);
    expect(((await response.json()) as { received: unknown }).received).toEqual(good);
  });

  it("uses a body that express.json() already parsed", async () => {
    const guard = createGuard({ mode: "repair", log: false });
    const parsed = (req: GuardedRequest, _res: ServerResponse, next: () => void) => {
      req.body = { contents: [{ parts: [{ text: "x" }] }], generationConfig: { imageConfig: { imageSize: "1k" } } };
      req.resume();
      next();
    };
    const base = await listen(chain(parsed, guard.middleware, (req, res) => echo(req, res)));
    const response = await post(`${base}${PRO_PATH}`, "ignored");
    const { received } = (await response.json()) as { received: { generationConfig: unknown } };
    expect(received.generationConfig).toEqual({ imageConfig: { imageSize: "1K" }, responseModalities: ["IMAGE"] });
  });
});

describe("createGuard as a fetch-style function", () => {
  it("answers a Response for bad bodies and a Request to forward for good ones", async () => {
    const guard = createGuard({ mode: "reject", log: false });
    const rejected = await guard.fetch(new Request(`https://gateway.example${PRO_PATH}`, { method: "POST", body: JSON.stringify(withSize) }));
    expect(rejected).toBeInstanceOf(Response);
    expect((rejected as Response).status).toBe(400);
    const passed = await guard.fetch(new Request(`https://gateway.example${PRO_PATH}`, { method: "POST", body: JSON.stringify(good) }));
    expect(passed).toBeInstanceOf(Request);
    expect(await (passed as Request).json()).toEqual(good);
  });

  it("forwards the repaired Request to a real upstream on loopback", async () => {
    const upstream = await listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.end(Buffer.concat(chunks));
    });
    const guard = createGuard({ mode: "repair", log: false });
    const forwarded = await guard.fetch(
      new Request(`${upstream}${PRO_PATH}`, { method: "POST", headers: { "x-goog-api-key": "k" }, body: JSON.stringify(withSize) }),
    );
    expect((forwarded as Request).headers.get("x-goog-api-key")).toBe("k");
    const response = await fetch(forwarded as Request);
    expect(await response.json()).toMatchObject({ generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" } } });
  });
});

describe("createGuard on text requests", () => {
  // Google's REST API accepts snake_case; only image requests get snake_case findings.
  const textBody = { contents: [{ parts: [{ text: "Summarise Hamlet" }] }], generation_config: { max_output_tokens: 256 } };
  const TEXT_PATH = "/v1beta/models/gemini-2.5-flash:generateContent";

  it("forwards a text model's snake_case body unchanged, in reject and repair mode", () => {
    for (const mode of ["reject", "repair"] as const) {
      const decision = createGuard({ mode, log: false }).check(JSON.stringify(textBody), { method: "POST", url: TEXT_PATH });
      expect(decision).toMatchObject({ action: "forward", changed: false, body: textBody });
    }
  });

  it("still rejects the same snake_case on an image model", () => {
    const decision = createGuard({ mode: "reject", log: false }).check(JSON.stringify(textBody), { method: "POST", url: FLASH_PATH });
    expect(decision).toMatchObject({ action: "respond", status: 400 });
  });
});

describe("createGuard options", () => {
  it("says which modes exist when given another", () => {
    expect(() => createGuard({ mode: "block" as never })).toThrow('mode must be "reject", "repair" or "report", not "block".');
  });
});

describe("redactKey", () => {
  it("removes the key parameter wherever it is", () => {
    expect(redactKey("/m:generateContent?key=abc")).toBe("/m:generateContent");
    expect(redactKey("/m:generateContent?key=abc&alt=sse")).toBe("/m:generateContent?alt=sse");
    expect(redactKey("/m:generateContent?alt=sse&key=abc")).toBe("/m:generateContent?alt=sse");
  });
});

describe("createGuard on the Interactions endpoint", () => {
  const INTERACTIONS_PATH = "/v1beta/interactions";
  const habits = { model: "gemini-3-pro-image", input: "a cat", responseFormat: { type: "image" }, size: "1792x1024" };

  it("rejects in the Interactions format: a string code, no status, no details", async () => {
    const { guard, entries } = guardWithLog({ mode: "reject" });
    const base = await listen(guard.node(echo));
    const response = await post(`${base}${INTERACTIONS_PATH}?key=SECRET`, habits);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: Record<string, unknown> };
    expect(Object.keys(payload.error).sort()).toEqual(["code", "message"]);
    expect(payload.error.code).toBe("invalid_request");
    expect(payload.error.message).toContain("/responseFormat: `responseFormat` is camelCase");
    expect(payload.error.message).toContain("/size: `size` is an OpenAI field");
    expect(entries[0]).toMatchObject({ action: "rejected", api: "interactions", url: INTERACTIONS_PATH });
    expect(JSON.stringify(entries)).not.toContain("SECRET");
  });

  it("forwards Google's sample shape untouched, and generateContent still answers Google's format", async () => {
    const { guard } = guardWithLog({ mode: "reject" });
    const base = await listen(guard.node(echo));
    const sample = { model: "gemini-3.1-flash-image", response_modalities: ["image"], input: "A futuristic cityscape at sunset" };
    const passed = await post(`${base}${INTERACTIONS_PATH}`, sample);
    expect(passed.status).toBe(200);
    expect(((await passed.json()) as { received: unknown }).received).toEqual(sample);
    const rejected = (await (await post(`${base}${PRO_PATH}`, small)).json()) as { error: { code: unknown; status: unknown } };
    expect(rejected.error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
  });

  it("repairs an Interactions body with the model its body names", async () => {
    const { guard, entries } = guardWithLog({ mode: "repair" });
    const base = await listen(guard.node(echo));
    const answer = (await (await post(`${base}${INTERACTIONS_PATH}`, habits)).json()) as { received: unknown };
    expect(answer.received).toEqual({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "2K", aspect_ratio: "16:9" } });
    expect(entries[0]).toMatchObject({ action: "repaired", api: "interactions" });
  });

  it("answers a body that is not JSON, and a fetch-style request, in the Interactions format", async () => {
    const base = await listen(createGuard({ mode: "reject", log: false }).node(echo));
    const notJson = (await (await post(`${base}${INTERACTIONS_PATH}`, "model=x")).json()) as { error: { code: string; message: string } };
    expect(notJson.error.code).toBe("invalid_request");
    expect(notJson.error.message).toContain("Send one JSON object with `input`");
    const guard = createGuard({ mode: "reject", log: false });
    const rejected = (await guard.fetch(new Request(`https://gateway.example${INTERACTIONS_PATH}`, { method: "POST", body: JSON.stringify(habits) }))) as Response;
    expect(rejected.status).toBe(400);
    expect(((await rejected.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  });
});
