/**
 * One fix per finding (issue 11, part 3): on every file of the agreement corpus, the real
 * `eslint --fix` (the plugin's `all` config) and the real `migrate` (jscodeshift's runner, as
 * the CLI runs it) each rewrite a copy, and the two copies must hold the same code. Where
 * migrate legitimately does more (sizes mapped across objects, suggestions applied, follow-up
 * comments), the file is a row of FIX_DIFFERENCES with its reason, and the test still proves
 * that the shared findings got the same code: migrate on ESLint's output gives migrate's output
 * (ESLint's fixes are migrate's, written the same way), and ESLint finds nothing left to fix in
 * migrate's output. A row whose outputs no longer differ fails as stale.
 *
 * `FIX_AGREEMENT_DUMP=1 npx vitest run test/fix-agreement.test.ts` prints both outputs of each
 * file that differs.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, migrateSource } from "@gemini-image/codemod";
import plugin from "eslint-plugin-gemini-image";
import { FIX_DIFFERENCES } from "./fix-differences.js";

const CORPUS = fileURLToPath(new URL("fixtures/agreement/", import.meta.url));
const names = readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.[cm]?[jt]sx?$/u.test(f))
  .map((f) => f.split(sep).join("/"))
  .sort();

const parserConfig: Linter.Config[] = [
  { files: ["**/*.{js,mjs,ts,tsx,jsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.cjs"], languageOptions: { parser: tsParser, sourceType: "commonjs" } },
];

// typescript-eslint types its flat configs apart from ESLint's own; they are the same objects.
const eslintFix = (cwd: string): ESLint =>
  new ESLint({ cwd, fix: true, overrideConfigFile: true, overrideConfig: [...parserConfig, ...(plugin.configs.all as unknown as Linter.Config[])] });

interface Outputs {
  readonly original: string;
  readonly eslint: string;
  readonly migrate: string;
}

const root = mkdtempSync(join(tmpdir(), "fix-agreement-"));
const outputs = new Map<string, Outputs>();
let fixer: ESLint;

beforeAll(async () => {
  const eslintDir = join(root, "eslint");
  const migrateDir = join(root, "migrate");
  cpSync(CORPUS, eslintDir, { recursive: true });
  cpSync(CORPUS, migrateDir, { recursive: true });
  fixer = eslintFix(eslintDir);
  await ESLint.outputFixes(await fixer.lintFiles(["."]));
  const summary = await migrate({ paths: [migrateDir], cwd: migrateDir, runInBand: true });
  expect(summary.failed).toEqual([]);
  for (const name of names) {
    const read = (dir: string): string => readFileSync(join(dir, ...name.split("/")), "utf8");
    outputs.set(name, { original: read(CORPUS), eslint: read(eslintDir), migrate: read(migrateDir) });
  }
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `eslint --fix` on a text, as the copies got it. */
async function fixText(text: string, name: string): Promise<string> {
  const [result] = await fixer.lintText(text, { filePath: join(root, "eslint", ...name.split("/")) });
  return result!.output ?? text;
}

describe("the fix table", () => {
  it("lists existing files, once each", () => {
    for (const row of FIX_DIFFERENCES) expect(names, row.fixture).toContain(row.fixture);
    const listed = FIX_DIFFERENCES.map((row) => row.fixture);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("has files both tools fix, so the comparison compares something", () => {
    const both = names.filter((name) => {
      const o = outputs.get(name)!;
      return o.eslint !== o.original && o.migrate !== o.original;
    });
    expect(both.length).toBeGreaterThanOrEqual(8);
  });
});

describe.each(names)("%s", (name) => {
  const row = FIX_DIFFERENCES.find((r) => r.fixture === name);

  it(row ? `migrate does more (${row.reason}), and the shared fixes agree` : "eslint --fix and migrate write the same code", async () => {
    const { eslint, migrate: migrated } = outputs.get(name)!;
    if (process.env.FIX_AGREEMENT_DUMP && eslint !== migrated) console.log(`=== ${name}\n--- eslint --fix\n${eslint}--- migrate\n${migrated}`);
    if (!row) {
      expect(migrated).toBe(eslint);
      return;
    }
    expect(migrated, "stale row: the outputs no longer differ; remove it from FIX_DIFFERENCES").not.toBe(eslint);
    // ESLint's fixes are migrate's, written the same way: migrate finishes ESLint's output into its own.
    expect(migrateSource(eslint, join(root, "eslint", ...name.split("/"))).output).toBe(migrated);
  });

  it("migrate leaves nothing eslint --fix would change", async () => {
    const { migrate: migrated } = outputs.get(name)!;
    expect(await fixText(migrated, name)).toBe(migrated);
  });
});
