import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import type { TextEdit } from "./edits.js";
import { textFixer } from "./fixer.js";
import { quoted } from "@gemini-image/locator";

/**
 * The edit that makes `name` from `source` available: nothing when it is already imported,
 * an `import` after the last import in ES modules, a `require` at the top in CommonJS.
 * `undefined` when the file already uses `name` for something else.
 */
export function importEdit(sourceCode: TSESLint.SourceCode, name: string, source: string): TextEdit[] | undefined {
  const program = sourceCode.ast;
  const global = sourceCode.scopeManager?.globalScope;
  const module = global?.childScopes.find((s) => s.type === "module") ?? global;
  const existing = module?.set.get(name);
  if (existing) {
    const fromSource = existing.defs.some(
      (def) => def.type === "ImportBinding" && def.parent?.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value === source,
    );
    return fromSource ? [] : undefined;
  }
  const imports = program.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
  const hasModuleSyntax = program.body.some((s) => s.type.startsWith("Export") || s.type === AST_NODE_TYPES.ImportDeclaration);
  // A .js file with require() and no import/export is CommonJS even though it parses as a module.
  const commonJs = program.sourceType === "script" || (!hasModuleSyntax && /\brequire\s*\(/u.test(sourceCode.text));
  const text = sourceCode.text;
  const top = text.startsWith("#!") ? text.indexOf("\n") + 1 : 0;
  if (!commonJs) {
    const line = `import { ${name} } from ${quoted(sourceCode, source)};`;
    const last = imports.at(-1);
    return [last ? textFixer.insertTextAfter(last, `\n${line}`) : textFixer.insertTextBeforeRange([top, top], `${line}\n`)];
  }
  return [textFixer.insertTextBeforeRange([top, top], `const { ${name} } = require(${quoted(sourceCode, source)});\n`)];
}
