import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const FIXTURES = fileURLToPath(new URL("../../audit/tests/fixtures/", import.meta.url));

describe("gemini-image audit", () => {
  it("prints the calls, the summary and the findings, and exits 1 for an error-level finding", () => {
    const { status, stdout } = runCli(["audit"], undefined, join(FIXTURES, "app"));
    expect(status).toBe(1);
    expect(stdout).toMatch(/src\/generate\.ts:5:10 +genai +generateContent +gemini-3-pro-image +active +2K +16:9 +2752x1536 +\$0\.134/u);
    expect(stdout).toContain("17 call(s) in 13 file(s)");
    expect(stdout).toContain("findings: 2 error(s), 5 warning(s)");
    expect(stdout).toMatch(/src\/problems\.ts:4:10 {2}warning {2}"gemini-3-pro-image-preview" is shut down.*\[retired-model\]/u);
    expect(stdout).not.toContain("traps.ts");
  });

  it("exits 0 without error-level findings and quotes OpenAI sizes with --model", () => {
    const { status, stdout } = runCli(["audit", "--project", join(FIXTURES, "clean", "tsconfig.json"), "--model", "gemini-3-pro-image"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/openai +generate +gpt-image-1 +to migrate +size 1536x1024 +-> 2K 3:2 on gemini-3-pro-image +2528x1696/u);
  });

  it("answers the report as JSON and as Markdown tables", () => {
    const json = runCli(["audit", join(FIXTURES, "plain-js"), "--format", "json"]);
    // A shut-down model is a warning, as in the ESLint plugin and the validator: exit 0.
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { calls: { api: string; findings: { id: string }[] }[]; summary: { calls: number } };
    expect(report.summary.calls).toBe(1);
    expect(report.calls[0]?.findings.map((f) => f.id)).toEqual(["retired-model"]);

    const markdown = runCli(["audit", join(FIXTURES, "plain-js"), "--format", "markdown"]);
    expect(markdown.stdout).toContain("| location | api | method | model | status | imageSize | aspectRatio | output | USD/image |");
    expect(markdown.stdout).toMatch(/\| .*app\.mjs:6:10 \| warning \| `retired-model` \|/u);
  });

  it("exits 2 for usage and I/O errors", () => {
    const noProject = runCli(["audit"], undefined, mkdtempSync(join(tmpdir(), "audit-cli-")));
    expect(noProject.status).toBe(2);
    expect(noProject.stderr).toContain("there is no ./tsconfig.json");
    const missing = runCli(["audit", "/no/such/path"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file or folder: /no/such/path");
    const badModel = runCli(["audit", join(FIXTURES, "plain-js"), "--model", "gemini-3-pro-imag"]);
    expect(badModel.status).toBe(2);
    expect(badModel.stderr).toContain('Did you mean "gemini-3-pro-image"?');
    expect(runCli(["audit", join(FIXTURES, "plain-js"), "--format", "xml"]).status).toBe(2);
  });
});
