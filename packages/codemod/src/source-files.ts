import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { PARSED_EXTENSIONS, extensionOf, isDeclarationFile } from "@gemini-image/locator";

/** What `listSourceFiles` found. */
export interface SourceFiles {
  /** Absolute paths of JS/TS files to transform, sorted. */
  readonly files: string[];
  /** Paths given that do not exist. */
  readonly missing: string[];
}

const isSource = (path: string): boolean => Object.hasOwn(PARSED_EXTENSIONS, extensionOf(path)) && !isDeclarationFile(path);
const inNodeModules = (path: string): boolean => /(^|[\\/])node_modules([\\/]|$)/u.test(path);

/**
 * The JS/TS files under `paths`. Inside a git work tree it asks git, so every `.gitignore`
 * (and `.git/info/exclude`) applies; elsewhere it walks the folders. `node_modules` is always
 * skipped, and so are `.git` folders.
 */
export function listSourceFiles(paths: readonly string[], cwd: string = process.cwd()): SourceFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      missing.push(given);
      continue;
    }
    const stat = statSync(path);
    if (stat.isFile()) {
      // A file named explicitly is taken even when ignored: the user asked for it.
      if (isSource(path)) files.add(path);
      continue;
    }
    for (const file of gitFiles(path) ?? walk(path)) {
      if (isSource(file) && !inNodeModules(file)) files.add(file);
    }
  }
  return { files: [...files].sort(), missing };
}

/** Tracked and untracked-but-not-ignored files under `dir`, or `undefined` outside git. */
function gitFiles(dir: string): string[] | undefined {
  const result = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) return undefined;
  return result.stdout
    .split("\0")
    .filter((name) => name !== "")
    .map((name) => join(dir, name))
    .filter((file) => existsSync(file));
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) out.push(full);
    }
  }
  return out;
}
