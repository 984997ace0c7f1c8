import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { resolveBinding, unwrap, type LocatorContext } from "@gemini-image/locator";

/** One element of an array built with `.push(...)`, and whether every run adds it. */
export interface PushedElement {
  readonly node: TSESTree.Node;
  /** True for the initializer's elements and pushes in the declaration's own block. */
  readonly always: boolean;
}

/** Array methods that reorder or remove elements: after one of them, the order is not known. */
const REORDERING = new Set(["unshift", "splice", "sort", "reverse", "shift", "pop", "fill", "copyWithin"]);

/**
 * The elements of an array a binding holds, in the order the code adds them: the initializer's,
 * then every `name.push(…)` statement after the declaration, in source order
 * (`const parts = []; parts.push({ text }); if (ref) parts.push(image);`). `undefined` when
 * nothing is pushed, when a push spreads, or when the array is used in a way that may change
 * its order: another array method, or an argument of a call other than `sentBy` (a helper may
 * add to it). Only code in this file can write to a local array, so the list is complete.
 */
export function pushedElements(ctx: LocatorContext, id: TSESTree.Identifier, sentBy: TSESTree.Node): PushedElement[] | undefined {
  const binding = resolveBinding(ctx, id);
  const init = binding ? unwrap(binding.init) : undefined;
  if (!binding || init?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const home = binding.declarator.parent.parent;
  const pushes: TSESTree.CallExpression[] = [];
  for (const reference of binding.variable.references) {
    const node = reference.identifier;
    if (node === binding.declarator.id) continue;
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const method = !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier ? parent.property.name : undefined;
      const call = parent.parent;
      const isPush =
        method === "push" &&
        call.type === AST_NODE_TYPES.CallExpression &&
        call.callee === parent &&
        call.parent.type === AST_NODE_TYPES.ExpressionStatement &&
        call.range[0] > binding.declarator.range[1];
      if (isPush) pushes.push(call);
      else if (method === undefined || REORDERING.has(method)) return undefined;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent !== sentBy && (parent.arguments as TSESTree.Node[]).includes(node)) return undefined;
  }
  if (pushes.length === 0) return undefined;
  const elements: PushedElement[] = [];
  for (const element of init.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) elements.push({ node: element, always: true });
  for (const call of pushes.sort((a, b) => a.range[0] - b.range[0])) {
    for (const argument of call.arguments) {
      if (argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
      elements.push({ node: argument, always: call.parent.parent === home });
    }
  }
  return elements;
}
