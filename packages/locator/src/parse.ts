import { createRequire } from "node:module";
import type * as TypeScriptParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SourceCode } from "eslint";
import { analyze } from "eslint-scope";
import { getKeys, KEYS } from "eslint-visitor-keys";
import { latestEcmaVersion, parse as parseJs } from "espree";

/** How a file is parsed: its language, JSX, and module or CommonJS scoping. */
interface ParseOptions {
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

/**
 * Parses JS (espree, as ESLint does) or TS (typescript-eslint's parser), chosen by extension (JSX
 * in .js/.jsx/.tsx, CommonJS scoping in .cjs/.cts), into the same `SourceCode` ESLint gives its rules: the
 * request locator and the edit helpers then run unchanged in the codemod and the audit. Throws
 * the parser's error for code that does not parse.
 */
export function parseSourceCode(text: string, path: string): TSESLint.SourceCode {
  const options = PARSED_EXTENSIONS[extensionOf(path)] ?? PARSED_EXTENSIONS[".tsx"]!;
  const parsed = options.typescript ? parseTypeScript(text, path, options) : parseJavaScript(text, options);
  setParents(parsed.ast as unknown as TSESTree.Node, parsed.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>);
  const sourceCode = new SourceCode({
    text,
    ast: parsed.ast as never,
    parserServices: parsed.services as never,
    scopeManager: parsed.scopeManager as never,
    visitorKeys: parsed.visitorKeys as never,
  });
  return sourceCode as unknown as TSESLint.SourceCode;
}

/** What both parsers hand to `SourceCode`. */
interface Parsed {
  readonly ast: unknown;
  readonly services?: unknown;
  readonly scopeManager: unknown;
  readonly visitorKeys: unknown;
}

/**
 * JavaScript files are parsed as ESLint parses them when no parser is configured (espree, then
 * eslint-scope with the same options as ESLint's JS language), so the codemod and the audit see
 * the tree the rules see in an editor. It also keeps TypeScript, a second of start-up on its own,
 * out of `migrate` runs on JS (issue 14: one file in at most a second).
 */
function parseJavaScript(text: string, options: ParseOptions): Parsed {
  const ecmaFeatures = { jsx: options.jsx, globalReturn: options.sourceType === "script" };
  const ast = parseJs(text, { ecmaVersion: "latest", sourceType: options.sourceType, ecmaFeatures, range: true, loc: true, tokens: true, comment: true });
  // acorn's and @types/estree's trees differ only in their type declarations.
  const scopeManager = analyze(ast as unknown as Parameters<typeof analyze>[0], {
    ignoreEval: true,
    nodejsScope: ecmaFeatures.globalReturn,
    ecmaVersion: latestEcmaVersion,
    sourceType: options.sourceType,
    childVisitorKeys: KEYS,
    fallback: (node) => [...getKeys(node)],
    jsx: options.jsx,
  });
  return { ast, scopeManager, visitorKeys: KEYS };
}

/** typescript-eslint's parser, loaded on the first TypeScript file only (it loads TypeScript). */
let typeScriptParser: typeof TypeScriptParser | undefined;

function parseTypeScript(text: string, path: string, options: ParseOptions): Parsed {
  typeScriptParser ??= createRequire(import.meta.url)("@typescript-eslint/parser") as typeof TypeScriptParser;
  return typeScriptParser.parseForESLint(text, {
    ecmaVersion: "latest",
    sourceType: options.sourceType,
    ecmaFeatures: { jsx: options.jsx, globalReturn: options.sourceType === "script" },
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    filePath: path,
  });
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
