import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SourceCode } from "eslint";

/** The extensions the tools read (codemod, audit), and how each is parsed. */
export const PARSED_EXTENSIONS: Readonly<Record<string, { readonly jsx: boolean; readonly sourceType: "module" | "script" }>> = {
  ".js": { jsx: true, sourceType: "module" },
  ".jsx": { jsx: true, sourceType: "module" },
  ".mjs": { jsx: false, sourceType: "module" },
  ".cjs": { jsx: false, sourceType: "script" },
  // `<T>value` casts make JSX ambiguous in .ts files, so only .tsx turns it on.
  ".ts": { jsx: false, sourceType: "module" },
  ".mts": { jsx: false, sourceType: "module" },
  ".cts": { jsx: false, sourceType: "script" },
  ".tsx": { jsx: true, sourceType: "module" },
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

/**
 * Parses JS or TS with typescript-eslint's parser, chosen by extension (JSX in .js/.jsx/.tsx,
 * CommonJS scoping in .cjs/.cts), into the same `SourceCode` ESLint gives its rules: the
 * request locator and the edit helpers then run unchanged in the codemod and the audit. Throws
 * the parser's error for code that does not parse.
 */
export function parseSourceCode(text: string, path: string): TSESLint.SourceCode {
  const options = PARSED_EXTENSIONS[extensionOf(path)] ?? PARSED_EXTENSIONS[".tsx"]!;
  const result = parseForESLint(text, {
    ecmaVersion: "latest",
    sourceType: options.sourceType,
    ecmaFeatures: { jsx: options.jsx, globalReturn: options.sourceType === "script" },
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    filePath: path,
  });
  setParents(result.ast as unknown as TSESTree.Node, result.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>);
  const sourceCode = new SourceCode({
    text,
    ast: result.ast as never,
    parserServices: result.services as never,
    scopeManager: result.scopeManager as never,
    visitorKeys: result.visitorKeys as never,
  });
  return sourceCode as unknown as TSESLint.SourceCode;
}

/** Links every node to its parent, as ESLint does while it traverses for its rules. */
function setParents(root: TSESTree.Node, keys: Readonly<Record<string, readonly string[] | undefined>>): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of keys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof (child as TSESTree.Node).type === "string") {
          (child as { parent: TSESTree.Node }).parent = node;
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }
}
