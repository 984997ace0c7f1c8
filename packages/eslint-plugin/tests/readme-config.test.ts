/**
 * The README's Usage snippet, copied out of the README as it stands, in a fresh directory outside
 * this repository's ESLint config, run by the real ESLint CLIs on a JS, a JSX, a TS, a TSX, an MTS
 * and a CTS file. A snippet that silently skips TypeScript files or cannot parse them fails here.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The first `js` code block under the README's `## Usage` heading, byte for byte. */
function readmeUsageSnippet(readme: string): string {
  const usage = readme.slice(readme.indexOf("\n## Usage\n"));
  const block = /\n```js\n([\s\S]*?)\n```\n/u.exec(usage)?.[1];
  if (block === undefined) throw new Error("README.md has no js block under ## Usage");
  return `${block}\n`;
}

const URL_3_PRO = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";
/** One request per file with OpenAI's `size` in it, written in each language's own syntax. */
const FILES: Record<string, string> = {
  "app.js": `export const send = (prompt) =>\n  fetch("${URL_3_PRO}", { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "1024x1024" }) });\n`,
  "view.jsx": `export const View = ({ prompt }) => (\n  <button onClick={() => fetch("${URL_3_PRO}", { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "1024x1024" }) })}>go</button>\n);\n`,
  "app.ts": `interface Job { prompt: string }\nexport const send = (job: Job): Promise<Response> =>\n  fetch("${URL_3_PRO}", { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: job.prompt }] }], size: "1024x1024" } satisfies object) });\n`,
  "view.tsx": `export const View = ({ prompt }: { prompt: string }) => (\n  <button onClick={() => fetch("${URL_3_PRO}", { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt as string }] }], size: "1024x1024" }) })}>go</button>\n);\n`,
  "worker.mts": `const model: string = "gemini-3-pro-image";\nexport const send = (prompt: string) =>\n  fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${model}:generateContent\`, { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "1024x1024" }) });\n`,
  "legacy.cts": `const model: string = "gemini-3-pro-image";\nexport = (prompt: string) =>\n  fetch(\`https://generativelanguage.googleapis.com/v1beta/models/\${model}:generateContent\`, { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "1024x1024" }) });\n`,
};

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string }[];
}

let dir = "";

beforeAll(() => {
  // Outside the repository, so no eslint.config.js of ours is found above it.
  dir = mkdtempSync(join(tmpdir(), "gemini-image-readme-config-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "readme-config", private: true, type: "module" }));
  writeFileSync(join(dir, "eslint.config.js"), readmeUsageSnippet(readFileSync(join(packageDir, "README.md"), "utf8")));
  mkdirSync(join(dir, "node_modules"));
  // As npm would install it: the built package, under its name.
  symlinkSync(packageDir, join(dir, "node_modules", "eslint-plugin-gemini-image"), "dir");
  mkdirSync(join(dir, "src"));
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(dir, "src", file), text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `npx eslint .` in the fresh directory: each file's gemini-image rules, or its fatal message. */
async function lint(cli: string): Promise<Record<string, string[]>> {
  const { stdout } = await run(process.execPath, [cli, "--format", "json", "."], { cwd: dir }).catch(
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      // Exit code 1 means "findings"; anything else is a crash.
      if (error.code !== 1) throw new Error(`eslint failed (${String(error.code)}): ${error.stderr ?? ""}`);
      return { stdout: error.stdout ?? "" };
    },
  );
  const byFile: Record<string, string[]> = {};
  for (const result of JSON.parse(stdout) as EslintResult[]) {
    const file = result.filePath.slice(dir.length + 1).split("\\").join("/");
    byFile[file] = result.messages.map((m) => (m.fatal ? `fatal: ${m.message}` : (m.ruleId ?? m.message)));
  }
  return byFile;
}

// The config file itself is linted too, and is clean.
const expected = { "eslint.config.js": [], ...Object.fromEntries(Object.keys(FILES).map((file) => [`src/${file}`, ["gemini-image/no-openai-size"]])) };

describe("the README's config, as written, in a fresh project", () => {
  it("is the import and the recommended preset", () => {
    const snippet = readFileSync(join(dir, "eslint.config.js"), "utf8");
    expect(snippet).toContain('import gemini from "eslint-plugin-gemini-image";');
    expect(snippet).toContain("...gemini.configs.recommended,");
  });

  it("lints JS, JSX, TS, TSX, MTS and CTS files with ESLint 10, one finding each", async () => {
    expect(await lint(join(packageDir, "node_modules/eslint/bin/eslint.js"))).toEqual(expected);
  });

  it("does the same with ESLint 9", async () => {
    expect(await lint(join(packageDir, "node_modules/eslint-v9/bin/eslint.js"))).toEqual(expected);
  });
});
