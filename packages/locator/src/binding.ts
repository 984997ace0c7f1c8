import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
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
  const variable = findVariable(scopeOf(ctx, id), id);
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

/** Every value a `let`/`var` may hold, when each is written with a plain `=` in this file. */
export interface Assignments {
  readonly variable: TSESLint.Scope.Variable;
  readonly declarator: TSESTree.VariableDeclarator;
  /** The initializer, when there is one, then the right side of each assignment, in source order. */
  readonly values: readonly TSESTree.Expression[];
}

/**
 * The values of a variable assigned in branches (`let body; if (a) body = {…}; else body = {…}`).
 * A local variable's writes are all in this file, so the list is complete; `undefined` when a
 * write is not a plain `=` (`+=`, a destructuring, a `for…of` target) or nothing is written.
 */
export function assignedValues(ctx: LocatorContext, id: TSESTree.Identifier): Assignments | undefined {
  const variable = findVariable(scopeOf(ctx, id), id);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declarator = def.node;
  const values: TSESTree.Expression[] = declarator.init ? [declarator.init] : [];
  for (const ref of variable.references) {
    if (!ref.isWrite() || ref.identifier === declarator.id) continue;
    const parent = ref.identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== "=" || parent.left !== ref.identifier) return undefined;
    values.push(parent.right);
  }
  return values.length > 0 ? { variable, declarator, values } : undefined;
}

/**
 * What a variable destructured from an object holds: `member` and the object it is read from, for
 * `steps` in `const { steps } = await ai.interactions.create(…)` (a `const`, or a never reassigned
 * `let`). Nested patterns and rest elements answer `undefined`.
 */
export function destructuredMember(ctx: LocatorContext, id: TSESTree.Identifier): { readonly member: string; readonly from: TSESTree.Expression } | undefined {
  const variable = findVariable(scopeOf(ctx, id), id);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init) return undefined;
  if (def.parent.kind !== "const" && variable.references.some((ref) => ref.isWrite() && ref.identifier !== def.name)) return undefined;
  for (const property of def.node.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value !== def.name) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : typeof property.key.value === "string" ? property.key.value : undefined;
    return key === undefined ? undefined : { member: key, from: def.node.init };
  }
  return undefined;
}
