import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const examplesDir = fileURLToPath(new URL("../examples/", import.meta.url));
const MARKER = /\/\/ ❌ (.+)$/u;

/** The findings the examples announce: `file:line rule` for every "❌ rule" marker ("strict:rule" in strict only). */
function expectedFindings(config: "recommended" | "strict"): string[] {
  const expected: string[] = [];
  for (const file of readdirSync(examplesDir)) {
    if (!/\.[jt]s$/u.test(file)) continue;
    readFileSync(`${examplesDir}${file}`, "utf8")
      .split("\n")
      .forEach((line, index) => {
        const rules = MARKER.exec(line)?.[1]?.trim().split(/\s+/u) ?? [];
        for (const rule of rules) {
          if (rule.startsWith("strict:") && config !== "strict") continue;
          expected.push(`${file}:${index + 1} gemini-image/${rule.replace("strict:", "")}`);
        }
      });
  }
  return expected.sort();
}

interface EslintResult {
  filePath: string;
  messages: { line: number; ruleId: string | null; fatal?: boolean; message: string }[];
}

/** Runs a real ESLint CLI on the examples with the built plugin's recommended config. */
async function lintExamples(cli: string, extraArgs: string[] = [], config = "recommended"): Promise<string[]> {
  const args = [cli, "--config", "examples.eslint.config.js", "--format", "json", ...extraArgs, "."];
  // Exit code 1 means "findings"; anything else is a crash.
  const env = { ...process.env, GEMINI_CONFIG: config };
  const { stdout } = await run(process.execPath, args, { cwd: examplesDir, env }).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
    if (error.code !== 1) throw new Error(`eslint failed (${String(error.code)}): ${error.stderr ?? ""}`);
    return { stdout: error.stdout ?? "" };
  });
  const results = JSON.parse(stdout) as EslintResult[];
  return results
    .flatMap((result) => {
      const file = result.filePath.slice(examplesDir.length);
      return result.messages.map((m) => `${file}:${m.line} ${m.ruleId ?? `fatal: ${m.message}`}`);
    })
    .sort();
}

const ESLINT_10 = `${packageDir}node_modules/eslint/bin/eslint.js`;
const ESLINT_9 = `${packageDir}node_modules/eslint-v9/bin/eslint.js`;

describe("the ESLint CLI on examples/", () => {
  const expected = expectedFindings("recommended");

  it("announces findings in every Gemini example and none in the OpenAI app", () => {
    expect(expected.length).toBeGreaterThan(15);
    for (const file of ["server.js", "sdk-app.ts", "ai-sdk-app.js"]) expect(expected.some((f) => f.startsWith(`${file}:`))).toBe(true);
    expect(expected.some((f) => f.startsWith("openai-app.js:"))).toBe(false);
  });

  it("reports exactly the announced findings with ESLint 10", async () => {
    expect(await lintExamples(ESLINT_10)).toEqual(expected);
  });

  it("reports the same under --concurrency", async () => {
    expect(await lintExamples(ESLINT_10, ["--concurrency", "2"])).toEqual(expected);
  });

  it("adds the strict-only findings with the strict config", async () => {
    const strict = expectedFindings("strict");
    expect(strict.length).toBeGreaterThan(expected.length);
    expect(await lintExamples(ESLINT_10, [], "strict")).toEqual(strict);
  });

  it("reports the same with ESLint 9", async () => {
    const { stdout } = await run(process.execPath, [ESLINT_9, "--version"]);
    expect(stdout.trim()).toMatch(/^v9\./u);
    expect(await lintExamples(ESLINT_9)).toEqual(expected);
  });
});
