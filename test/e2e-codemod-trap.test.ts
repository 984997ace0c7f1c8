/**
 * The article's "silent ignore" trap, end to end: OpenAI-habit code against a lenient gateway
 * gets the default 1K square; the same code after `migrate` gets 16:9 at the mapped tier, with
 * exactly the protocol's pixels, from the lenient and the strict server alike.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseResponse } from "@gemini-image/client";
import { migrateSource } from "@gemini-image/codemod";
import { outputPixels, toImageConfig } from "@gemini-image/protocol";
import { startTestServer, type TestServer } from "@gemini-image/test-server";

const KEY = "trap-key";
const APP = `// An app written with DALL-E habits.
export async function generate(base, key, prompt) {
  const body = {
    contents: [{ parts: [{ text: prompt }] }],
    size: "1792x1024",
    n: 1,
  };
  const response = await fetch(\`\${base}/v1beta/models/gemini-3-pro-image:generateContent\`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}
`;

type App = { generate(base: string, key: string, prompt: string): Promise<{ status: number; json: unknown }> };

async function load(source: string): Promise<App> {
  const file = join(mkdtempSync(join(tmpdir(), "trap-")), "app.mjs");
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as App;
}

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(mode: "strict" | "lenient"): Promise<TestServer> {
  const server = await startTestServer({ mode, apiKey: KEY });
  servers.push(server);
  return server;
}

function pixels(json: unknown): { width?: number; height?: number } {
  const image = parseResponse(json).image;
  return { width: image?.width, height: image?.height };
}

describe("size: the silent-ignore trap and the codemod's fix", () => {
  it("a lenient gateway drops size and answers the default 1024x1024", async () => {
    const lenient = await serve("lenient");
    const { status, json } = await (await load(APP)).generate(lenient.url, KEY, "a harbour at dawn");
    expect(status).toBe(200);
    expect(pixels(json)).toEqual({ width: 1024, height: 1024 });
    expect(lenient.requests[0]!.droppedFields).toContain("size");
  });

  it("Google (the strict server) rejects the same body with 400 naming size", async () => {
    const strict = await serve("strict");
    const { status, json } = await (await load(APP)).generate(strict.url, KEY, "a harbour at dawn");
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toContain('Unknown name \\"size\\"');
  });

  it("after migrate, both servers answer 16:9 at the mapped tier with the protocol's exact pixels", async () => {
    const migrated = migrateSource(APP, "app.mjs");
    expect(migrated.changed).toBe(true);
    expect(migrated.followUps).toEqual([]);
    const app = await load(migrated.output);
    const mapping = toImageConfig("1792x1024", { model: "gemini-3-pro-image" });
    const expected = outputPixels("gemini-3-pro-image", mapping.imageSize, mapping.aspectRatio);
    expect(expected).toEqual({ width: 2752, height: 1536 });
    for (const mode of ["lenient", "strict"] as const) {
      const server = await serve(mode);
      const { status, json } = await app.generate(server.url, KEY, "a harbour at dawn");
      expect(status, mode).toBe(200);
      expect(pixels(json), mode).toEqual(expected);
      expect(server.requests[0]!.droppedFields, mode).toEqual([]);
    }
  });
});
