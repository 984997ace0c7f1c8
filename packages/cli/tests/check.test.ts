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
      [1, false, ["invalid-image-size"]],
      [2, true, []],
    ]);
    expect(result.stdout).not.toContain("SECRET");
    const text = await run([path]);
    expect(text.stdout).toContain(`capture.har #1 POST ${PRO_URL}: 1 error`);
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
      [4, []],
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

  it("runs as the real bin with the same exit codes", () => {
    const ok = spawnSync(process.execPath, [bin, "check", file("bin-good.json", good)], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "check", "-"], { input: JSON.stringify(withSize), encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("openai-size");
  });
});
