import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_EXTENSIONS, corpusPackages, corpusStats, listCorpusFiles } from "./corpus.js";

describe("real-code corpus", () => {
  const files = listCorpusFiles();

  it("holds at least 20,000 files", () => {
    expect(files.length).toBeGreaterThanOrEqual(20_000);
  });

  it("includes the SDKs Gemini image code is written against, and TypeScript itself", () => {
    const packages = new Set(files.map((file) => file.packageName));
    for (const name of ["@google/genai", "openai", "ai", "@ai-sdk/google", "typescript"]) {
      expect(packages, name).toContain(name);
    }
    // The SDKs' own entry files, not only some file of theirs.
    expect(files.some((file) => file.packageName === "@google/genai" && file.relativePath.startsWith("dist/"))).toBe(true);
    expect(files.some((file) => file.packageName === "typescript" && file.relativePath === "lib/typescript.js")).toBe(true);
  });

  it("takes only files of the listed packages: no nested node_modules", () => {
    const nested = files.filter((file) => file.relativePath.split("/").includes("node_modules"));
    expect(nested).toEqual([]);
  });

  it("lists each real path once, as an existing absolute path", () => {
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
    for (const file of files.slice(0, 50)) {
      expect(isAbsolute(file.path)).toBe(true);
      expect(existsSync(file.path)).toBe(true);
    }
  });

  it("takes only JS/TS extensions and marks declaration files", () => {
    const allowed = new Set<string>(CORPUS_EXTENSIONS);
    expect(files.filter((file) => !allowed.has(file.extension) || !file.path.endsWith(file.extension))).toEqual([]);
    expect(files.filter((file) => file.path.endsWith(".map") || file.path.endsWith(".json"))).toEqual([]);
    const declarations = files.filter((file) => file.declaration);
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.every((file) => /\.d\.[cm]?ts$/u.test(file.path))).toBe(true);
  });

  it("is sorted by package, then path, and the same on every call", () => {
    const outOfOrder = files.slice(1).filter((file, i) => {
      const previous = files[i]!;
      if (previous.packageName !== file.packageName) return previous.packageName > file.packageName;
      return previous.relativePath >= file.relativePath;
    });
    expect(outOfOrder).toEqual([]);
    expect(listCorpusFiles().map((file) => file.path)).toEqual(files.map((file) => file.path));
  });

  it("filters by package, extension and size, and samples every package under a limit", () => {
    const openai = listCorpusFiles({ packages: ["openai"], extensions: [".mts"] });
    expect(openai.length).toBeGreaterThan(0);
    expect(openai.every((file) => file.packageName === "openai" && file.extension === ".mts")).toBe(true);

    const small = listCorpusFiles({ maxBytes: 10_000 });
    expect(small.length).toBeGreaterThan(0);
    expect(small.length).toBeLessThan(files.length);
    expect(small.every((file) => file.bytes <= 10_000)).toBe(true);

    const sample = listCorpusFiles({ limit: 200 });
    expect(sample).toHaveLength(200);
    expect(new Set(sample.map((file) => file.path)).size).toBe(200);
    const large = Object.entries(corpusStats().packages).filter(([, stats]) => stats.files >= files.length / 200);
    const sampled = new Set(sample.map((file) => file.packageName));
    for (const [name] of large) expect(sampled, name).toContain(name);
  });

  it("says what to do about a package that is not in the corpus, and about a bad limit", () => {
    expect(() => listCorpusFiles({ packages: ["left-pad"] })).toThrow(/devDependencies of test\/package\.json/u);
    expect(() => listCorpusFiles({ limit: -1 })).toThrow(/whole number/u);
  });

  it("counts files and bytes per package, adding up to the totals", () => {
    const stats = corpusStats();
    expect(stats.files).toBe(files.length);
    expect(Object.keys(stats.packages).sort()).toEqual(corpusPackages());
    const perPackage = Object.values(stats.packages);
    expect(perPackage.reduce((sum, entry) => sum + entry.files, 0)).toBe(stats.files);
    expect(perPackage.reduce((sum, entry) => sum + entry.bytes, 0)).toBe(stats.bytes);
  });
});
