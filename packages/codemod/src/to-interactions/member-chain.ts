import { camelName } from "@gemini-image/protocol";
import { scopeOf, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";

/** A member chain climbed from `node`: its names (camelCase) and the outermost expression. */
export interface Chain {
  readonly names: readonly (string | number)[];
  /** The last member of the chain, wrappers (`?.`, `!`) included. */
  readonly top: TSESTree.Node;
}

/** Climbs the member chain above `node` (`node.a?.[0].b!`), at most `limit` members. */
export function climb(node: TSESTree.Node, limit = Number.POSITIVE_INFINITY): Chain {
  const names: (string | number)[] = [];
  let top = node;
  for (;;) {
    const parent = top.parent;
    if (!parent) break;
    if ((parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) && parent.expression === top) {
      top = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== top || names.length >= limit) break;
    const key = memberKey(parent);
    if (key === undefined) break;
    names.push(typeof key === "string" ? (camelName(key) ?? key) : key);
    top = parent;
  }
  return { names, top: unwrapChainParent(top) };
}

/** `a?.b` parses as ChainExpression(MemberExpression): the wrapper is the expression to replace. */
function unwrapChainParent(node: TSESTree.Node): TSESTree.Node {
  return node.parent?.type === AST_NODE_TYPES.ChainExpression && node.parent.expression === node ? node.parent : node;
}

export function memberKey(member: TSESTree.MemberExpression): string | number | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && (typeof member.property.value === "number" || typeof member.property.value === "string")) {
    return member.property.value;
  }
  return undefined;
}

/** The reads of a variable, its declaration aside. */
export function references(ctx: LocatorContext, id: TSESTree.Identifier): TSESTree.Identifier[] {
  const variable = findVariable(scopeOf(ctx, id), id);
  return (variable?.references ?? []).map((ref) => ref.identifier).filter((node): node is TSESTree.Identifier => node !== id && node.type === AST_NODE_TYPES.Identifier);
}

