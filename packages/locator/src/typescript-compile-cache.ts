import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";

/**
 * TypeScript's compiler is one 9 MB file; V8 spends about 0.2 s compiling it on every run, and
 * more compiling the parser's functions on first use. Node 22.1+ keeps compiled code on disk
 * (`module.enableCompileCache()`, which the CLI's bin turns on); Node 20 has no such cache, so
 * this file gives that one module the same treatment with V8's code cache (`vm.Script`'s
 * `cachedData`), which is most of what a TypeScript file costs `migrate` beyond Node's own
 * start (issue 14: one file in at most a second).
 *
 * Only TypeScript: caching the other 350 CommonJS files typescript-eslint's parser loads too
 * (by replacing Node's `Module.prototype._compile` while it loads) measured no faster, because
 * each file then costs a stat and its own `require`, and it would replace a method of Node's.
 *
 * Only the CLI turns it on (`enableTypeScriptCompileCache`); a library user's process is left
 * alone. It follows Node's own switches: `NODE_COMPILE_CACHE` names the folder,
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */

/** What happened to TypeScript's code cache in this process. */
export type CompileCacheState =
  /** Not turned on, turned off by NODE_DISABLE_COMPILE_CACHE, or Node keeps its own cache. */
  | "off"
  /** Turned on; TypeScript is not loaded yet. */
  | "on"
  /** TypeScript was already loaded (by ESLint, say) when the cache would have loaded it. */
  | "too-late"
  /** Compiled from source (no cache yet, or V8 rejected it); the cache is written after the first parse. */
  | "written"
  /** Loaded from the cache. */
  | "used"
  /** The cache could not be read or written (a read-only folder, say); TypeScript loaded normally. */
  | "failed";

let state: CompileCacheState = "off";
let folder: string | undefined;
/** Writes the cache once TypeScript has parsed a file, so the parser's functions are in it too. */
let pendingWrite: (() => void) | undefined;

/**
 * Keeps V8's compiled code of TypeScript in `dir` (default: `$NODE_COMPILE_CACHE`, else
 * `<tmpdir>/gemini-image-compile-cache`) on Node versions that have no compile cache of their
 * own. Call it before the first TypeScript file is parsed.
 */
export function enableTypeScriptCompileCache(dir?: string): CompileCacheState {
  const nodeHasItsOwn = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === "function";
  if (nodeHasItsOwn || process.env.NODE_DISABLE_COMPILE_CACHE) return state;
  folder = dir ?? process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), "gemini-image-compile-cache");
  if (state === "off") state = "on";
  return state;
}

/** What the cache did in this process, for tests and the bench. */
export function typeScriptCompileCacheState(): CompileCacheState {
  return state;
}

/**
 * When the cache is on, loads the `typescript` module that typescript-eslint's parser (resolved
 * from `require`) would load, through the cache, and registers it in `require.cache` so the
 * parser finds it there. Does nothing otherwise, and never throws: any failure leaves
 * TypeScript to Node's own loader.
 */
export function preloadTypeScript(require: NodeJS.Require): void {
  if (state !== "on" || folder === undefined) return;
  try {
    // Resolved the way the parser resolves it: parser -> typescript-estree -> typescript.
    const parser = createRequire(require.resolve("@typescript-eslint/parser"));
    const estree = createRequire(parser.resolve("@typescript-eslint/typescript-estree"));
    const filename = estree.resolve("typescript");
    if (estree.cache[filename]) {
      state = "too-late";
      return;
    }
    load(filename, folder, estree);
  } catch {
    state = "failed";
  }
}

/** Writes the pending cache, if any; called after the first TypeScript parse. */
export function saveTypeScriptCompileCache(): void {
  const write = pendingWrite;
  pendingWrite = undefined;
  try {
    write?.();
  } catch {
    state = "failed";
  }
}

function load(filename: string, dir: string, estree: NodeJS.Require): void {
  const source = readFileSync(filename, "utf8");
  const { size, mtimeMs } = statSync(filename);
  // V8 checks its own version, flags and the source's length; the key adds the file's identity,
  // so an upgraded TypeScript of the same length never meets the old code.
  const key = createHash("sha256").update(`${filename}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 32);
  const cacheFile = join(dir, `typescript-${key}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: compiled from source below, written after the first parse.
  }
  const script = new vm.Script(Module.wrap(source), {
    filename,
    cachedData,
    // typescript.js makes no dynamic import() today; should it, Node's own loader answers it.
    importModuleDynamically: (vm as unknown as { constants: { USE_MAIN_CONTEXT_DEFAULT_LOADER: symbol } }).constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  } as unknown as vm.ScriptOptions);

  // What Node's loader does for a CommonJS file, with the code compiled above.
  const module = new Module(filename);
  module.filename = filename;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  module.loaded = true;
  estree.cache[filename] = module;

  if (cachedData !== undefined && !script.cachedDataRejected) {
    state = "used";
    return;
  }
  state = "written";
  pendingWrite = () => {
    mkdirSync(dir, { recursive: true });
    // Another process may write the same file at the same time: each writes its own and renames.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  };
}
