/**
 * `pnpm demo` is the README's first command: the tour must run cleanly, stay short enough to
 * read (issue 14: at most 80 lines) and show what each step claims. It runs the script as
 * `pnpm demo` does after its build (the suite runs against the built packages already).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("pnpm demo", () => {
  it("runs every step cleanly in at most 80 lines", { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/demo.ts"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    const lines = output.trimEnd().split("\n");
    expect(lines.length, output).toBeLessThanOrEqual(80);
    const steps = lines.filter((line) => /^== \d+\. /u.test(line)).length;
    expect(output).toContain(`Tour finished: ${steps} of ${steps} steps ran cleanly.`);
    // What the steps claim: the size mapping, the findings, the good body with none, the fix,
    // the Interactions casing, the image at the mapped pixels.
    expect(output).toMatch(/1792x1024 +gemini-3-pro-image +2K +16:9 +2752x1536/u);
    expect(output).toContain("gemini-image/no-openai-size");
    expect(output).toContain('+      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "2K", aspectRatio: "16:9" } },');
    expect(output).toContain("scripts/demo/good-body.json: ok");
    expect(output).toContain("interactions-camel-case");
    expect(output).toContain("image: 2752x1536");
    expect(output).not.toMatch(/good-body\.json: .*warning/u);
  });
});
