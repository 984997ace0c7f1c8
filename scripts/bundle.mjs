#!/usr/bin/env node
/**
 * Writes each package's JavaScript: one ES module per entry point of its `exports` (rolldown,
 * from src/), with the code that entries share in chunks beside them, all in dist/. TypeScript
 * writes the declarations (`tsc -b`, emitDeclarationOnly); this writes everything that runs.
 *
 * Why bundle our own code: Node 20 spends about 1.5 ms resolving, reading and linking each ES
 * module file, and `migrate` used to load 153 of them (the codemod, the locator, the protocol)
 * before reading a single source file: 0.23 s of its one-second budget (issue 14). A package's
 * dependencies, the other @gemini-image packages included, stay imports: nothing from outside a
 * package is copied into it, and a class or table exists once however many packages use it.
 *
 * Usage: node scripts/bundle.mjs [package folder...]   (default: every package with `exports`)
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** `./dist/x.js` entries of a package's exports, as { x: "src/x.ts" }. */
function entriesOf(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entries = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    const file = typeof target === "string" ? target : target.default;
    const match = /^\.\/dist\/(.+)\.js$/u.exec(file ?? "");
    if (match) entries[match[1]] = join(dir, "src", `${match[1]}.ts`);
  }
  return entries;
}

/** Removes the JavaScript of an earlier build (tsc's file-per-module layout included); declarations stay. */
function removeJavaScript(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeJavaScript(path);
    else if (/\.js(\.map)?$/u.test(name)) rmSync(path);
  }
}

async function bundle(dir) {
  const input = entriesOf(dir);
  if (Object.keys(input).length === 0) return 0;
  const outDir = join(dir, "dist");
  removeJavaScript(outDir);
  await build({
    input,
    platform: "node",
    // Every bare specifier (a dependency, node:*, another @gemini-image package) stays an import.
    external: (id, _importer, isResolved) => !isResolved && !id.startsWith(".") && !isAbsolute(id),
    // The sources import each other as `./x.js` (NodeNext); the files are `./x.ts`.
    resolve: { extensionAlias: { ".js": [".ts", ".js"] } },
    logLevel: "warn",
    output: {
      dir: outDir,
      format: "esm",
      entryFileNames: "[name].js",
      // Chunks sit beside the entries, so `new URL("../package.json", import.meta.url)` means
      // the same file from every one of them as from src/.
      chunkFileNames: "[name]-[hash].js",
      sourcemap: true,
    },
  });
  return Object.keys(input).length;
}

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => join(process.cwd(), d)) : readdirSync(join(ROOT, "packages")).map((name) => join(ROOT, "packages", name));
let count = 0;
for (const dir of dirs) {
  try {
    statSync(join(dir, "package.json"));
  } catch {
    continue;
  }
  const entries = await bundle(dir);
  if (entries > 0) {
    count += entries;
    console.log(`bundled ${relative(ROOT, dir)}: ${entries} entr${entries === 1 ? "y" : "ies"}`);
  }
}
if (count === 0) throw new Error("no package entries found to bundle");
