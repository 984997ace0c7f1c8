import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SourceCode } from "eslint";

/** ESLint's `SourceCode` class, as its package exports it. */
export type SourceCodeClass = typeof SourceCode;

/**
 * Where ESLint keeps its `SourceCode` class inside its package (ESLint 9 and 10). ESLint's
 * entry point loads the whole engine with it (`ESLint`, `Linter`, `RuleTester`, the flat-config
 * loader and its file cache): 0.2 s of a `migrate` run that only needs this one class.
 */
const SOURCE_CODE_FILE = join("lib", "languages", "js", "source-code", "index.js");

let loaded: SourceCodeClass | undefined;

/**
 * ESLint's own `SourceCode` class, the one its rules receive, loaded without the rest of ESLint.
 * The file is taken from the installed ESLint's folder, so it is the same module `eslint`
 * exports (a test checks they are the same class); when a future ESLint moves it, the package
 * entry point is loaded instead, which is slower but the same class.
 */
export function eslintSourceCode(): SourceCodeClass {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  try {
    const file = join(dirname(require.resolve("eslint/package.json")), SOURCE_CODE_FILE);
    loaded = (require(file) as { SourceCode?: SourceCodeClass }).SourceCode;
  } catch {
    // Not there in this ESLint version: the entry point below.
  }
  loaded ??= (require("eslint") as { SourceCode: SourceCodeClass }).SourceCode;
  return loaded;
}
