import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

/** Strips what does not change a value: TS casts, `!`, `await`, optional chains, parentheses. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of a property key or member property when it is static (`a`, `"a"`, `["a"]`, `` [`a`] ``). */
export function staticKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === "string" || typeof key.value === "number")) {
    return String(key.value);
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The static name a member expression reads (`a.b` → `b`, `a["b"]` → `b`). */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  return staticKeyName(node.property, node.computed);
}

/** The last name of a callee: `fetch` → fetch, `ai.models.generateContent` → generateContent. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const node = unwrap(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node);
  return undefined;
}

/** The object a method is called on (`ai.models` for `ai.models.generateContent(...)`). */
export function calleeObject(callee: TSESTree.Node): TSESTree.Node | undefined {
  const node = unwrap(callee);
  return node.type === AST_NODE_TYPES.MemberExpression ? unwrap(node.object) : undefined;
}

/** True for `name` written as a plain identifier. */
export function isIdentifier(node: TSESTree.Node | undefined | null, name?: string): node is TSESTree.Identifier {
  return node?.type === AST_NODE_TYPES.Identifier && (name === undefined || node.name === name);
}

/** True for `JSON.stringify(...)`. */
export function isJsonStringify(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(node.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    isIdentifier(callee.object, "JSON") &&
    memberName(callee) === "stringify"
  );
}

/** The string value of a plain string literal. */
export function stringLiteralValue(node: TSESTree.Node | undefined): string | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === "string" ? node.value : undefined;
}
