// Which files the tools read and how each is parsed: plain data, safe in a browser bundle (the
// playground), unlike the parsers themselves (./parse.ts, in the "./node" entry).

/** How a file is parsed: its language, JSX, and module or CommonJS scoping. */
export interface ParseOptions {
  readonly typescript: boolean;
  readonly jsx: boolean;
  readonly sourceType: "module" | "script";
}

/** The extensions the tools read (codemod, audit), and how each is parsed. */
export const PARSED_EXTENSIONS: Readonly<Record<string, ParseOptions>> = {
  ".js": { typescript: false, jsx: true, sourceType: "module" },
  ".jsx": { typescript: false, jsx: true, sourceType: "module" },
  ".mjs": { typescript: false, jsx: false, sourceType: "module" },
  ".cjs": { typescript: false, jsx: false, sourceType: "script" },
  // `<T>value` casts make JSX ambiguous in .ts files, so only .tsx turns it on.
  ".ts": { typescript: true, jsx: false, sourceType: "module" },
  ".mts": { typescript: true, jsx: false, sourceType: "module" },
  ".cts": { typescript: true, jsx: false, sourceType: "script" },
  ".tsx": { typescript: true, jsx: true, sourceType: "module" },
};

/** The extension of a path, lower-cased (`.tsx`), or "" when there is none. */
export function extensionOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  return dot > slash ? path.slice(dot).toLowerCase() : "";
}

/** True for TypeScript declaration files (`.d.ts`, `.d.mts`, `.d.cts`, `.d.<ext>.ts`). */
export function isDeclarationFile(path: string): boolean {
  return /\.d\.([cm]?ts|[^./\\]+\.ts)$/iu.test(path);
}
