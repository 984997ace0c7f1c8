/**
 * `migrate --to interactions` end to end (issue 13): each moved SDK and REST fixture, run against
 * the strict test server, gets from `/v1beta/interactions` the image size its generateContent
 * original got from `:generateContent`, the protocol's pixels, which the client asked with
 * `api: "interactions"` gets too; and ESLint's `all` config reports nothing on the outputs.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeminiImageClient, imageDimensions, type GenerateImageOptions } from "@gemini-image/client";
import { outputPixels, type AspectRatio, type ImageSize, type ModelId } from "@gemini-image/protocol";
import { encodePng, startTestServer, type TestServer } from "@gemini-image/test-server";
import plugin from "eslint-plugin-gemini-image";

const KEY = "to-interactions-key";
const FIXTURES = fileURLToPath(new URL("../packages/codemod/__testfixtures__/to-interactions/", import.meta.url));
const INPUT_PNG = encodePng(32, 32, { colors: [[0, 0, 0], [255, 255, 255]], cell: 4 }).toString("base64");
const written: string[] = [];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ mode: "strict", apiKey: KEY, textPart: true });
  // The SDK fixture builds its client from these when it is imported.
  process.env.GEMINI_API_KEY = KEY;
  process.env.GEMINI_BASE_URL = server.url;
});
afterAll(async () => {
  await server.close();
  for (const file of written) rmSync(file, { force: true });
});

/** A fixture as a module: TypeScript compiled to JS beside this test, so @google/genai resolves. */
async function load<T>(name: string): Promise<T> {
  let file = `${FIXTURES}${name}`;
  if (name.endsWith(".ts")) {
    const js = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    file = fileURLToPath(new URL(`./.to-interactions-${name.replace(/\W/gu, "-")}.mjs`, import.meta.url));
    writeFileSync(file, js);
    written.push(file);
  }
  return (await import(pathToFileURL(file).href)) as T;
}

const pixelsOf = (base64: string | undefined) => (base64 === undefined ? undefined : imageDimensions(Buffer.from(base64, "base64")));

/** What the last request went to, and how it was answered. */
const lastSent = () => ({ api: server.requests.at(-1)!.api, status: server.requests.at(-1)!.status });

interface Case {
  readonly name: string;
  readonly fixture: string;
  /** Runs the fixture's function and returns the image's base64. */
  readonly run: (module: Record<string, (...args: never[]) => Promise<unknown>>) => Promise<string | undefined>;
  /** The same request as client options. */
  readonly client: Omit<GenerateImageOptions, "api" | "prompt">;
  readonly expected: { model: ModelId; imageSize?: ImageSize; aspectRatio?: AspectRatio };
}

type Fn = (...args: unknown[]) => Promise<unknown>;
const call = (module: Record<string, unknown>, name: string, ...args: unknown[]) => (module[name] as Fn)(...args);

const CASES: readonly Case[] = [
  {
    name: "SDK: a prompt with image settings, the first image part read",
    fixture: "genai-sdk",
    run: async (m) => (await call(m, "banner", "a harbour at dawn")) as string | undefined,
    client: { model: "gemini-3-pro-image", aspectRatio: "16:9", imageSize: "2K" },
    expected: { model: "gemini-3-pro-image", imageSize: "2K", aspectRatio: "16:9" },
  },
  {
    name: "SDK: text and an inline image in one turn, a loop over the parts",
    fixture: "genai-sdk",
    run: async (m) => ((await call(m, "recolor", INPUT_PNG)) as string[]).findLast((entry) => pixelsOf(entry) !== undefined),
    client: { model: "gemini-3.1-flash-image", images: [{ data: INPUT_PNG, mimeType: "image/png" }] },
    expected: { model: "gemini-3.1-flash-image" },
  },
  {
    name: "SDK: the parts and the found image part held in consts",
    fixture: "genai-sdk",
    run: async (m) => ((await call(m, "poster", "a fox")) as { data: string }).data,
    client: { model: "gemini-3-pro-image", aspectRatio: "2:3", responseModalities: ["IMAGE"] },
    expected: { model: "gemini-3-pro-image", aspectRatio: "2:3" },
  },
  {
    name: "REST: fetch with image settings, the first image part read",
    fixture: "rest",
    run: async (m) => (await call(m, "generate", server.url, KEY, "a harbour at dawn")) as string | undefined,
    client: { model: "gemini-3-pro-image", aspectRatio: "3:2", imageSize: "1K" },
    expected: { model: "gemini-3-pro-image", imageSize: "1K", aspectRatio: "3:2" },
  },
  {
    name: "REST: a system instruction, an inline image, snake_case settings, a loop over the parts",
    fixture: "rest",
    run: async (m) => (await call(m, "sketch", server.url, KEY, "a fox", INPUT_PNG)) as string | undefined,
    client: { model: "gemini-3.1-flash-image", aspectRatio: "1:1", images: [{ data: INPUT_PNG, mimeType: "image/png" }] },
    expected: { model: "gemini-3.1-flash-image", aspectRatio: "1:1" },
  },
];

const extension = (fixture: string) => (fixture === "rest" ? "mjs" : "ts");

describe("migrate --to interactions against the strict test server", () => {
  it.each(CASES)("$name: the same pixels from /v1beta/interactions as from :generateContent", async (c) => {
    const original = await load<Record<string, never>>(`${c.fixture}.input.${extension(c.fixture)}`);
    const before = pixelsOf(await c.run(original));
    expect(lastSent()).toEqual({ api: "generate-content", status: 200 });
    const moved = await load<Record<string, never>>(`${c.fixture}.output.${extension(c.fixture)}`);
    const after = pixelsOf(await c.run(moved));
    expect(lastSent()).toEqual({ api: "interactions", status: 200 });
    const expected = outputPixels(c.expected.model, c.expected.imageSize, c.expected.aspectRatio);
    expect(before).toEqual(expected);
    expect(after).toEqual(before);
    // The client, asked the same thing over the Interactions API, gets the same pixels.
    const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: server.url }).generateImage({ ...c.client, prompt: "the same", api: "interactions" });
    expect({ width: result.image.width, height: result.image.height }).toEqual(expected);
  });

  it("SDK: response.text becomes output_text, and the text arrives", async () => {
    const moved = await load<Record<string, never>>("genai-sdk.output.ts");
    const text = await call(moved, "caption", "https://example.com/car.jpg");
    expect(lastSent().api).toBe("interactions");
    expect(lastSent().status).toBe(200);
    expect(text).toEqual(expect.any(String));
    expect(text).not.toBe("");
  });
});

describe("ESLint's all config on the --to interactions outputs", () => {
  const config = [
    { files: ["**/*.{js,mjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, sourceType: "module" } },
    ...plugin.configs.all,
  ] as unknown as Linter.Config[];

  it.each(["genai-sdk.output.ts", "rest.output.mjs", "single-quotes.output.jsx", "untouched.output.ts"])("%s: no finding", (name) => {
    const messages = new Linter({ configType: "flat" }).verify(readFileSync(`${FIXTURES}${name}`, "utf8"), config, name);
    expect(messages.map((m) => `${m.line}: ${m.ruleId ?? "parse"} ${m.message}`)).toEqual([]);
  });

  it("while the generateContent inputs had findings for the same requests", () => {
    const messages = new Linter({ configType: "flat" }).verify(readFileSync(`${FIXTURES}genai-sdk.input.ts`, "utf8"), config, "genai-sdk.input.ts");
    expect(messages.length).toBeGreaterThan(0);
  });
});
