import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { Project, ts, type SourceFile } from "ts-morph";

/** A file or folder given to `audit` that does not exist; the CLI turns it into exit 2. */
export class AuditInputError extends Error {
  override readonly name = "AuditInputError";
  /** The paths that were not found. */
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(`no such file or folder: ${missing.join(", ")}.`);
    this.missing = missing;
  }
}

const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);

function isSource(path: string): boolean {
  return SOURCE_EXTENSIONS.has(extname(path)) && !/\.d\.[cm]?ts$/u.test(path);
}

/** Every source file below `folder`, skipping node_modules and declaration files. */
function sourcesBelow(folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) sourcesBelow(path, into);
    else if (entry.isFile() && isSource(path)) into.push(path);
  }
}

/** The program to type-check and the files in it to audit. */
export interface LoadedProject {
  readonly project: Project;
  readonly files: readonly SourceFile[];
}

/**
 * The project to audit: a tsconfig's program (its files, or only those below `paths`), or the
 * source files below `paths` checked with `allowJs` (so plain JavaScript is read through the
 * SDKs' types too).
 */
export function loadProject(options: { project?: string; paths?: readonly string[] }): LoadedProject {
  const given = [...(options.project === undefined ? [] : [options.project]), ...(options.paths ?? [])];
  const missing = given.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new AuditInputError(missing);

  if (options.project !== undefined) {
    const project = new Project({ tsConfigFilePath: resolve(options.project) });
    const files = options.paths?.length ? options.paths.flatMap((path) => addPath(project, path)) : project.getSourceFiles();
    return { project, files: files.filter((file) => isSource(file.getFilePath()) && !file.isInNodeModules()) };
  }
  const project = new Project({
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.Preserve,
    },
    skipAddingFilesFromTsConfig: true,
  });
  return { project, files: (options.paths ?? []).flatMap((path) => addPath(project, path)) };
}

/** Adds the source files at `path` (a file or a folder) and answers them. */
function addPath(project: Project, path: string): SourceFile[] {
  const paths: string[] = [];
  if (statSync(path).isDirectory()) sourcesBelow(resolve(path), paths);
  else paths.push(resolve(path));
  return paths.map((file) => project.addSourceFileAtPath(file));
}
