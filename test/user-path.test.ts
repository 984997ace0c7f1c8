/**
 * The user's path, from the tarballs: every published package packed with `pnpm pack` and
 * installed with npm into one fresh project outside the repository, then, in that project,
 * ESLint with the plugin README's own config, every CLI command through the installed bin, and
 * every runnable code block of the documentation (the convention is in docs/development.md,
 * "Code blocks in the docs"; test/markdown-blocks.ts reads it). One install serves all three.
 */
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COMMAND_FORM,
  REFUSED_TAGS,
  blockName,
  checkPrintedValues,
  documentationBlocks,
  isRunnable,
  shellCommands,
  type CodeBlock,
} from "./markdown-blocks.js";
import { createNpmProject, type NpmProject } from "./npm-project.js";
import { ROOT, publishedPackages } from "./pack.js";

const run = promisify(execFile);
/** Per test: the machine's two cores are shared by every test file running beside this one. */
const SLOW = 480_000;
const FIXTURE = join(ROOT, "test", "fixtures", "user-project");
const PRELOAD = join(ROOT, "test", "fixtures", "route-google.mjs");
const RUNNER = join(ROOT, "test", "fixtures", "run-blocks.mjs");
const OURS = new Set(publishedPackages().map((pkg) => pkg.manifest.name));

const blocks = documentationBlocks();
const runnable = blocks.filter(isRunnable);
const skipped = blocks.filter((block) => block.noRun !== undefined);
/** Registry packages the documentation's runnable `npm install` lines name beside ours. */
const thirdParty = [
  ...new Set(
    runnable
      .filter((block) => block.lang === "sh")
      .flatMap((block) => shellCommands(block.code).flatMap((command) => (COMMAND_FORM.test(command.text) ? (command.installs ?? []) : [])))
      .filter((name) => !OURS.has(name)),
  ),
];

/** The plugin README's Usage block, as written: the config every user copies. */
const readmeConfig = blocks.find((block) => block.file === "packages/eslint-plugin/README.md" && block.heading === "Usage" && block.lang === "js");

interface Outcome {
  code: number | null;
  /** Set when a signal ended the process. */
  signal?: string | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; a non-zero exit is an outcome, not a throw. */
async function outcome(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout = "", stderr = "" } = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof code === "number" ? code : null, stdout, stderr: `${stderr}${typeof code === "string" ? code : ""}` };
  }
}

/**
 * Starts a long-running command, waits for its first `http://` URL on stdout, hands it to `use`,
 * then stops it with SIGTERM; answers how it exited and everything it printed.
 */
async function serving(
  command: string,
  args: readonly string[],
  cwd: string,
  use: (url: string) => Promise<void>,
): Promise<Outcome & { url: string }> {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let signal: string | null = null;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, by) => {
      signal = by;
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /http:\/\/[\w.:[\]]+/u.exec(stdout)?.[0];
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`${command} exited ${String(code)} before printing a URL:\n${stdout}${stderr}`)));
  });
  try {
    await use(url);
  } finally {
    child.kill("SIGTERM");
  }
  return { code: await exited, signal, stdout, stderr, url };
}

/** Whether anything still answers at `url` after up to ten seconds of asking. */
async function stillAnswers(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(1000) })).arrayBuffer();
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return true;
}

let project: NpmProject;
/** The user's app inside the project: the fixture and the README's eslint.config.js. */
let app = "";
let bin = "";
let testServer: { url: string; close(): Promise<void> } | undefined;
let moduleRun: Promise<Map<CodeBlock, string | null>>;
let linted: Promise<Record<string, string[]>>;

beforeAll(async () => {
  if (!readmeConfig) throw new Error("packages/eslint-plugin/README.md has no js block under ## Usage");
  project = await createNpmProject(thirdParty);
  app = join(project.dir, "app");
  bin = join(project.dir, "node_modules", ".bin");
  cpSync(FIXTURE, app, { recursive: true });
  writeFileSync(join(app, "eslint.config.js"), readmeConfig.code);
  cpSync(PRELOAD, join(project.dir, "route-google.mjs"));
  cpSync(RUNNER, join(project.dir, "run-blocks.mjs"));
  // The test server the blocks' Google requests are routed to: the installed package itself.
  const serverModule = pathToFileURL(join(project.dir, "node_modules", "@gemini-image", "test-server", "dist", "index.js")).href;
  const { startTestServer } = (await import(serverModule)) as { startTestServer(options: object): Promise<typeof testServer & object> };
  testServer = await startTestServer({ mode: "strict" });
  const { packSeconds, installSeconds, installBytes, packages } = project.times;
  console.log(
    `user path: pack ${packSeconds} s, npm install ${installSeconds} s, ${packages} packages, ` +
      `${(installBytes / 1024 / 1024).toFixed(0)} MB in node_modules; ` +
      `${runnable.length} documentation blocks to run, ${skipped.length} marked no-run`,
  );
  // Started here, awaited by each block's test: one process for every js and ts block.
  moduleRun = runModules(runnable.filter((block) => block.lang !== "sh"));
  moduleRun.catch(() => {});
  linted = lint(app, ["src", "good"]);
  linted.catch(() => {});
}, 600_000);

afterAll(async () => {
  await testServer?.close();
  if (project) rmSync(project.root, { recursive: true, force: true });
}, 60_000);

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string }[];
}

/** `npx eslint` in `cwd` on `paths`: each file's rule ids (or fatal messages), by path. */
async function lint(cwd: string, paths: readonly string[]): Promise<Record<string, string[]>> {
  const result = await outcome(join(bin, "eslint"), ["--format", "json", ...paths], cwd);
  if (result.code !== 0 && result.code !== 1) throw new Error(`eslint exited ${String(result.code)}: ${result.stderr}`);
  const byFile: Record<string, string[]> = {};
  for (const file of JSON.parse(result.stdout) as EslintResult[]) {
    byFile[file.filePath.slice(cwd.length + 1)] = file.messages.map((m) => (m.fatal ? `fatal: ${m.message}` : (m.ruleId ?? m.message)));
  }
  return byFile;
}

describe.concurrent("the README's ESLint config, installed with npm", { timeout: SLOW }, () => {
  it("reports the OpenAI habits in JS, TS and TSX files", async () => {
    const { "good/generate.js": _js, "good/edit.ts": _ts, "good/button.tsx": _tsx, ...bad } = await linted;
    expect(bad).toEqual({
      "src/generate.js": ["gemini-image/no-openai-size", "gemini-image/no-multiple-images"],
      "src/edit.ts": ["gemini-image/no-snake-case-fields", "gemini-image/valid-image-size", "gemini-image/prefer-last-image-part"],
      "src/button.tsx": ["gemini-image/no-openai-size"],
    });
  });

  it("says nothing about the same requests written for Gemini", async () => {
    const all = await linted;
    expect({ js: all["good/generate.js"], ts: all["good/edit.ts"], tsx: all["good/button.tsx"] }).toEqual({ js: [], ts: [], tsx: [] });
  });
});

describe.concurrent("the gemini-image bin, installed with npm", { timeout: SLOW }, () => {
  const cli = (args: readonly string[], cwd = app) => outcome(join(bin, "gemini-image"), args, cwd, { NO_COLOR: "1" });

  it("--help lists the six commands, --version the packed version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["sizes", "models", "check", "migrate", "audit", "serve"]) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "mu"));
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "packages", "cli", "package.json"), "utf8")).version);
  });

  it("sizes maps an OpenAI size (0) and refuses a malformed one (2)", async () => {
    const mapped = await cli(["sizes", "1792x1024", "--model", "gemini-3-pro-image", "--format", "json"]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject([{ size: "1792x1024", imageSize: "2K", aspectRatio: "16:9", pixels: { width: 2752, height: 1536 } }]);
    const malformed = await cli(["sizes", "1792by1024"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("1792by1024");
  });

  it("models lists the image models (0)", async () => {
    const models = await cli(["models"]);
    expect(models.code).toBe(0);
    expect(models.stdout).toContain("gemini-3-pro-image");
    expect(models.stdout).toContain("gemini-3.1-flash-image");
  });

  it("check: 1 for a body with findings, 0 for a good one, 2 for a missing file", async () => {
    const bad = await cli(["check", "body.json", "--model", "gemini-3-pro-image"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("openai-size");
    const good = await cli(["check", "good/body.json", "--model", "gemini-3-pro-image"]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("0 with errors");
    const missing = await cli(["check", "missing.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing.json");
  });

  it("migrate rewrites the OpenAI habits (1: a follow-up is left) and ESLint then finds only what it left", async () => {
    const copy = join(project.dir, "migrated");
    cpSync(app, copy, { recursive: true });
    const migrated = await cli(["migrate", "src"], copy);
    expect(migrated.code).toBe(1);
    expect(migrated.stdout).toMatch(/3 changed/u);
    expect(migrated.stdout).toContain("[openai-n]");
    expect(readFileSync(join(copy, "src", "generate.js"), "utf8")).toContain('imageConfig: { aspectRatio: "16:9", imageSize: "2K" }');
    expect(await lint(copy, ["src"])).toEqual({
      "src/generate.js": [],
      "src/edit.ts": ["gemini-image/prefer-last-image-part"],
      "src/button.tsx": [],
    });
  });

  it("audit lists the six requests and exits 1 on the error it finds", async () => {
    // --no-types here: the README blocks run the type-aware audit.
    const audit = await cli(["audit", "--project", "tsconfig.json", "--no-types", "--format", "json"]);
    expect(audit.code).toBe(1);
    const report = JSON.parse(audit.stdout) as { calls: { file: string; findings: { id?: string; code?: string }[] }[] };
    expect(report.calls.map((call) => call.file).sort()).toEqual(
      ["good/button.tsx", "good/edit.ts", "good/generate.js", "src/button.tsx", "src/edit.ts", "src/generate.js"],
    );
  });

  it("serve answers requests, logs each one, and stops on SIGTERM with 0", async () => {
    const statuses: number[] = [];
    const served = await serving(join(bin, "gemini-image"), ["serve", "--port", "0"], app, async (url) => {
      for (const file of ["good/body.json", "body.json"]) {
        const response = await fetch(`${url}/v1beta/models/gemini-3-pro-image:generateContent`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-goog-api-key": "test-key" },
          body: readFileSync(join(app, file), "utf8"),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    });
    expect(statuses).toEqual([200, 400]);
    expect(served.code).toBe(0);
    expect(served.stdout).toMatch(/POST \/v1beta\/models\/gemini-3-pro-image:generateContent 200 - \d+ms/u);
    expect(served.stdout).toMatch(/POST \/v1beta\/models\/gemini-3-pro-image:generateContent 400 openai-size \d+ms/u);
  });
});

describe("the documentation's code blocks follow the convention", () => {
  it("every block names its language", () => {
    expect(blocks.filter((block) => block.lang === "").map(blockName)).toEqual([]);
  });

  it("runnable languages use their short tag (js, ts, sh), so no block dodges the test", () => {
    expect(blocks.filter((block) => block.lang in REFUSED_TAGS).map((block) => `${blockName(block)}: write ${REFUSED_TAGS[block.lang]}`)).toEqual([]);
  });

  it("every no-run block says why", () => {
    expect(skipped.filter((block) => (block.noRun ?? "").length < 10).map(blockName)).toEqual([]);
  });

  it("every command of a runnable sh block is an npm install or an npx command", () => {
    const odd = runnable
      .filter((block) => block.lang === "sh")
      .flatMap((block) => shellCommands(block.code).filter((command) => !COMMAND_FORM.test(command.text)).map((command) => `${blockName(block)}: ${command.text}`));
    expect(odd).toEqual([]);
  });
});

/** A block's own folder: a copy of the user's app, so blocks that write files do not meet. */
function blockFolder(block: CodeBlock): string {
  const folder = join(project.dir, "blocks", `${block.file.replace(/[/.]/gu, "-")}-${block.line}`);
  cpSync(app, folder, { recursive: true });
  return folder;
}

/**
 * Runs the js and ts blocks, each as an ES module in its own folder, one after the other in one
 * Node process (test/fixtures/run-blocks.mjs), Google's host routed to the test server. Answers
 * each block's error text, or null.
 */
async function runModules(moduleBlocks: readonly CodeBlock[]): Promise<Map<CodeBlock, string | null>> {
  const folders = moduleBlocks.map((block) => {
    const folder = blockFolder(block);
    const source = checkPrintedValues(block.code);
    const code =
      block.lang === "ts"
        ? ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: "block.mts" }).outputText
        : source;
    writeFileSync(join(folder, "block.mjs"), code);
    return folder;
  });
  const results = join(project.dir, "module-blocks.json");
  const ran = await outcome(
    process.execPath,
    ["--import", pathToFileURL(join(project.dir, "route-google.mjs")).href, join(project.dir, "run-blocks.mjs"), results, ...folders],
    project.dir,
    { GEMINI_IMAGE_TEST_SERVER: testServer?.url ?? "", GEMINI_API_KEY: "test-key", NO_COLOR: "1" },
  );
  if (ran.code !== 0 || !existsSync(results)) throw new Error(`the block runner exited ${String(ran.code)}:\n${ran.stderr}`);
  const errors = JSON.parse(readFileSync(results, "utf8")) as Record<string, string | null>;
  return new Map(moduleBlocks.map((block, index) => {
    const folder = folders[index] ?? "";
    return [block, folder in errors ? (errors[folder] ?? null) : "not run"];
  }));
}

/**
 * Runs a sh block's commands in order; answers what went wrong, in the block's order. `npx <bin>`
 * runs the project's own `node_modules/.bin/<bin>`, which is what npx runs when the bin is
 * installed (and a missing one fails here instead of npx fetching a same-named package); calling
 * it directly saves npm's start-up, about a second of CPU per command.
 */
async function runShell(block: CodeBlock): Promise<string[]> {
  const folder = blockFolder(block);
  const problems: string[] = [];
  for (const command of shellCommands(block.code)) {
    if (command.installs) {
      // Not run again: the project was installed from these very lines (ours from the tarballs).
      for (const name of command.installs) {
        if (!existsSync(join(project.dir, "node_modules", name, "package.json"))) problems.push(`${command.text}: ${name} is not installed`);
      }
      continue;
    }
    const npx = /\bnpx ([\w@/.-]+)/u.exec(command.text);
    const binary = join(bin, npx?.[1] ?? "");
    if (!npx || !existsSync(binary)) {
      problems.push(`${command.text}: ${npx?.[1] ?? "its command"} is not a bin the project installed`);
      continue;
    }
    const text = command.text.replace(npx[0], JSON.stringify(binary));
    if (/^npx gemini-image serve\b/u.test(command.text)) {
      // A server runs until stopped: on a free port, asked once, then SIGTERM.
      const args = text.replace(/--port \d+/u, "--port 0").split(/\s+/u).slice(1);
      const served = await serving(binary, args, folder, async (url) => {
        const response = await fetch(`${url}/v1beta/interactions`, { method: "POST", headers: { "x-goog-api-key": "test-key" }, body: "{}" });
        await response.arrayBuffer();
      });
      if (served.code !== 0) problems.push(`${command.text}: exit ${String(served.code)} after SIGTERM\n${served.stderr}`);
      if (await stillAnswers(served.url)) problems.push(`${command.text}: the server still answers after SIGTERM`);
      continue;
    }
    const result = await outcome("sh", ["-c", text], folder, { NO_COLOR: "1" });
    const expected = block.exit === undefined ? [0, 1] : [block.exit];
    if (!expected.includes(result.code ?? -1)) {
      problems.push(`${command.text}: exit ${String(result.code)}, expected ${expected.join(" or ")}\n${result.stdout}${result.stderr}`);
    }
  }
  return problems;
}

describe.concurrent("every runnable documentation block, in the npm project", { timeout: SLOW }, () => {
  it.each(runnable.map((block) => [blockName(block), block] as const))("%s", async (_name, block) => {
    if (block.lang === "sh") {
      expect(await runShell(block)).toEqual([]);
      return;
    }
    expect((await moduleRun).get(block)).toBeNull();
  });

  it.skip.each(skipped.map((block) => [`${blockName(block)}: no-run: ${block.noRun ?? ""}`]))("%s", () => {});
});
