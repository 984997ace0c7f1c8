import { createRequire } from "node:module";
import type * as TypeScriptParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as EslintScope from "eslint-scope";
import type * as EslintVisitorKeys from "eslint-visitor-keys";
import type * as Espree from "espree";
import { eslintSourceCode } from "./eslint-source-code.js";
import { extensionOf, PARSED_EXTENSIONS, type ParseOptions } from "./extensions.js";
import { preloadTypeScript, saveTypeScriptCompileCache } from "./typescript-compile-cache.js";

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
  const SourceCode = eslintSourceCode();
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
  const { espree, eslintScope, visitorKeys } = (javaScriptParser ??= loadJavaScriptParser());
  const ecmaFeatures = { jsx: options.jsx, globalReturn: options.sourceType === "script" };
  const ast = espree.parse(text, { ecmaVersion: "latest", sourceType: options.sourceType, ecmaFeatures, range: true, loc: true, tokens: true, comment: true });
  // acorn's and @types/estree's trees differ only in their type declarations.
  const scopeManager = eslintScope.analyze(ast as unknown as Parameters<typeof eslintScope.analyze>[0], {
    ignoreEval: true,
    nodejsScope: ecmaFeatures.globalReturn,
    ecmaVersion: espree.latestEcmaVersion,
    sourceType: options.sourceType,
    childVisitorKeys: visitorKeys.KEYS,
    fallback: (node) => [...visitorKeys.getKeys(node)],
    jsx: options.jsx,
  });
  return { ast, scopeManager, visitorKeys: visitorKeys.KEYS };
}

/** espree, eslint-scope and their visitor keys, loaded on the first JavaScript file only. */
interface JavaScriptParser {
  readonly espree: typeof Espree;
  readonly eslintScope: typeof EslintScope;
  readonly visitorKeys: typeof EslintVisitorKeys;
}

let javaScriptParser: JavaScriptParser | undefined;

/**
 * Their CommonJS builds, the ones ESLint itself requires; loaded on demand, so a run over
 * TypeScript files never loads them and one over JavaScript never loads TypeScript.
 */
function loadJavaScriptParser(): JavaScriptParser {
  const require = createRequire(import.meta.url);
  return {
    espree: require("espree") as typeof Espree,
    eslintScope: require("eslint-scope") as typeof EslintScope,
    visitorKeys: require("eslint-visitor-keys") as typeof EslintVisitorKeys,
  };
}

/** typescript-eslint's parser, loaded on the first TypeScript file only (it loads TypeScript). */
let typeScriptParser: typeof TypeScriptParser | undefined;

function parseTypeScript(text: string, path: string, options: ParseOptions): Parsed {
  if (!typeScriptParser) {
    const require = createRequire(import.meta.url);
    preloadTypeScript(require);
    typeScriptParser = require("@typescript-eslint/parser") as typeof TypeScriptParser;
  }
  const parsed = typeScriptParser.parseForESLint(text, {
    ecmaVersion: "latest",
    sourceType: options.sourceType,
    ecmaFeatures: { jsx: options.jsx, globalReturn: options.sourceType === "script" },
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    filePath: path,
  });
  saveTypeScriptCompileCache();
  return parsed;
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
