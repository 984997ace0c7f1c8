import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "../ast.js";
import type { FindingFix } from "./types.js";

/**
 * The fix that writes `value` as a string over a value written right here (a string, a
 * template without expressions, a number), in the literal's own quotes; casts around it
 * (`"16x9" as const`) stay. `undefined` for a value computed elsewhere (a const, a call).
 */
export function replaceValueFix(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, value: string): FindingFix | undefined {
  const literal = unwrap(node);
  const written =
    literal.type === AST_NODE_TYPES.Literal
      ? typeof literal.value === "string" || typeof literal.value === "number"
      : literal.type === AST_NODE_TYPES.TemplateLiteral && literal.expressions.length === 0;
  if (!written) return undefined;
  const first = sourceCode.getText(literal)[0];
  const quote = first === "'" || first === "`" ? first : '"';
  return (fixer) => fixer.replaceText(literal, `${quote}${value}${quote}`);
}
