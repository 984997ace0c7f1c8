import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isIdentifier, memberName, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { possibleValues } from "./possible-values.js";

/** Stands for a part of a string the locator cannot know (`${userInput}`). */
export const HOLE = "\u0000";

const MAX_DEPTH = 8;

/**
 * The text of a string expression, with HOLE where a part is unknown: literals, template
 * literals, `+` concatenations, local consts, members holding one value (`this.baseUrl`,
 * `Provider.MODEL`, `CONFIG.url`), and `process.env.X ?? "literal"` (the literal, the value the
 * code falls back to). `undefined` when the expression is not string-like.
 */
export function staticText(ctx: LocatorContext, node: TSESTree.Node, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const current = unwrap(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return typeof current.value === "string" ? current.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = current.quasis[0]?.value.cooked ?? "";
      current.expressions.forEach((expression, i) => {
        text += (staticText(ctx, expression, depth + 1) ?? HOLE) + (current.quasis[i + 1]?.value.cooked ?? "");
      });
      return text;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (current.operator !== "+") return undefined;
      const left = staticText(ctx, current.left, depth + 1);
      const right = staticText(ctx, current.right, depth + 1);
      if (left === undefined && right === undefined) return undefined;
      return (left ?? HOLE) + (right ?? HOLE);
    }
    case AST_NODE_TYPES.LogicalExpression:
      if ((current.operator === "??" || current.operator === "||") && isProcessEnv(current.left)) {
        return staticText(ctx, current.right, depth + 1);
      }
      return undefined;
    case AST_NODE_TYPES.Identifier: {
      const binding = resolveBinding(ctx, current);
      return binding ? staticText(ctx, binding.init, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `this.baseUrl`, `Provider.BASE`, `CONFIG.url`: when the member holds one known value.
      if (isProcessEnv(current)) return undefined;
      const values = possibleValues(ctx, current, depth + 1);
      const [only] = values.nodes;
      return values.nodes.length === 1 && only !== current ? staticText(ctx, only!, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** The whole text of a string expression, when no part of it is unknown. */
export function fullText(ctx: LocatorContext, node: TSESTree.Node): string | undefined {
  const text = staticText(ctx, node);
  return text === undefined || text.includes(HOLE) ? undefined : text;
}

/** The string literal a value comes from (through local consts), for fixes that edit it. */
export function literalBehind(ctx: LocatorContext, node: TSESTree.Node, depth = 0): TSESTree.StringLiteral | undefined {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Literal && typeof current.value === "string") return current as TSESTree.StringLiteral;
  if (current.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const binding = resolveBinding(ctx, current);
    return binding ? literalBehind(ctx, binding.init, depth + 1) : undefined;
  }
  if (current.type === AST_NODE_TYPES.LogicalExpression && isProcessEnv(current.left)) {
    return literalBehind(ctx, current.right, depth + 1);
  }
  return undefined;
}

/** `process.env.X` or `process.env["X"]`: a value the code cannot know. */
export function isProcessEnv(node: TSESTree.Node): boolean {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(current.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    isIdentifier(object.object, "process") &&
    memberName(object) === "env"
  );
}
