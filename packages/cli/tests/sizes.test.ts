import { describe, expect, it } from "vitest";
import { OPENAI_SIZES, toImageConfig } from "@gemini-image/protocol";
import { currentModels } from "../src/size-mapping.js";
import { runMain } from "./run-cli.js";

describe("gemini-image sizes", () => {
  it("maps the given sizes for one model, as a table", async () => {
    const { status, stdout, stderr } = await runMain(["sizes", "1792x1024", "1024x1024", "--model", "gemini-3-pro-image"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^size +model +imageSize +aspectRatio +output +exact +USD\/image$/u);
    expect(lines[2]).toMatch(/^1792x1024 +gemini-3-pro-image +2K +16:9 +2752x1536 +no +\$0\.134$/u);
    expect(lines[3]).toMatch(/^1024x1024 +gemini-3-pro-image +1K +1:1 +1024x1024 +yes +\$0\.134$/u);
    expect(lines).toHaveLength(4);
  });

  it("maps for Nano Banana 2 Lite: 1K only, base ratios, its price marked as an estimate", async () => {
    const { status, stdout, stderr } = await runMain(["sizes", "1792x1024", "1024x4096", "--model", "gemini-3.1-flash-lite-image"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[2]).toMatch(/^1792x1024 +gemini-3\.1-flash-lite-image +1K +16:9 +1376x768 +no +~\$0\.034$/u);
    // 1:4 is UNCONFIRMED on the Gemini API for Lite, so the nearest confirmed ratio is used.
    expect(lines[3]).toMatch(/^1024x4096 +gemini-3\.1-flash-lite-image +1K +9:16 +768x1376 +no +~\$0\.034$/u);
    expect(stdout).toContain("note: 1792x1024 is larger than gemini-3.1-flash-lite-image can produce at 16:9: its largest size, 1K, gives 1376x768.");
  });

  it("answers JSON that agrees with the protocol's toImageConfig", async () => {
    const { status, stdout } = await runMain(["sizes", "--model", "nano-banana-2", "--format", "json"]);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { size: string; model: string; imageSize?: string; aspectRatio?: string }[];
    expect(rows.map((r) => r.size)).toEqual([...OPENAI_SIZES]);
    for (const row of rows) {
      const expected = toImageConfig(row.size, { model: "gemini-3.1-flash-image" });
      expect([row.model, row.imageSize, row.aspectRatio]).toEqual([expected.model, expected.imageSize, expected.aspectRatio]);
    }
  });

  it("maps every OpenAI size for every current model by default", async () => {
    const { status, stdout } = await runMain(["sizes", "--format", "json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(OPENAI_SIZES.length * currentModels().length);
  });

  it("prints a Markdown table", async () => {
    const { stdout } = await runMain(["sizes", "256x256", "--model", "gemini-3.1-flash-image", "--format", "markdown"]);
    expect(stdout).toContain("| 256x256 | gemini-3.1-flash-image | 512 | 1:1 | 512x512 | no | $0.045 |");
  });

  it("notes when a size is above what the model can produce", async () => {
    const { stdout } = await runMain(["sizes", "8000x8000", "--model", "gemini-3-pro-image"]);
    expect(stdout).toContain("note: 8000x8000 is larger than gemini-3-pro-image can produce at 1:1");
  });

  it("exits 2 for a malformed size and says what it expected", async () => {
    const { status, stderr } = await runMain(["sizes", "1024"]);
    expect(status).toBe(2);
    expect(stderr).toContain('"1024" is not an OpenAI-style size.');
    expect(stderr).toContain('"WxH" with positive whole numbers');
  });

  it("exits 2 for an unknown model, with a suggestion", async () => {
    const { status, stderr } = await runMain(["sizes", "--model", "gemini-3-pro-imag"]);
    expect(status).toBe(2);
    expect(stderr).toContain('Did you mean "gemini-3-pro-image"?');
  });

  it("exits 2 for an unknown option or format", async () => {
    expect((await runMain(["sizes", "--bogus"])).status).toBe(2);
    expect((await runMain(["sizes", "--format", "xml"])).status).toBe(2);
  });

  it("warns on stderr but still maps for a shut-down model", async () => {
    const { status, stdout, stderr } = await runMain(["sizes", "1024x1024", "--model", "gemini-3-pro-image-preview"]);
    expect(status).toBe(0);
    expect(stderr).toContain("shut down; use gemini-3-pro-image");
    expect(stdout).toContain("gemini-3-pro-image-preview");
  });
});

describe("gemini-image models", () => {
  it("lists every model with its lifecycle", async () => {
    const { status, stdout } = await runMain(["models", "--format", "json"]);
    expect(status).toBe(0);
    const models = JSON.parse(stdout) as { id: string; lifecycle: string }[];
    expect(models.find((m) => m.id === "gemini-3-pro-image")?.lifecycle).toBe("active");
    expect(models.find((m) => m.id === "gemini-2.5-flash-image-preview")?.lifecycle).toBe("shut-down");
  });

  it("prints a text table with prices per tier", async () => {
    const { stdout } = await runMain(["models"]);
    expect(stdout).toMatch(/gemini-3\.1-flash-image +Nano Banana 2 +GA since 2026-05-28 +512 \$0\.045, 1K \$0\.067, 2K \$0\.101, 4K \$0\.151/u);
  });
});
