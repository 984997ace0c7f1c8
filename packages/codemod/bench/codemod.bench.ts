/**
 * The codemod over real code against the floor of any jscodeshift transform: a no-op that
 * only parses each file with jscodeshift's own parser. Ours decides from the text whether a
 * file can hold a Gemini request before parsing it, so over a whole codebase it should cost
 * well under the parse-only baseline (target ≤ 0.5).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compare, type BenchOptions, type RatioResult } from "../../../test/bench.js";
import { listCorpusFiles } from "../../../test/corpus.js";
import { migrateSource } from "../src/migrate-source.js";

type Jscodeshift = { withParser(parser: string): (source: string) => unknown };

export default async function codemodBench({ corpus }: BenchOptions): Promise<RatioResult[]> {
  // A stride sample through every corpus package keeps the run short (500 files with --corpus);
  // declaration files included, as a codebase scan would meet them.
  const files = listCorpusFiles({ limit: corpus ? 500 : 100 }).map((f) => ({ path: f.path, text: readFileSync(f.path, "utf8") }));
  const j = (createRequire(import.meta.url)("jscodeshift") as Jscodeshift).withParser("tsx");
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
  return [
    compare({
      name: `codemod over ${files.length} real files (${(bytes / 1e6).toFixed(1)} MB) vs a parse-only jscodeshift transform`,
      ours: () => {
        let changed = 0;
        for (const f of files) if (migrateSource(f.text, f.path).changed) changed++;
        return changed;
      },
      baseline: () => {
        let parsed = 0;
        for (const f of files) {
          try {
            j(f.text);
            parsed++;
          } catch {
            // Files babel's tsx parser rejects cost their parse attempt all the same.
          }
        }
        return parsed;
      },
      iterations: 1,
      rounds: 3,
    }),
  ];
}
