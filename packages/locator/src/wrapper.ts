import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { isJsonStringify, staticKeyName, unwrap } from "./ast.js";
import { memberFacts } from "./class-members.js";
import { scopeOf, type LocatorContext } from "./context.js";
import { analyseReferences, type Usage } from "./usage.js";

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** A parameter of the function a value comes from: the value is whatever its callers pass. */
export interface Forwarded {
  readonly fn: FunctionNode;
  readonly index: number;
  /** How the function itself uses the parameter: keys it adds, or code that may add some. */
  readonly usage: Usage;
}

/**
 * The parameter an expression reads (through `JSON.stringify(param)`), when it is a plain
 * parameter of a function: the body of `function send(payload) { fetch(URL, { body: payload }) }`.
 */
export function forwardedParameter(ctx: LocatorContext, node: TSESTree.Node): Forwarded | undefined {
  let current = unwrap(node);
  if (current.type === AST_NODE_TYPES.CallExpression && isJsonStringify(current) && current.arguments[0]) current = unwrap(current.arguments[0]);
  if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(scopeOf(ctx, current), current);
  const def = variable?.defs[0];
  if (def?.type !== "Parameter") return undefined;
  const fn = def.node;
  if (
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression
  ) {
    return undefined;
  }
  const index = fn.params.findIndex((param) => param === def.name || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === def.name));
  if (index < 0) return undefined;
  return { fn, index, usage: analyseReferences(variable!, def.name) };
}

/**
 * The calls of a function in this file: `send(…)` for a function declaration or a const holding
 * a function, `this.send(…)` inside the class for a method. Calls from other files are not seen.
 */
export function callSites(ctx: LocatorContext, fn: FunctionNode): TSESTree.CallExpression[] {
  return findCallSites(ctx, fn).calls;
}

/**
 * The calls of a function and whether they are all of them: not for an exported function, a
 * method, or a function also used as a value (a callback), which code unseen here may call.
 */
export function findCallSites(ctx: LocatorContext, fn: FunctionNode): { readonly calls: TSESTree.CallExpression[]; readonly complete: boolean } {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.value === fn) {
    const name = staticKeyName(parent.key, parent.computed);
    const owner = parent.parent.parent;
    if (name === undefined || (owner.type !== AST_NODE_TYPES.ClassDeclaration && owner.type !== AST_NODE_TYPES.ClassExpression)) return { calls: [], complete: false };
    return { calls: memberFacts(ctx, owner, name, parent.static)?.calls ?? [], complete: false };
  }
  let id: TSESTree.Identifier | undefined;
  let declaration: TSESTree.Node | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    id = fn.id;
    declaration = fn;
  } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    id = parent.id;
    declaration = parent.parent;
  }
  if (!id) return { calls: [], complete: false };
  const variable = findVariable(scopeOf(ctx, id), id);
  const calls: TSESTree.CallExpression[] = [];
  let complete = declaration?.parent?.type !== AST_NODE_TYPES.ExportNamedDeclaration && declaration?.parent?.type !== AST_NODE_TYPES.ExportDefaultDeclaration;
  for (const ref of variable?.references ?? []) {
    if (ref.identifier === id) continue;
    const call = ref.identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === ref.identifier) calls.push(call);
    else complete = false;
  }
  return { calls, complete };
}

/** The argument a call passes for a parameter, when it is written out (not spread). */
export function argumentFor(call: TSESTree.CallExpression, index: number): TSESTree.Expression | undefined {
  for (let i = 0; i <= index; i++) if (call.arguments[i]?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const argument = call.arguments[index];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}
