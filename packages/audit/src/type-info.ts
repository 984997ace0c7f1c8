import type { Node, Project, SourceFile, ts } from "ts-morph";
import { tsMorph } from "./ts-morph.js";
import type { FileGroup } from "./files.js";

/** Compiler options for files audited without a tsconfig: JavaScript too, resolved as bundlers do. */
function looseOptions(): ts.CompilerOptions {
  const { ts } = tsMorph();
  return {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
  };
}

/**
 * The type checker's view of the audited files, built only when asked: one ts-morph program per
 * tsconfig (its compiler options, path aliases and references), holding the files that have a
 * request plus whatever they import, rather than the whole project. Files are read from disk
 * as they are; the syntax tree the locator read and this one agree on every offset.
 */
export class TypeInfo {
  private readonly projects = new Map<string, Project>();
  private readonly groupOf = new Map<string, FileGroup>();

  constructor(groups: readonly FileGroup[]) {
    for (const group of groups) for (const file of group.files) this.groupOf.set(file, group);
  }

  private projectFor(group: FileGroup): Project {
    const key = group.tsconfig ?? "";
    let project = this.projects.get(key);
    if (!project) {
      const { Project } = tsMorph();
      project =
        group.tsconfig === undefined
          ? new Project({ compilerOptions: looseOptions(), skipAddingFilesFromTsConfig: true })
          : new Project({ tsConfigFilePath: group.tsconfig, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: false });
      this.projects.set(key, project);
    }
    return project;
  }

  /**
   * Adds the files that hold requests, with what they import, all at once: each change to a
   * ts-morph project makes it build a new program and checker on the next question, so adding
   * files one by one between questions would rebuild it once per file.
   */
  prepare(paths: readonly string[]): void {
    const touched = new Set<Project>();
    for (const path of paths) {
      const group = this.groupOf.get(path);
      if (!group) continue;
      const project = this.projectFor(group);
      if (!project.getSourceFile(path)) project.addSourceFileAtPath(path);
      touched.add(project);
    }
    for (const project of touched) project.resolveSourceFileDependencies();
  }

  /** The file as the checker sees it, when it was prepared. */
  sourceFile(path: string): SourceFile | undefined {
    const group = this.groupOf.get(path);
    return group ? this.projects.get(group.tsconfig ?? "")?.getSourceFile(path) : undefined;
  }

  /** The checker's node spanning exactly `range` in `path`: the innermost, which is the expression ESTree names. */
  nodeAt(path: string, range: readonly [number, number]): Node | undefined {
    return this.sourceFile(path)?.getDescendantAtStartWithWidth(range[0], range[1] - range[0]);
  }
}
