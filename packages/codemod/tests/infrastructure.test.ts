import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collide, compatibleGroups, mergeOverlaps } from "../src/edit-groups.js";
import { applyEdits, indentAt, lineAt } from "../src/edits.js";
import { migrate } from "../src/migrate.js";
import { extensionOf } from "@gemini-image/locator";
import { parseSourceCode } from "@gemini-image/locator/node";
import { mayContainGeminiRequest } from "../src/prefilter.js";
import { listSourceFiles } from "../src/source-files.js";

const BUILT_TRANSFORM = fileURLToPath(new URL("../dist/transform.js", import.meta.url));
const FIXTURE_TRANSFORM = fileURLToPath(new URL("./fixtures/shout-1k.transform.cjs", import.meta.url));

describe("parseSourceCode", () => {
  it("parses every extension with the right JSX and module settings", () => {
    expect(parseSourceCode("const a = <div/>;", "a.jsx").ast.body).toHaveLength(1);
    expect(parseSourceCode("const a = <T,>(x: T) => x; const b = <div/>;", "a.tsx").ast.body).toHaveLength(2);
    expect(parseSourceCode("const a = <string>b;", "a.ts").ast.body).toHaveLength(1);
    expect(parseSourceCode("module.exports = { a: 1 }; return;", "a.cjs").ast.body).toHaveLength(2);
    expect(() => parseSourceCode("const = ;", "a.js")).toThrow();
    expect(extensionOf("dir.v2/File.TSX")).toBe(".tsx");
    expect(extensionOf("dir.v2/Makefile")).toBe("");
  });

  it("links parents and answers scopes the way ESLint's SourceCode does", () => {
    const file = parseSourceCode("const size = '1k';\nfunction f(size) { return size; }\n", "a.ts");
    const fn = file.ast.body[1]!;
    if (fn.type !== "FunctionDeclaration") throw new Error("expected a function");
    const ret = fn.body.body[0]!;
    expect(ret.parent).toBe(fn.body);
    expect(file.getScope(ret).type).toBe("function");
    expect(file.getScope(file.ast).type).toBe("global");
    expect(file.getScope(file.ast.body[0]!).type).toBe("module");
    const reference = file.getScope(ret).references[0]!;
    expect(reference.resolved?.defs[0]?.type).toBe("Parameter");
  });
});

describe("text edits", () => {
  it("applies replacements and insertions in order and refuses overlaps", () => {
    expect(applyEdits("abcdef", [{ range: [4, 6], text: "X" }, { range: [0, 1], text: "" }, { range: [2, 2], text: "-" }])).toBe("b-cdX");
    expect(applyEdits("ab", [{ range: [1, 1], text: "1" }, { range: [1, 1], text: "2" }])).toBe("a12b");
    expect(() => applyEdits("abcdef", [{ range: [0, 3], text: "" }, { range: [2, 4], text: "" }])).toThrow(/Overlapping/u);
    expect(lineAt("a\nb\nc", 4)).toBe(3);
    expect(indentAt("x\n    y: 1", 8)).toBe("    ");
  });

  it("puts an insertion before a replacement starting at its offset, whatever the order given", () => {
    expect(applyEdits("abc", [{ range: [1, 2], text: "" }, { range: [1, 1], text: "X" }])).toBe("aXc");
    expect(applyEdits("abc", [{ range: [1, 1], text: "X" }, { range: [1, 2], text: "" }])).toBe("aXc");
  });
});

describe("edit groups", () => {
  const insert = (at: number, text: string) => ({ range: [at, at] as const, text });
  const replace = (start: number, end: number, text = "") => ({ range: [start, end] as const, text });

  it("keeps insertions at one offset and replacements that only meet; defers an insertion touching a replacement", () => {
    expect(collide(insert(3, "a"), insert(3, "b"))).toBe(false);
    expect(collide(replace(0, 3), replace(3, 5))).toBe(false);
    expect(collide(insert(3, "a"), replace(0, 3))).toBe(true);
    expect(collide(replace(3, 5), insert(3, "a"))).toBe(true);
    expect(collide(insert(4, "a"), replace(3, 5))).toBe(true);
    expect(collide(insert(6, "a"), replace(3, 5))).toBe(false);
  });

  it("applies the first of two groups that collide and leaves the other for the next pass", () => {
    // `{ a }`: one group removes the only property, another appends after it: `{ , b }` if both ran.
    const text = "{ a }";
    const kept = compatibleGroups([[replace(2, 3)], [insert(3, ", b")], [insert(0, "x = ")]]);
    expect(applyEdits(text, kept)).toBe("x = {  }");
  });

  it("merges a group's replacements that share text, keeping both texts", () => {
    // `{ x, a, b }`: removing `a, ` and `, b` shares the comma between them.
    const text = "{ x, a, b }";
    const group = mergeOverlaps([replace(5, 8, "/*a*/ "), replace(6, 9, " /*b*/"), insert(0, "y = ")]);
    expect(group).toHaveLength(2);
    expect(applyEdits(text, group)).toBe("y = { x, /*a*/  /*b*/ }");
  });
});

describe("prefilter", () => {
  it("keeps files that may hold a Gemini request and drops the rest", () => {
    expect(mayContainGeminiRequest('fetch(url + ":generateContent", { body })')).toBe(true);
    expect(mayContainGeminiRequest("const body = { contents, generation_config: {} };")).toBe(true);
    expect(mayContainGeminiRequest('import { GoogleGenAI } from "@google/genai";')).toBe(true);
    expect(mayContainGeminiRequest('openai.images.generate({ model: "dall-e-3", size: "1024x1024" })')).toBe(false);
  });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "codemod-test-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe("listSourceFiles", () => {
  it("respects .gitignore in a git work tree and always skips node_modules", () => {
    const root = project({
      ".gitignore": "generated/\n",
      "src/a.ts": "",
      "src/b.md": "",
      "generated/c.ts": "",
      "node_modules/d/index.js": "",
      "lib/e.cjs": "",
    });
    execFileSync("git", ["init", "-q"], { cwd: root });
    const { files, missing } = listSourceFiles(["src", "lib", "generated/c.ts", "nope"], root);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(["generated/c.ts", "lib/e.cjs", "src/a.ts"]);
    expect(missing).toEqual(["nope"]);
    expect(listSourceFiles(["."], root).files.map((f) => f.slice(root.length + 1))).toEqual(["lib/e.cjs", "src/a.ts"]);
  });

  it("walks folders outside git, skipping node_modules", () => {
    const root = project({ "a.js": "", "node_modules/x.js": "", "sub/b.mts": "" });
    expect(listSourceFiles(["."], root).files.map((f) => f.slice(root.length + 1))).toEqual(["a.js", "sub/b.mts"]);
  });
});

describe("migrate (jscodeshift's runner and workers)", () => {
  const files = { "a.ts": 'const x = { imageSize: "1k" };\n', "b.js": "const y = 1;\n", "c.ts": "THROW\n", "d.tsx": 'const z = "1k";\n' };

  it("changes files in worker processes and collects changed, unchanged, failed and follow-ups", async () => {
    const root = project(files);
    const summary = await migrate({ paths: ["."], cwd: root, transform: FIXTURE_TRANSFORM });
    expect(summary.files).toBe(4);
    expect(summary.changed.map((f) => f.slice(root.length + 1))).toEqual(["a.ts", "d.tsx"]);
    expect(summary.unchanged).toBe(1);
    expect(summary.failed.map((f) => [f.file.slice(root.length + 1), f.error])).toEqual([["c.ts", "asked to throw"]]);
    expect(summary.followUps).toHaveLength(2);
    expect(readFileSync(join(root, "a.ts"), "utf8")).toBe('const x = { imageSize: "1K" };\n');
  });

  it("writes nothing in a dry run and hands back before/after texts", async () => {
    const root = project(files);
    const summary = await migrate({ paths: ["."], cwd: root, transform: FIXTURE_TRANSFORM, dry: true, sources: true, runInBand: true });
    expect(readFileSync(join(root, "a.ts"), "utf8")).toBe(files["a.ts"]);
    expect(summary.sources.find((s) => s.file.endsWith("a.ts"))?.after).toBe('const x = { imageSize: "1K" };\n');
  });
});

describe("migrate with this package's transform", () => {
  const files = {
    "a.ts": 'await fetch(url + ":generateContent", { body: JSON.stringify({ contents, generationConfig: { imageConfig: { imageSize: "1k" } } }) });\n',
    "b.js": "const y = 1;\n",
    "c.ts": 'const body = { model: "gemini-3-pro-image", size: "1024x1024"\n oops };\n',
    "d.js": "gemini\0\u0001",
  };

  it("runs here for a few files (no worker, no jscodeshift) with the same outcome as jscodeshift's workers", async () => {
    const here = project(files);
    const workers = project(files);
    const inProcess = await migrate({ paths: ["."], cwd: here });
    // The workers load the transform as a file: the built one (this test runs from src/).
    const pooled = await migrate({ paths: ["."], cwd: workers, transform: BUILT_TRANSFORM });
    const relative = (root: string, summary: Awaited<ReturnType<typeof migrate>>) =>
      JSON.parse(JSON.stringify({ ...summary, sources: [] }).replaceAll(root, "<root>")) as unknown;
    expect(relative(here, inProcess)).toEqual(relative(workers, pooled));
    expect(inProcess).toMatchObject({ files: 4, unchanged: 1, skipped: 1 });
    expect(inProcess.changed.map((f) => f.slice(here.length + 1))).toEqual(["a.ts"]);
    expect(inProcess.failed.map((f) => [f.file.slice(here.length + 1), f.line, f.column])).toEqual([["c.ts", 2, 2]]);
    expect(readFileSync(join(here, "a.ts"), "utf8")).toBe(readFileSync(join(workers, "a.ts"), "utf8"));
    expect(readFileSync(join(here, "a.ts"), "utf8")).toContain('imageSize: "1K"');
  });
});
