/**
 * The on-disk code cache of TypeScript (Node 20 has no compile cache of its own): each run is a
 * fresh Node process on the built package, as `gemini-image migrate` runs, so what one run
 * writes the next one reads.
 */
import { execFileSync } from "node:child_process";
import Module from "node:module";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const NODE_ENTRY = new URL("../dist/node.js", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "gemini-image-compile-cache-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node 22.1+ has its own cache, and there this one stays off. */
const nodeHasItsOwn = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === "function";

interface Run {
  readonly state: string;
  /** The tree of a TypeScript file, without positions: equal whether TypeScript came from the cache or not. */
  readonly tree: string;
  /** True when Node's own loader compiled typescript.js, that is, when the cache did not load it. */
  readonly compiledByNode: boolean;
}

/** Parses a TypeScript file in a fresh Node process with the cache in `cacheDir`. */
function run(cacheDir: string, env: Record<string, string> = {}): Run {
  const script = `
    import Module from "node:module";
    // Node's loader compiles every CommonJS file through this method; the cache bypasses it.
    let compiledByNode = false;
    const compile = Module.prototype._compile;
    Module.prototype._compile = function (content, filename) {
      if (/[\\/]typescript[\\/]lib[\\/]typescript\\.js$/.test(filename)) compiledByNode = true;
      return compile.call(this, content, filename);
    };
    const { enableTypeScriptCompileCache, parseSourceCode, typeScriptCompileCacheState } = await import(${JSON.stringify(NODE_ENTRY)});
    enableTypeScriptCompileCache(process.argv[1]);
    const sourceCode = parseSourceCode("const sizes: Array<'1K' | '2K'> = ['1K'];\\nexport function pick<T>(xs: T[]): T | undefined { return xs[0]; }", "request.ts");
    const tree = JSON.stringify(sourceCode.ast.body, (key, value) => (key === "parent" || key === "range" || key === "loc" ? undefined : value));
    console.log(JSON.stringify({ state: typeScriptCompileCacheState(), tree, compiledByNode }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, cacheDir], {
    encoding: "utf8",
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "", ...env },
  });
  return JSON.parse(out) as Run;
}

const cacheFiles = (cacheDir: string): string[] => {
  try {
    return readdirSync(cacheDir).filter((name) => name.endsWith(".v8"));
  } catch {
    return [];
  }
};

describe.skipIf(nodeHasItsOwn)("TypeScript's code cache on Node 20", () => {
  const cacheDir = join(dir, "cache");
  let first: Run;

  it("compiles TypeScript from source on the first run and writes the cache after the first parse", () => {
    first = run(cacheDir);
    expect(first.state).toBe("written");
    expect(first.compiledByNode).toBe(false);
    expect(cacheFiles(cacheDir)).toHaveLength(1);
  });

  it("loads it from the cache on the next run, to the same tree", () => {
    const second = run(cacheDir);
    expect(second.state).toBe("used");
    expect(second.compiledByNode).toBe(false);
    expect(second.tree).toBe(first.tree);
    expect(JSON.parse(second.tree)).toHaveLength(2);
  });

  it("rewrites a cache V8 rejects (here: garbage) instead of failing", () => {
    const [file] = cacheFiles(cacheDir);
    writeFileSync(join(cacheDir, file!), "not V8 code");
    expect(run(cacheDir).state).toBe("written");
    const after = run(cacheDir);
    expect(after.state).toBe("used");
    expect(after.tree).toBe(first.tree);
  });

  it("parses as usual when the folder cannot be written", () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "");
    const result = run(join(blocker, "cache"));
    expect(result.state).toBe("failed");
    expect(result.tree).toBe(first.tree);
  });

  it("stays off under NODE_DISABLE_COMPILE_CACHE, as Node's own cache does", () => {
    const off = join(dir, "off");
    const result = run(off, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(result.state).toBe("off");
    expect(result.compiledByNode).toBe(true);
    expect(result.tree).toBe(first.tree);
    expect(cacheFiles(off)).toEqual([]);
  });
});

describe.runIf(nodeHasItsOwn)("TypeScript's code cache on Node 22.1+", () => {
  it("leaves the work to Node's own compile cache", () => {
    expect(run(join(dir, "node22")).state).toBe("off");
  });
});
