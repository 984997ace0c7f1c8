import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { scopeOf, type LocatorContext } from "./context.js";

/** A local variable whose value is known from its declaration. */
export interface Binding {
  readonly variable: TSESLint.Scope.Variable;
  readonly declarator: TSESTree.VariableDeclarator;
  readonly init: TSESTree.Expression;
}

/**
 * The declaration behind an identifier when its value is known: a `const`, or a `let`/`var`
 * that is never assigned again. Destructured and parameter bindings answer `undefined`.
 */
export function resolveBinding(ctx: LocatorContext, id: TSESTree.Identifier): Binding | undefined {
  const variable = ASTUtils.findVariable(scopeOf(ctx, id), id);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  const declarator = def.node;
  if (def.parent.kind !== "const") {
    const reassigned = variable.references.some((ref) => ref.isWrite() && ref.identifier !== declarator.id);
    if (reassigned) return undefined;
  }
  return { variable, declarator, init: declarator.init! };
}
