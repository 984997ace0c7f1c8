/**
 * Each command loads only what it needs: the real bin runs under a preload that lists every
 * module file the process loaded (ES modules through a loader hook, CommonJS ones from
 * require.cache), and the commands that read no code must not load a parser or a linter.
 */
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { importOptional, MissingPackage } from "../src/optional-package.js";
import { BIN } from "./run-cli.js";

const TRACER = fileURLToPath(new URL("./fixtures/trace/trace-modules.mjs", import.meta.url));
const MIGRATE_FIXTURE = fileURLToPath(new URL("../../codemod/__testfixtures__/rest-literal.input.ts", import.meta.url));
const MIGRATE_JS_FIXTURE = fileURLToPath(new URL("../../codemod/__testfixtures__/seed-server.input.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gemini-image-module-graph-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages a command that reads no source code has no use for, and what they weigh on. */
const HEAVY = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(eslint|typescript|jscodeshift|ts-morph|@typescript-eslint[\\/][^\\/]+|@babel[\\/][^\\/]+|recast)[\\/]/u;
const OWN_HEAVY = /[\\/](?:packages|@gemini-image)[\\/](codemod|audit|locator|eslint-plugin)[\\/]/u;

/**
 * The entry points that load all of ESLint (its Node API: ESLint, Linter, RuleTester, the config
 * loader) and typescript-eslint's utils, which load ESLint's. `migrate` uses one class of ESLint
 * (SourceCode) and a few helpers of utils, and loads them from their own files: 0.3 s less.
 */
const WHOLE_ESLINT = /[\\/]eslint[\\/]lib[\\/](?:api|unsupported-api)\.js$|[\\/]@typescript-eslint[\\/]utils[\\/]dist[\\/]index\.js$/u;

/** The heavy packages among the files a traced run loaded, one name each. */
function heavyPackages(trace: string): string[] {
  const names = new Set<string>();
  for (const file of readFileSync(trace, "utf8").split("\n")) {
    const match = HEAVY.exec(file) ?? OWN_HEAVY.exec(file);
    if (match) names.add(match[1]!.replace("\\", "/"));
  }
  return [...names].sort();
}

let traces = 0;
/** Runs the bin with `args` under the tracer; answers its exit code and the heavy packages it loaded. */
function traced(args: readonly string[]): { status: number | null; heavy: string[]; files: string[] } {
  const trace = join(dir, `trace-${traces++}.txt`);
  writeFileSync(trace, "");
  const result = spawnSync(process.execPath, ["--import", TRACER, BIN, ...args], {
    encoding: "utf8",
    cwd: dir,
    env: { ...process.env, GEMINI_IMAGE_TRACE: trace },
  });
  return { status: result.status, heavy: heavyPackages(trace), files: readFileSync(trace, "utf8").split("\n").filter(Boolean) };
}

describe("the module graph of each command", () => {
  const body = join(dir, "body.json");
  writeFileSync(body, JSON.stringify({ contents: [{ parts: [{ text: "a lighthouse" }] }], size: "1792x1024" }));

  it.each([
    ["--help", ["--help"], 0],
    ["sizes", ["sizes", "1792x1024", "--model", "gemini-3-pro-image"], 0],
    ["models", ["models"], 0],
    ["check", ["check", body, "--model", "gemini-3-pro-image"], 1],
  ] as const)("%s loads no parser, linter or codemod", (_name, args, exit) => {
    const run = traced(args);
    expect(run.status).toBe(exit);
    expect(run.heavy).toEqual([]);
  });

  it("serve loads none either, until it stops", async () => {
    const trace = join(dir, "trace-serve.txt");
    writeFileSync(trace, "");
    const child = spawn(process.execPath, ["--import", TRACER, BIN, "serve"], { cwd: dir, env: { ...process.env, GEMINI_IMAGE_TRACE: trace } });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (text: string) => {
        stdout += text;
        if (stdout.includes("listening on")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
    });
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    expect((await exited)[0]).toBe(0);
    expect(heavyPackages(trace)).toEqual([]);
  });

  it("migrate does load the parser (the tracer sees CommonJS required from ES modules), but not jscodeshift for one file", () => {
    const file = join(dir, "request.ts");
    copyFileSync(MIGRATE_FIXTURE, file);
    const run = traced(["migrate", "--dry", file]);
    expect(run.status).toBe(1);
    expect(run.heavy).toEqual(expect.arrayContaining(["codemod", "locator", "typescript", "@typescript-eslint/parser", "eslint"]));
    expect(run.heavy).not.toContain("jscodeshift");
    expect(run.heavy).not.toContain("ts-morph");
    expect(run.files.filter((file) => WHOLE_ESLINT.test(file))).toEqual([]);
    // Our own code comes as one bundled module per entry point (scripts/bundle.mjs), not a file per module.
    expect(run.files.filter((file) => /[\\/]packages[\\/](?:cli|codemod|locator|protocol)[\\/]dist[\\/]/u.test(file)).length).toBeLessThanOrEqual(8);
  });

  it("migrate of a JS file parses it as ESLint does and never loads TypeScript", () => {
    const file = join(dir, "server.js");
    copyFileSync(MIGRATE_JS_FIXTURE, file);
    const run = traced(["migrate", "--dry", file]);
    expect(run.status).toBe(0);
    expect(run.heavy).toEqual(expect.arrayContaining(["codemod", "locator", "eslint"]));
    expect(run.heavy).not.toContain("typescript");
    expect(run.heavy).not.toContain("@typescript-eslint/parser");
    expect(run.heavy).not.toContain("jscodeshift");
    expect(run.files.filter((file) => WHOLE_ESLINT.test(file))).toEqual([]);
  });
});

describe("importOptional", () => {
  it("says which command needs a package that is not installed, and how to install it", async () => {
    const name = "@gemini-image/not-installed";
    const error = await importOptional(() => import(name), name, "migrate").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingPackage);
    expect((error as Error).message).toBe(
      "migrate needs @gemini-image/not-installed, an optional dependency that is not installed (npm's --omit=optional leaves it out). " +
        "Install it with: npm install --save-dev @gemini-image/not-installed",
    );
  });

  it("rethrows when the package is there but one of its own imports is missing", async () => {
    const module = join(dir, "broken-package.mjs");
    writeFileSync(module, 'import "left-out-dependency";\n');
    await expect(importOptional(() => import(module), module, "audit")).rejects.toThrow(/Cannot find package 'left-out-dependency'/u);
  });
});
