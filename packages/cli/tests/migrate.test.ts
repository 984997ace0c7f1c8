import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, runMain } from "./run-cli.js";

const FIXTURES = fileURLToPath(new URL("../../codemod/__testfixtures__/", import.meta.url));

function project(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "migrate-cli-"));
  for (const name of fixtures) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

describe("gemini-image migrate", () => {
  it("rewrites files in place and exits 0 when nothing is left to do", async () => {
    const dir = project("seed-server.input.js", "not-gemini.input.ts");
    const { status, stdout } = await runMain(["migrate", dir]);
    expect(status).toBe(0);
    expect(stdout).toContain("2 file(s): 1 changed, 1 unchanged, 0 skipped, 0 failed");
    expect(readFileSync(join(dir, "seed-server.input.js"), "utf8")).toBe(readFileSync(join(FIXTURES, "seed-server.output.js"), "utf8"));
    expect(readFileSync(join(dir, "not-gemini.input.ts"), "utf8")).toBe(readFileSync(join(FIXTURES, "not-gemini.input.ts"), "utf8"));
  });

  it("reports a file that does not parse as failed at file:line:column, and skips binary files with a word", () => {
    const dir = project("not-gemini.input.ts");
    writeFileSync(join(dir, "broken.ts"), 'const body = {\n  model: "gemini-3-pro-image",\n  size: "1024x1024"\n  oops\n};\n');
    writeFileSync(join(dir, "blob.js"), Buffer.from([0x67, 0x65, 0x6d, 0x69, 0x6e, 0x69, 0x00, 0x01, 0xff, 0xfe]));
    const { status, stdout } = runCli(["migrate", "--dry", "."], undefined, dir);
    expect(status).toBe(1);
    expect(stdout).toContain("3 file(s): 0 would change, 1 unchanged, 1 skipped, 1 failed");
    expect(stdout).toContain("  failed: broken.ts:4:3: ',' expected.\n");
    expect(stdout).toContain("  skipped: blob.js (binary, not source code)\n");
    const json = JSON.parse(runCli(["migrate", "--dry", "--format", "json", "."], undefined, dir).stdout) as {
      failed: { file: string; line: number; column: number }[];
      skippedFiles: { file: string; reason: string }[];
    };
    expect(json.failed).toEqual([{ file: join(dir, "broken.ts"), error: "',' expected.", line: 4, column: 3 }]);
    expect(json.skippedFiles).toEqual([{ file: join(dir, "blob.js"), reason: "binary" }]);
  });

  it("changes nothing with --dry, prints diffs with --print, and exits 1 for follow-ups with file:line", async () => {
    const dir = project("rest-literal.input.ts");
    const before = readFileSync(join(dir, "rest-literal.input.ts"), "utf8");
    const { status, stdout } = await runMain(["migrate", "--dry", "--print", dir]);
    expect(status).toBe(1);
    expect(readFileSync(join(dir, "rest-literal.input.ts"), "utf8")).toBe(before);
    expect(stdout).toContain("-      size: '1792x1024', // DALL-E 3 landscape");
    expect(stdout).toContain('+      generationConfig: { imageConfig: { aspectRatio: "16:9", imageSize: "2K" }');
    expect(stdout).toMatch(/rest-literal\.input\.ts:10 {2}removed `quality: "hd"`.*\[openai-field\]/u);
    expect(stdout).toContain("1 would change");
  });

  it("assumes --model where the code names none, and --modalities", async () => {
    const dir = project();
    writeFileSync(join(dir, "a.js"), 'fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], size: "1024x1024" }) });\n');
    expect((await runMain(["migrate", dir])).status).toBe(1);
    expect((await runMain(["migrate", dir, "--model", "gemini-3.1-flash-image", "--modalities", "text,image"])).status).toBe(0);
    expect(readFileSync(join(dir, "a.js"), "utf8")).toContain(
      'generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" }, responseModalities: ["TEXT", "IMAGE"] }',
    );
  });

  it("with --model, leaves text calls alone and names the model of image calls only", async () => {
    const dir = project("text-models.input.ts", "text-models-legacy.input.cjs");
    const { status, stdout } = await runMain(["migrate", dir, "--model", "gemini-3.1-flash-image"]);
    expect(status).toBe(0);
    expect(stdout).toContain("2 file(s): 1 changed, 1 unchanged");
    const migrated = readFileSync(join(dir, "text-models.input.ts"), "utf8");
    expect(migrated).toBe(readFileSync(join(FIXTURES, "text-models.output.ts"), "utf8"));
    // No IMAGE on gemini-2.5-flash, gemini-1.5-flash, a TEXT_MODEL const, JSON output or an explicit ["TEXT"].
    expect(migrated).toContain('config: { responseModalities: ["TEXT"] }');
    expect(migrated).toContain('responseSchema: { type: Type.ARRAY, items: { type: Type.STRING } } },');
    expect(migrated.match(/responseModalities: \["IMAGE"\]/gu)).toHaveLength(1);
    expect(readFileSync(join(dir, "text-models-legacy.input.cjs"), "utf8")).toBe(readFileSync(join(FIXTURES, "text-models-legacy.input.cjs"), "utf8"));
  });

  it("answers the summary as JSON", async () => {
    const dir = project("seed-server.input.js");
    const { stdout } = await runMain(["migrate", "--dry", "--format", "json", dir]);
    const summary = JSON.parse(stdout) as { files: number; changed: string[]; followUps: unknown[] };
    expect(summary.files).toBe(1);
    expect(summary.changed).toHaveLength(1);
    expect(summary.followUps).toEqual([]);
  });

  it("exits 2 for usage errors", async () => {
    expect((await runMain(["migrate"])).status).toBe(2);
    expect((await runMain(["migrate", "/no/such/path"])).stderr).toBe("gemini-image migrate: /no/such/path does not exist.\n");
    expect((await runMain(["migrate", "/no/such/path"])).status).toBe(2);
    const badModel = await runMain(["migrate", ".", "--model", "gemini-3-pro-imag"]);
    expect(badModel.status).toBe(2);
    expect(badModel.stderr).toContain('Did you mean "gemini-3-pro-image"?');
    expect((await runMain(["migrate", ".", "--modalities", "PICTURE"])).status).toBe(2);
  });

  it("--to interactions moves what it can prove, reports the rest at file:line, and a second run adds nothing", { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "migrate-to-"));
    for (const name of ["genai-sdk.input.ts", "rest.input.mjs", "untouched.input.ts"]) copyFileSync(join(FIXTURES, "to-interactions", name), join(dir, name));
    const first = runCli(["migrate", "--to", "interactions", "."], undefined, dir);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain("3 file(s): 2 changed, 1 unchanged, 0 skipped, 0 failed");
    expect(first.stdout).toMatch(/rest\.input\.mjs:43 {2}not moved to the Interactions API: a streamed answer.*\[to-interactions\]/u);
    for (const name of ["genai-sdk", "untouched"]) {
      expect(readFileSync(join(dir, `${name}.input.ts`), "utf8")).toBe(readFileSync(join(FIXTURES, "to-interactions", `${name}.output.ts`), "utf8"));
    }
    const second = runCli(["migrate", "--to", "interactions", "--format", "json", "."], undefined, dir);
    expect(second.status).toBe(1);
    const summary = JSON.parse(second.stdout) as { changed: string[]; followUps: { line: number }[] };
    expect(summary.changed).toEqual([]);
    expect(summary.followUps.map((f) => f.line)).toEqual([3, 21, 43, 54, 76]);
    // Without --to the same file stays on generateContent.
    const plain = mkdtempSync(join(tmpdir(), "migrate-plain-"));
    copyFileSync(join(FIXTURES, "to-interactions", "genai-sdk.input.ts"), join(plain, "a.ts"));
    runCli(["migrate", plain]);
    expect(readFileSync(join(plain, "a.ts"), "utf8")).not.toContain("interactions");
  });

  it("--to with another value is a usage error naming the accepted value", () => {
    const dir = project();
    const { status, stderr } = runCli(["migrate", "--to", "responses", dir]);
    expect(status).toBe(2);
    expect(stderr).toContain('--to takes interactions (the API to move requests to), not "responses".');
  });
});
