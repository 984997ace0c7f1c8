import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("gemini-image (the real binary)", () => {
  it("prints help with every command and the exit codes", () => {
    const { status, stdout } = runCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}sizes +map OpenAI sizes/mu);
    expect(stdout).toMatch(/^ {2}models +list Gemini image models/mu);
    expect(stdout).toContain("Exit codes: 0 success, 1 findings reported, 2 usage or I/O error.");
  });

  it("exits 2 with help when called without a command, and for an unknown command", () => {
    expect(runCli([]).status).toBe(2);
    const unknown = runCli(["bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "bogus"');
  });

  it("prints a command's usage for <command> --help", () => {
    const { status, stdout } = runCli(["sizes", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Usage: gemini-image sizes [WxH ...] [--model <id>]");
  });

  it("prints its version", () => {
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it("runs from the repository root as `pnpm exec gemini-image`", () => {
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    const result = spawnSync("pnpm", ["exec", "gemini-image", "sizes", "1024x1024", "--model", "gemini-3-pro-image"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1024x1024 +gemini-3-pro-image +1K +1:1/u);
  });
});
