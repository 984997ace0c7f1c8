/**
 * The real-code corpus: JS/TS files of the packages installed as devDependencies of this
 * workspace (`test/package.json`). Code nobody here wrote, for robustness and speed work on
 * the locator, rules and codemod. The package list is the devDependencies, so a fresh
 * `pnpm install` brings the whole corpus with it.
 */
import { readdirSync, readFileSync, realpathSync, statSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** File extensions the corpus takes; `.d.ts`, `.d.mts` and `.d.cts` files count as `.ts`, `.mts`, `.cts`. */
export const CORPUS_EXTENSIONS = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx"] as const;

/** One of {@link CORPUS_EXTENSIONS}. */
export type CorpusExtension = (typeof CORPUS_EXTENSIONS)[number];

/** One file of the corpus. */
export interface CorpusFile {
  /** Absolute real path (symlinks resolved), usable as an identity. */
  readonly path: string;
  /** The devDependency the file belongs to. */
  readonly packageName: string;
  /** Path inside the package, with `/` separators. */
  readonly relativePath: string;
  readonly extension: CorpusExtension;
  /** True for declaration files (`.d.ts`, `.d.mts`, `.d.cts`). */
  readonly declaration: boolean;
  readonly bytes: number;
}

/** Filters for {@link listCorpusFiles}; all optional. */
export interface CorpusOptions {
  /** Only these packages (devDependency names of `test/package.json`). */
  readonly packages?: readonly string[];
  /** Only these extensions (default: all of {@link CORPUS_EXTENSIONS}). */
  readonly extensions?: readonly CorpusExtension[];
  /** Skip files larger than this (bundles such as typescript.js are several MB). */
  readonly maxBytes?: number;
  /**
   * At most this many files, picked at an even stride through the sorted list so that a small
   * sample still spans every package. The same options always give the same files.
   */
  readonly limit?: number;
}

/** Totals from {@link corpusStats}. */
export interface CorpusStats {
  readonly files: number;
  readonly bytes: number;
  readonly packages: Readonly<Record<string, { readonly files: number; readonly bytes: number }>>;
}

const TESTKIT_DIR = dirname(fileURLToPath(import.meta.url));
const TESTKIT_MANIFEST = join(TESTKIT_DIR, "package.json");
const DECLARATION = /\.d\.[cm]?ts$/u;

let cached: readonly CorpusFile[] | undefined;

/** The devDependencies of `test/package.json`: the packages the corpus is made of. */
export function corpusPackages(): string[] {
  const manifest = JSON.parse(readFileSync(TESTKIT_MANIFEST, "utf8")) as { devDependencies?: Record<string, string> };
  return Object.keys(manifest.devDependencies ?? {}).sort();
}

/**
 * Lists the corpus files, sorted by package name, then path inside the package. Nested
 * `node_modules` are skipped (their packages are not the ones listed) and each real path
 * appears once.
 */
export function listCorpusFiles(options: CorpusOptions = {}): CorpusFile[] {
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new Error(`limit must be a whole number >= 0, got ${limit}.`);
  }
  const packages = options.packages ? new Set(options.packages) : undefined;
  const known = corpusPackages();
  for (const name of packages ?? []) {
    if (!known.includes(name)) {
      throw new Error(
        `"${name}" is not in the corpus: add it to devDependencies of test/package.json, or use one of ${known.join(", ")}.`,
      );
    }
  }
  const all = (cached ??= walkCorpus());
  const extensions = options.extensions ? new Set<string>(options.extensions) : undefined;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const selected = all.filter(
    (file) =>
      (!packages || packages.has(file.packageName)) &&
      (!extensions || extensions.has(file.extension)) &&
      file.bytes <= maxBytes,
  );
  if (limit === undefined || limit >= selected.length) return selected;
  return Array.from({ length: limit }, (_, i) => selected[Math.floor((i * selected.length) / limit)]!);
}

/** File and byte counts of the corpus (or of the part `options` selects), in total and per package. */
export function corpusStats(options: CorpusOptions = {}): CorpusStats {
  const packages: Record<string, { files: number; bytes: number }> = {};
  let bytes = 0;
  const files = listCorpusFiles(options);
  for (const file of files) {
    const entry = (packages[file.packageName] ??= { files: 0, bytes: 0 });
    entry.files++;
    entry.bytes += file.bytes;
    bytes += file.bytes;
  }
  return { files: files.length, bytes, packages };
}

function walkCorpus(): CorpusFile[] {
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  for (const packageName of corpusPackages()) {
    const root = packageDirectory(packageName);
    const found: CorpusFile[] = [];
    walk(root, (path) => {
      const extension = extname(path) as CorpusExtension;
      if (!CORPUS_EXTENSIONS.includes(extension) || seen.has(path)) return;
      seen.add(path);
      found.push({
        path,
        packageName,
        relativePath: relative(root, path).split(sep).join("/"),
        extension,
        declaration: DECLARATION.test(path),
        bytes: statSync(path).size,
      });
    });
    found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
    files.push(...found);
  }
  return files;
}

/**
 * The real directory of an installed package, found along Node's lookup paths from
 * test/package.json. `require.resolve("<name>/package.json")` is not used because an exports
 * map may hide package.json.
 */
function packageDirectory(name: string): string {
  const require = createRequire(TESTKIT_MANIFEST);
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = join(base, name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
  }
  throw new Error(`Corpus package "${name}" is not installed: run \`pnpm install\` at the repository root.`);
}

/** Calls `visit` with every regular file under `directory` (a real path), skipping node_modules and symlinks. */
function walk(directory: string, visit: (path: string) => void): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") walk(path, visit);
    } else if (entry.isFile()) {
      visit(path);
    }
  }
}
