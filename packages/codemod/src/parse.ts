import { parseForESLint } from "@typescript-eslint/parser";
import type { Scope, ScopeManager } from "@typescript-eslint/scope-manager";
import type { TSESTree } from "@typescript-eslint/types";

/** The extensions the codemod reads, and whether each may contain JSX. */
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

/**
 * A parsed file with what the request locator needs, the same surface ESLint's SourceCode
 * offers: the text, the tree (with `parent` links), visitor keys and scopes.
 */
export interface ParsedFile {
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly visitorKeys: Readonly<Record<string, readonly string[] | undefined>>;
  readonly scopeManager: ScopeManager;
  /** The innermost scope containing `node`, as ESLint's `sourceCode.getScope` answers. */
  getScope(node: TSESTree.Node): Scope;
}

/**
 * Parses JS or TS with typescript-eslint's parser, chosen by extension (JSX in .js/.jsx/.tsx,
 * CommonJS scope rules in .cjs/.cts). Throws the parser's error for code that does not parse.
 */
export function parseFile(text: string, path: string): ParsedFile {
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
  const ast = result.ast as unknown as TSESTree.Program;
  const visitorKeys = result.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  setParents(ast, visitorKeys);
  const scopeManager = result.scopeManager as ScopeManager;
  return {
    text,
    ast,
    visitorKeys,
    scopeManager,
    getScope(node) {
      // As ESLint does: the scope a node creates counts for the node itself, except for the
      // function-expression-name scope, so walk up until a scope is acquired.
      const inner = node.type !== "Program";
      for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
        const scope = scopeManager.acquire(current, inner);
        if (scope) return scope.type === "function-expression-name" ? scope.childScopes[0]! : scope;
      }
      return scopeManager.scopes[0]!;
    },
  };
}

/** Links every node to its parent, which ESLint does during its own traversal. */
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
