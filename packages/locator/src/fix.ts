import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Removes a property or array element with its comma, leaving the neighbours' formatting alone. */
export function removeProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  property: TSESTree.Node,
): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ",") {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    return fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  if (before?.value === ",") return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.remove(property);
}

/** Renames a property key, keeping its quotes; a shorthand `{ a }` becomes `{ b: a }`. */
export function renameKey(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  property: TSESTree.Property,
  name: string,
): TSESLint.RuleFix {
  if (property.shorthand) return fixer.insertTextBefore(property.key, `${name}: `);
  const { key } = property;
  if (key.type === AST_NODE_TYPES.Literal) {
    const raw = sourceCode.getText(key);
    const quote = raw.startsWith("'") ? "'" : '"';
    return fixer.replaceText(key, `${quote}${name}${quote}`);
  }
  return fixer.replaceText(key, name);
}

/** The source text of a property, for moving it elsewhere. */
export function propertyText(sourceCode: SourceCode, property: TSESTree.Property): string {
  return sourceCode.getText(property);
}
