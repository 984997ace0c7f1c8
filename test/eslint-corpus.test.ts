/**
 * The ESLint plugin on code nobody here wrote: every corpus file that mentions a Gemini API
 * word, plus a stride sample of all the others (the full run is the plugin's corpus script,
 * `pnpm --filter eslint-plugin-gemini-image bench`). No rule may crash, and no rule may report
 * anything on these files: none of them sends a Gemini image request with a mistake in it.
 *
 * How much: all ~100 Gemini files (12 MB, the SDKs' own request builders among them), where the
 * rules do their real work, and one in 40 of the ~24,000 others (~600 files, ~3 MB, from every
 * package), where the rules find no request and the risk is a crash on unusual syntax. Parsing
 * is nearly all of the time (the rules add a few percent), so the sample's size is the test's
 * cost: one in 12 took 40 s of CPU, as long as the Gemini files.
 */
import { readFileSync } from "node:fs";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "eslint-plugin-gemini-image";
import { listCorpusFiles } from "./corpus.js";

const GEMINI_WORDS = /generateContent|generationConfig|generation_config|imageConfig|getGenerativeModel|gemini/iu;
const SAMPLE_EVERY = 40;
const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: "off" as const };
// typescript-eslint types its flat configs apart from ESLint's own; they are the same objects.
const config = [
  { files: ["**/*.{js,mjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module" }, linterOptions },
  { files: ["**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" }, linterOptions },
  { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser, sourceType: "module" }, linterOptions },
  ...plugin.configs.all,
] as unknown as Linter.Config[];

describe("eslint-plugin-gemini-image on real code", () => {
  it("never crashes and reports nothing", { timeout: 900_000 }, () => {
    const linter = new Linter({ configType: "flat" });
    const files = listCorpusFiles({ maxBytes: 2_000_000 });
    const crashes: string[] = [];
    const findings: string[] = [];
    let linted = 0;
    let geminiFiles = 0;
    let unparsed = 0;
    files.forEach((file, index) => {
      const text = readFileSync(file.path, "utf8");
      const gemini = GEMINI_WORDS.test(text);
      if (!gemini && index % SAMPLE_EVERY !== 0) return;
      if (gemini) geminiFiles++;
      linted++;
      let messages: Linter.LintMessage[];
      try {
        // A relative name: flat config ignores node_modules paths, where the corpus lives.
        messages = linter.verify(text, config, { filename: `corpus/${file.packageName}/${file.relativePath}` });
      } catch (error) {
        crashes.push(`${file.packageName}/${file.relativePath}: ${(error as Error).message.split("\n")[0]}`);
        return;
      }
      if (messages.some((m) => m.fatal)) unparsed++;
      for (const m of messages) {
        // Parse errors and notes about inline directives are not the rules' business.
        if (m.fatal || !m.ruleId?.startsWith("gemini-image/")) continue;
        findings.push(`${file.packageName}/${file.relativePath}:${m.line} ${m.ruleId}: ${m.message}`);
      }
    });
    // The sample is taken from the whole corpus (20,000+ files), not from a short list.
    expect(files.length).toBeGreaterThan(20_000);
    expect(linted).toBeGreaterThan(600);
    expect(geminiFiles).toBeGreaterThan(50);
    // The rules only run on files that parse: nearly all of them must.
    expect(unparsed).toBeLessThan(linted * 0.02);
    expect(crashes).toEqual([]);
    expect(findings).toEqual([]);
  });
});
