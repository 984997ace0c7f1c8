import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import ts from "typescript";
import { AuditInputError } from "./input-error.js";

const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);

/** True for JS/TS source files; declaration files hold no calls. */
export function isSource(path: string): boolean {
  return SOURCE_EXTENSIONS.has(extname(path)) && !/\.d\.[cm]?ts$/u.test(path) && !path.includes(`${sep}node_modules${sep}`);
}

/** Every source file below `folder`, skipping node_modules and declaration files. */
function sourcesBelow(folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) sourcesBelow(path, into);
    else if (entry.isFile() && isSource(path)) into.push(path);
  }
}

/** Files that share one set of compiler options: one tsconfig, or the paths given alone. */
export interface FileGroup {
  /** The tsconfig the files come from; `undefined` for paths audited without one. */
  readonly tsconfig: string | undefined;
  /** Absolute paths of the source files to audit. */
  readonly files: readonly string[];
}

/** A tsconfig's own files and the tsconfigs it references, as TypeScript reads them. */
function readTsconfig(path: string): { files: string[]; references: string[] } {
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) throw new AuditInputError([path]);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(path), undefined, path);
  const references = (parsed.projectReferences ?? []).map((reference) => {
    const target = resolve(reference.path);
    return existsSync(target) && statSync(target).isDirectory() ? join(target, "tsconfig.json") : target;
  });
  return { files: parsed.fileNames.map((file) => resolve(file)), references };
}

/**
 * Every tsconfig reachable from `root` through `references`, each with its files: a solution
 * tsconfig with `"files": []` audits its referenced projects, as `tsc -b` builds them.
 */
function tsconfigGroups(root: string): FileGroup[] {
  const groups: FileGroup[] = [];
  const seen = new Set<string>();
  const pending = [resolve(root)];
  while (pending.length > 0) {
    const path = pending.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (!existsSync(path)) throw new AuditInputError([path]);
    const { files, references } = readTsconfig(path);
    groups.push({ tsconfig: path, files: files.filter(isSource) });
    pending.push(...references);
  }
  return groups;
}

const within = (file: string, roots: readonly string[]): boolean =>
  roots.some((root) => file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));

/**
 * The files to audit, grouped by the tsconfig whose compiler options read them: the program of
 * `project` and of every project it references (only the files below `paths`, when given), or
 * the source files below `paths` alone. A file in several projects is audited once. Throws
 * AuditInputError for paths that do not exist.
 */
export function auditedFiles(options: { readonly project?: string; readonly paths?: readonly string[] }): FileGroup[] {
  const paths = options.paths ?? [];
  const given = [...(options.project === undefined ? [] : [options.project]), ...paths];
  const missing = given.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new AuditInputError(missing);

  if (options.project === undefined) {
    const files: string[] = [];
    for (const path of paths) {
      if (statSync(path).isDirectory()) sourcesBelow(resolve(path), files);
      else if (isSource(resolve(path))) files.push(resolve(path));
    }
    return [{ tsconfig: undefined, files: [...new Set(files)] }];
  }
  const roots = paths.map((path) => resolve(path));
  const seen = new Set<string>();
  return tsconfigGroups(options.project).map((group) => ({
    tsconfig: group.tsconfig,
    files: group.files.filter((file) => (roots.length === 0 || within(file, roots)) && !seen.has(file) && seen.add(file)),
  }));
}
