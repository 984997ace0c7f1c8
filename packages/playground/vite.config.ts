import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const shim = (name: string): string => fileURLToPath(new URL(`./src/shims/${name}.ts`, import.meta.url));

/** Node built-ins the bundled packages import, and what the page gets instead. */
const NODE_SHIMS: Readonly<Record<string, string>> = {
  path: shim("path"),
  module: shim("node-module"),
  fs: shim("node-empty"),
  "fs/promises": shim("node-empty"),
  os: shim("node-empty"),
  url: shim("node-empty"),
  util: shim("node-empty"),
  crypto: shim("node-empty"),
  worker_threads: shim("node-empty"),
  assert: shim("node-empty"),
};

/**
 * Keeps the page to what runs in a browser: "eslint" becomes its Linter-only entry, the Node
 * built-ins become shims, ESLint's core rules are left out, and typescript-eslint's parser (which carries the TypeScript
 * compiler) is only reachable from ts-parser.ts, the chunk loaded when TS or TSX is linted.
 */
function browserShims(): Plugin {
  const tsParserEntry = fileURLToPath(new URL("./src/ts-parser.ts", import.meta.url));
  return {
    name: "gemini-image-browser-shims",
    enforce: "pre",
    resolveId(source, importer) {
      const builtin = source.replace(/^node:/u, "");
      if (NODE_SHIMS[builtin]) return NODE_SHIMS[builtin];
      if (source === "eslint") return shim("eslint");
      if (source === "eslint/use-at-your-own-risk") return shim("eslint");
      if (source === "../rules" && importer?.replaceAll("\\", "/").endsWith("/eslint/lib/config/default-config.js")) return shim("no-core-rules");
      if (source === "@typescript-eslint/parser" && importer !== tsParserEntry) return shim("typescript-eslint-parser");
      return null;
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [browserShims()],
  build: { outDir: "dist", emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 12_000 },
});
