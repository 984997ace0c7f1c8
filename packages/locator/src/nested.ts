import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "./ast.js";
import type { LocatorContext } from "./context.js";
import { viewOf, type ObjectView } from "./object-view.js";

const MAX_DEPTH = 8;

/**
 * Every object an expression holds, itself included, through arrays, nested objects and local
 * consts: the Content and Part objects under `contents`, for checks on parts.
 */
export function nestedObjects(ctx: LocatorContext, node: TSESTree.Node): ObjectView[] {
  const found: ObjectView[] = [];
  const seen = new Set<TSESTree.Node>();
  const visit = (current: TSESTree.Node, depth: number): void => {
    const value = unwrap(current);
    if (depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of value.elements) {
        if (!element) continue;
        visit(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, depth + 1);
      }
      return;
    }
    if (value.type === AST_NODE_TYPES.Identifier) {
      const view = viewOf(ctx, value);
      if (view) {
        found.push(view);
        for (const entry of view.entries) visit(entry.value, depth + 1);
        return;
      }
      return;
    }
    const view = viewOf(ctx, value);
    if (!view) return;
    found.push(view);
    for (const entry of view.entries) visit(entry.value, depth + 1);
  };
  visit(node, 0);
  return found;
}
