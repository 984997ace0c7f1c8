import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, runMain } from "./run-cli.js";

const FIXTURES = fileURLToPath(new URL("../../audit/tests/fixtures/", import.meta.url));

/** A fixture copied where no node_modules can be found above it. */
function withoutNodeModules(name: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), "audit-cli-bare-")), name);
  cpSync(join(FIXTURES, name), copy, { recursive: true });
  return copy;
}

interface SarifOutput {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

// Each test starts the binary several times; on a loaded 2-core machine one start can take seconds.
describe("gemini-image audit", { timeout: 180_000 }, () => {
  it("prints the requests, the summary and the findings, and exits 1 for an error-level finding", () => {
    const { status, stdout } = runCli(["audit"], undefined, join(FIXTURES, "app"));
    expect(status).toBe(1);
    expect(stdout).toMatch(/src\/generate\.ts:5:10 +genai +generateContent +gemini-3-pro-image +active +2K +16:9 +2752x1536 +\$0\.134/u);
    expect(stdout).toMatch(/src\/chat\.ts:4:16 +genai-chat +chats\.create -> sendMessage x2 /u);
    expect(stdout).toMatch(/src\/unknown-model\.ts:6:10 +genai +generateContent +gemini-2\.0-flash-preview-image-generation \(unknown\)/u);
    expect(stdout).toContain("18 request(s) in 19 file(s)");
    expect(stdout).toContain("findings: 2 error(s), 6 warning(s)");
    expect(stdout).toMatch(/src\/problems\.ts:4:45 {2}warning {2}"gemini-3-pro-image-preview" is shut down.*\[retired-model\]/u);
    expect(stdout).not.toContain("traps.ts");
    // Of text.ts only the image model asked for ["TEXT"] is an image request (the shared verdict).
    expect(stdout.match(/src\/text\.ts:\d+/gu)).toEqual(["src/text.ts:9"]);
    expect(stdout).not.toContain("run gemini-image migrate");
  });

  it("exits 0 without error-level findings and quotes OpenAI sizes with --model", async () => {
    const { status, stdout } = await runMain(["audit", "--project", join(FIXTURES, "clean", "tsconfig.json"), "--model", "gemini-3-pro-image"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/openai +generate +gpt-image-1 +to migrate +size 1536x1024 +-> 2K 3:2 on gemini-3-pro-image +2528x1696/u);
  });

  it("answers the report as JSON and as Markdown tables", async () => {
    const json = await runMain(["audit", join(FIXTURES, "plain-js"), "--format", "json"]);
    // A shut-down model is a warning, as in the ESLint plugin and the validator: exit 0.
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { calls: { api: string; findings: { id: string }[] }[]; summary: { calls: number }; types: boolean };
    expect(report.summary.calls).toBe(1);
    expect(report.calls[0]?.findings.map((f) => f.id)).toEqual(["retired-model"]);
    expect(report.types).toBe(true);

    const markdown = await runMain(["audit", join(FIXTURES, "plain-js"), "--format", "markdown"]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain("| location | api | method | model | status | imageSize | aspectRatio | output | USD/image |");
    expect(markdown.stdout).toMatch(/\| .*app\.mjs:6:\d+ \| warning \| `retired-model` \|/u);
  });

  it("writes SARIF 2.1.0: the catalog's rules with docs links, one result per finding at its file, line and column", () => {
    const { status, stdout } = runCli(["audit", "--format", "sarif"], undefined, join(FIXTURES, "app"));
    expect(status).toBe(1);
    const sarif = JSON.parse(stdout) as SarifOutput;
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/u);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    const { rules } = run!.tool.driver;
    expect(run!.tool.driver).toMatchObject({ name: "gemini-image audit", version: expect.stringMatching(/^\d+\.\d+\.\d+/u) });
    expect(rules.find((rule) => rule.id === "invalid-image-size")).toMatchObject({
      helpUri: expect.stringMatching(/docs\/findings\/invalid-image-size\.md$/u),
      defaultConfiguration: { level: "error" },
    });
    expect(rules.find((rule) => rule.id === "retired-model")?.defaultConfiguration.level).toBe("warning");
    expect(run!.results).toHaveLength(8);
    for (const result of run!.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run!.results).toContainEqual({
      ruleId: "invalid-image-size",
      ruleIndex: expect.any(Number),
      level: "error",
      message: { text: expect.stringContaining('`imageSize: "512"`') },
      locations: [{ physicalLocation: { artifactLocation: { uri: "src/problems.ts", uriBaseId: "%SRCROOT%" }, region: { startLine: 8, startColumn: 121 } } }],
    });
  });

  it("reads a checkout without node_modules, with and without --no-types", () => {
    const dir = withoutNodeModules("untyped");
    for (const extra of [[], ["--no-types"]]) {
      const { status, stdout } = runCli(["audit", ...extra], undefined, dir);
      expect(status).toBe(1);
      expect(stdout).toContain("5 request(s) in 4 file(s)");
      expect(stdout).toMatch(/src\/legacy\.ts:7:17 +legacy +getGenerativeModel -> generateContent +gemini-2\.0-flash-preview-image-generation \(unknown\)/u);
      expect(stdout).toContain("not listed: 2 not image request(s), 0 undecided");
    }
    expect(runCli(["audit", "--no-types"], undefined, dir).stdout).toContain("read without type information (--no-types)");
  });

  it("follows project references and says so when files name Gemini but hold no request (exit 0)", () => {
    const solution = runCli(["audit"], undefined, join(FIXTURES, "solution"));
    expect(solution.status).toBe(0);
    expect(solution.stdout).toContain("2 request(s) in 2 file(s)");

    const none = runCli(["audit"], undefined, join(FIXTURES, "no-request"));
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("1 file(s) name Gemini, but no image-generation request was found in them");
    expect(none.stdout).toContain("  src/gemini.ts");
    const json = JSON.parse(runCli(["audit", "--format", "json"], undefined, join(FIXTURES, "no-request")).stdout) as { nothingFound?: { files: string[] } };
    expect(json.nothingFound?.files).toEqual(["src/gemini.ts"]);
  });

  it("exits 2 for usage and I/O errors", async () => {
    const noProject = runCli(["audit"], undefined, mkdtempSync(join(tmpdir(), "audit-cli-")));
    expect(noProject.status).toBe(2);
    expect(noProject.stderr).toContain("there is no ./tsconfig.json");
    const missing = await runMain(["audit", "/no/such/path"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("gemini-image audit: /no/such/path does not exist.\n");
    const badModel = await runMain(["audit", join(FIXTURES, "plain-js"), "--model", "gemini-3-pro-imag"]);
    expect(badModel.status).toBe(2);
    expect(badModel.stderr).toContain('Did you mean "gemini-3-pro-image"?');
    expect((await runMain(["audit", join(FIXTURES, "plain-js"), "--format", "xml"])).status).toBe(2);
  });
});
