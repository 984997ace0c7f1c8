import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const FIXTURES = fileURLToPath(new URL("../../codemod/__testfixtures__/", import.meta.url));

function project(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "migrate-cli-"));
  for (const name of fixtures) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

describe("gemini-image migrate", () => {
  it("rewrites files in place and exits 0 when nothing is left to do", () => {
    const dir = project("seed-server.input.js", "not-gemini.input.ts");
    const { status, stdout } = runCli(["migrate", dir]);
    expect(status).toBe(0);
    expect(stdout).toContain("2 file(s): 1 changed, 1 unchanged, 0 skipped, 0 failed");
    expect(readFileSync(join(dir, "seed-server.input.js"), "utf8")).toBe(readFileSync(join(FIXTURES, "seed-server.output.js"), "utf8"));
    expect(readFileSync(join(dir, "not-gemini.input.ts"), "utf8")).toBe(readFileSync(join(FIXTURES, "not-gemini.input.ts"), "utf8"));
  });

  it("changes nothing with --dry, prints diffs with --print, and exits 1 for follow-ups with file:line", () => {
    const dir = project("rest-literal.input.ts");
    const before = readFileSync(join(dir, "rest-literal.input.ts"), "utf8");
    const { status, stdout } = runCli(["migrate", "--dry", "--print", dir]);
    expect(status).toBe(1);
    expect(readFileSync(join(dir, "rest-literal.input.ts"), "utf8")).toBe(before);
    expect(stdout).toContain("-      size: '1792x1024', // DALL-E 3 landscape");
    expect(stdout).toContain('+      generationConfig: { imageConfig: { aspectRatio: "16:9", imageSize: "2K" }');
    expect(stdout).toMatch(/rest-literal\.input\.ts:10 {2}removed `quality: "hd"`.*\[openai-field\]/u);
    expect(stdout).toContain("1 would change");
  });

  it("assumes --model where the code names none, and --modalities", () => {
    const dir = project();
    writeFileSync(join(dir, "a.js"), 'fetch(url + ":generateContent", { body: JSON.stringify({ contents: [], size: "1024x1024" }) });\n');
    expect(runCli(["migrate", dir]).status).toBe(1);
    expect(runCli(["migrate", dir, "--model", "gemini-3.1-flash-image", "--modalities", "text,image"]).status).toBe(0);
    expect(readFileSync(join(dir, "a.js"), "utf8")).toContain(
      'generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" }, responseModalities: ["TEXT", "IMAGE"] }',
    );
  });

  it("with --model, leaves text calls alone and names the model of image calls only", () => {
    const dir = project("text-models.input.ts", "text-models-legacy.input.cjs");
    const { status, stdout } = runCli(["migrate", dir, "--model", "gemini-3.1-flash-image"]);
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

  it("answers the summary as JSON", () => {
    const dir = project("seed-server.input.js");
    const { stdout } = runCli(["migrate", "--dry", "--format", "json", dir]);
    const summary = JSON.parse(stdout) as { files: number; changed: string[]; followUps: unknown[] };
    expect(summary.files).toBe(1);
    expect(summary.changed).toHaveLength(1);
    expect(summary.followUps).toEqual([]);
  });

  it("exits 2 for usage errors", () => {
    expect(runCli(["migrate"]).status).toBe(2);
    expect(runCli(["migrate", "/no/such/path"]).stderr).toContain("no such file or folder: /no/such/path");
    expect(runCli(["migrate", "/no/such/path"]).status).toBe(2);
    const badModel = runCli(["migrate", ".", "--model", "gemini-3-pro-imag"]);
    expect(badModel.status).toBe(2);
    expect(badModel.stderr).toContain('Did you mean "gemini-3-pro-image"?');
    expect(runCli(["migrate", ".", "--modalities", "PICTURE"]).status).toBe(2);
  });
});
