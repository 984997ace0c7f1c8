import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const dir = mkdtempSync(join(tmpdir(), "gemini-image-check-"));
const bin = fileURLToPath(new URL("../bin/gemini-image.js", import.meta.url));
const PRO_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
const FLASH_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent";

const good = { contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] } };
const withSize = { contents: [{ parts: [{ text: "a cat" }] }], size: "1792x1024" };
const small = { ...good, generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "512" } } };

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function har(entries: { method?: string; url: string; body?: unknown }[]): unknown {
  return {
    log: {
      version: "1.2",
      creator: { name: "test", version: "1" },
      entries: entries.map((e) => ({
        startedDateTime: "2026-11-25T00:00:00Z",
        request: {
          method: e.method ?? "POST",
          url: e.url,
          headers: [],
          ...(e.body === undefined ? {} : { postData: { mimeType: "application/json", text: JSON.stringify(e.body) } }),
        },
        response: { status: 200 },
      })),
    },
  };
}

async function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["check", ...args], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
  });
  return { code, stdout, stderr };
}

describe("gemini-image check", () => {
  it("exits 0 for valid bodies and 1 with the path and the fix for bad ones", async () => {
    expect((await run([file("good.json", good)])).code).toBe(0);
    const bad = await run([file("size.json", withSize), "--model", "gemini-3-pro-image"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("size.json: 1 error");
    expect(bad.stdout).toContain("/size  openai-size:");
    expect(bad.stdout).toContain('`{ imageSize: "2K", aspectRatio: "16:9" }` (gemini-3-pro-image)');
  });

  it("checks bodies for an SDK-listed id without published capabilities against every model, and says why", async () => {
    const twoK = { ...good, generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "2K" } } };
    const result = await run([file("listed.json", twoK), "--model", "gemini-nano-banana-2.1"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('note: "gemini-nano-banana-2.1" is a model id the @google/genai SDK lists, but Google has published no image sizes');
    expect(result.stdout).not.toContain("unknown-model");
    const lower = await run([file("listed-1k.json", { ...twoK, generationConfig: { imageConfig: { imageSize: "1k" } } }), "--model", "nano-banana-pro-preview"]);
    expect(lower.code).toBe(1);
    expect(lower.stdout).toContain("invalid-image-size");
  });

  it("reads stdin with -", async () => {
    const result = await run(["-"], JSON.stringify({ ...good, n: 2 }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("<stdin>: 1 error");
  });

  it("checks every generateContent request of a HAR file with the model of its URL", async () => {
    const path = file("capture.har", har([
      { url: `${PRO_URL}?key=SECRET`, body: small },
      { url: FLASH_URL, body: small },
      { method: "GET", url: "https://example.com/index.html" },
    ]));
    const result = await run([path, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { request: { entry: number; url: string }; ok: boolean; findings: { code: string }[] }[];
    expect(report.map((r) => [r.request.entry, r.ok, r.findings.map((f) => f.code)])).toEqual([
      [1, false, ["invalid-image-size", "key-in-url"]],
      [2, true, []],
    ]);
    expect(result.stdout).not.toContain("SECRET");
    const text = await run([path]);
    expect(text.stdout).toContain(`capture.har #1 POST ${PRO_URL}: 1 error, 1 warning`);
    expect(text.stdout).toContain("/generationConfig/imageConfig/imageSize");
  });

  it("checks a devtools HAR capture of the seed article's gateway calls", async () => {
    const fixture = fileURLToPath(new URL("fixtures/check/capture.har", import.meta.url));
    const result = await run([fixture, "--format", "json"]);
    const report = JSON.parse(result.stdout) as { request: { entry: number; url: string }; model: string; findings: { code: string }[] }[];
    expect(report.map((r) => [r.request.entry, r.findings.map((f) => f.code).sort()])).toEqual([
      [2, ["retired-model", "snake-case-part-field", "snake-case-part-field"]],
      // Inside the snake_case block: "2k" and 4:1, which 3 Pro does not take.
      [3, ["invalid-aspect-ratio", "invalid-image-size", "retired-model", "snake-case-field", "snake-case-field", "snake-case-field"]],
      // The devtools capture kept the key in the stream URL's query.
      [4, ["key-in-url"]],
    ]);
    expect(report[2]!.request.url).toBe(`${FLASH_URL.replace(":generateContent", ":streamGenerateContent")}?alt=sse`);
    expect(result.code).toBe(1);
  });

  it("prints the repaired body alone for one file, and exits 0 when everything was fixable", async () => {
    const result = await run([file("fixable.json", withSize), "--model", "gemini-3-pro-image", "--repair"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      contents: withSize.contents,
      generationConfig: { imageConfig: { imageSize: "2K", aspectRatio: "16:9" }, responseModalities: ["IMAGE"] },
    });
    expect(result.stderr).toContain('Removed `size` ("1792x1024")');
  });

  it("reports a file that is not JSON as a finding", async () => {
    const result = await run([file("broken.json", "{ size: 1024x1024 }")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("invalid-body: The body cannot be checked: it is not valid JSON.");
  });

  it("exits 2 for usage and I/O errors", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([file("a.json", good), "--format", "xml"])).code).toBe(2);
    expect((await run([file("b.json", good), "--model", "gemini-3-pro-imag"])).stderr).toContain('Did you mean "gemini-3-pro-image"?');
    const missing = await run([join(dir, "missing.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read");
  });

  it("picks the API from the body and says which, in text and json", async () => {
    const interaction = { model: "gemini-3-pro-image", input: "a cat", responseFormat: { type: "image", image_size: "1k" } };
    const text = await run([file("interaction.json", interaction)]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("interaction.json: 2 errors (interactions, from the body)");
    expect(text.stdout).toContain("/responseFormat  interactions-camel-case:");
    expect(text.stdout).toContain("/responseFormat/image_size  invalid-image-size: `image_size: 1k`");
    const json = JSON.parse((await run([file("interaction.json", interaction), "--format", "json"])).stdout) as { api: string; apiSource: string }[];
    expect(json[0]).toMatchObject({ api: "interactions", apiSource: "body" });
    const neither = await run([file("neither.json", { model: "gemini-3-pro-image" })]);
    expect(neither.stdout).toContain("(generate-content, by default)");
  });

  it("--api overrides the body, and Google's sample shape passes as an interaction", async () => {
    const sample = { model: "gemini-3.1-flash-image", response_modalities: ["image"], input: "A futuristic cityscape at sunset" };
    const passed = await run([file("sample.json", sample), "--api", "interactions"]);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain("sample.json: ok (interactions, from --api)");
    const forced = await run([file("sample-gc.json", sample), "--api", "generate-content"]);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain("missing-contents");
    expect(forced.stdout).toContain("(generate-content, from --api)");
    const bad = await run([file("sample-bad.json", sample), "--api", "rest"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--api must be generate-content or interactions");
  });

  it("checks a HAR's Interactions POSTs by their URL, the model from their body, and skips the GET that lists them", async () => {
    const INTERACTIONS_URL = "https://generativelanguage.googleapis.com/v1beta/interactions";
    const path = file("interactions.har", har([
      { url: INTERACTIONS_URL, body: { model: "gemini-3.1-flash-image", input: "x", response_format: { type: "image", image_size: "512" } } },
      { url: `${INTERACTIONS_URL}?key=SECRET`, body: { model: "gemini-3-pro-image", input: "x", response_format: { type: "image", image_size: "512" } } },
      { method: "GET", url: INTERACTIONS_URL },
      // The URL says generateContent even though --api says otherwise.
      { url: PRO_URL, body: small },
    ]));
    const result = await run([path, "--format", "json", "--api", "interactions"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { request: { entry: number }; api: string; apiSource: string; findings: { code: string }[] }[];
    expect(report.map((r) => [r.request.entry, r.api, r.apiSource, r.findings.map((f) => f.code)])).toEqual([
      [1, "interactions", "url", []],
      [2, "interactions", "url", ["invalid-image-size", "key-in-url"]],
      [4, "generate-content", "url", ["invalid-image-size"]],
    ]);
    expect(result.stdout).not.toContain("SECRET");
    const text = await run([path]);
    expect(text.stdout).toContain(`interactions.har #1 POST ${INTERACTIONS_URL}: ok (interactions, from the URL)`);
    expect(text.stdout).toContain(`interactions.har #2 POST ${INTERACTIONS_URL}: 1 error, 1 warning (interactions, from the URL)`);
    expect(text.stdout).toContain("  warning  (URL)  key-in-url: The API key in the URL query");
  });

  it("repairs an Interactions body alone on stdout", async () => {
    const result = await run([file("fix-interaction.json", { model: "gemini-3-pro-image", input: "a cat", size: "1792x1024" }), "--repair"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ model: "gemini-3-pro-image", input: "a cat", response_format: { type: "image", image_size: "2K", aspect_ratio: "16:9" } });
    expect(result.stderr).toContain("(interactions, from the body)");
  });

  it("runs as the real bin with the same exit codes", () => {
    const ok = spawnSync(process.execPath, [bin, "check", file("bin-good.json", good)], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "check", "-"], { input: JSON.stringify(withSize), encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("openai-size");
  });
});
