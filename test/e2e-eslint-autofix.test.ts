/**
 * Code fixed by the ESLint plugin's autofixes runs against Google's behaviour (the strict test
 * server): before the fixes the server answers 400 ("1k", "16x9"), after them 200 with the
 * protocol's exact pixels.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Linter } from "eslint";
import { afterEach, describe, expect, it } from "vitest";
import plugin from "eslint-plugin-gemini-image";
import { parseResponse } from "@gemini-image/client";
import { outputPixels } from "@gemini-image/protocol";
import { startTestServer, type TestServer } from "@gemini-image/test-server";

const KEY = "autofix-key";
const APP = `export async function generate(base, key) {
  const body = {
    contents: [{ parts: [{ text: "a fox in the snow" }] }],
    generation_config: {
      response_modalities: ["IMAGE"],
      image_config: { image_size: "2k", aspect_ratio: "16x9" },
    },
  };
  const response = await fetch(\`\${base}/v1beta/models/gemini-3-pro-image:generateContent\`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}
`;

type App = { generate(base: string, key: string): Promise<{ status: number; json: unknown }> };

async function load(source: string): Promise<App> {
  const file = join(mkdtempSync(join(tmpdir(), "autofix-")), "app.mjs");
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as App;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("ESLint autofixes against the strict server", () => {
  it("turns a 400 into a 200 with the protocol's pixels", async () => {
    server = await startTestServer({ apiKey: KEY });
    const before = await (await load(APP)).generate(server.url, KEY);
    expect(before.status).toBe(400);

    const linter = new Linter({ configType: "flat" });
    // typescript-eslint types its flat configs apart from ESLint's own; they are the same objects.
    const config = plugin.configs.recommended as unknown as Linter.Config[];
    const fixed = linter.verifyAndFix(APP, config, { filename: "app.mjs" });
    expect(fixed.fixed).toBe(true);
    expect(fixed.messages.filter((m) => m.fatal)).toEqual([]);
    expect(fixed.output).toContain('imageSize: "2K"');
    expect(fixed.output).toContain('aspectRatio: "16:9"');

    const after = await (await load(fixed.output)).generate(server.url, KEY);
    expect(after.status).toBe(200);
    const image = parseResponse(after.json).image;
    expect({ width: image?.width, height: image?.height }).toEqual(outputPixels("gemini-3-pro-image", "2K", "16:9"));
  });
});
