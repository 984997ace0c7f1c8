import type { Expression, Type } from "ts-morph";
import { Node } from "./ts-morph.js";
import { ABSENT, UNKNOWN, type Place, type Value } from "./value.js";

/** Where a checker node is written. */
export function placeOf(node: Node): Place {
  const file = node.getSourceFile();
  const offset = node.getStart();
  const { line, column } = file.getLineAndColumnAtPos(offset);
  return { path: file.getFilePath(), offset, line, column };
}

/** The single string or number literal a type is, else `undefined`. */
function literalOfType(type: Type): string | number | undefined {
  if (type.isStringLiteral() || type.isNumberLiteral()) return type.getLiteralValue() as string | number;
  return undefined;
}

function readType(type: Type, node: Node | undefined): Value {
  const value = literalOfType(type);
  if (value !== undefined) return { kind: "known", value, at: node && placeOf(node) };
  return type.isUndefined() ? ABSENT : UNKNOWN;
}

/** The expression a property of an object literal is written with, if it is written as `key: expr`. */
export function initializerOf(object: Node, key: string): Expression | undefined {
  const declaration = object.getType().getProperty(key)?.getValueDeclaration();
  return Node.isPropertyAssignment(declaration) ? declaration.getInitializer() : undefined;
}

/**
 * Reads `path` (`["config", "imageConfig", "imageSize"]`) in the object `expression` evaluates
 * to. Each step follows the property to where it is written when it can (an object literal,
 * a `const` imported from another file, an `as const` table), because a literal assigned into
 * an object property is widened to `string` in the object's type. A value counts only when its
 * type is one literal; anything else is unknown, never guessed.
 */
export function readPath(expression: Node, path: readonly string[]): Value {
  let node: Node | undefined = expression;
  let type = expression.getType();
  for (const key of path) {
    if (type.isAny() || type.isUnknown()) return UNKNOWN;
    const property = type.getProperty(key);
    if (!property) return type.isObject() || type.isString() || type.isUndefined() ? ABSENT : UNKNOWN;
    const declaration = property.getValueDeclaration();
    if (Node.isPropertyAssignment(declaration) && declaration.getInitializer()) {
      node = declaration.getInitializerOrThrow();
      type = node.getType();
    } else if (Node.isShorthandPropertyAssignment(declaration)) {
      node = declaration.getNameNode();
      const value = declaration.getValueSymbol();
      type = value ? value.getTypeAtLocation(declaration) : node.getType();
    } else {
      // Declared, not written here (a typed parameter): only a literal type says the value.
      node = undefined;
      type = property.getTypeAtLocation(expression);
    }
  }
  return readType(type, node);
}

/** Stands for a part of a text the audit cannot know, so it never matches a model name. */
export const HOLE = "\u0000";

/**
 * The text of a string expression as far as it is constant: literals, templates and `+`
 * joins, and `const` variables followed to their initializers across files. Parts that are not
 * constant become HOLE. `undefined` when nothing is known.
 */
export function constantText(node: Node, depth = 0): string | undefined {
  const literal = literalOfType(node.getType());
  if (typeof literal === "string") return literal;
  if (depth > 8) return undefined;
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) {
    return constantText(node.getExpression(), depth + 1);
  }
  if (Node.isTemplateExpression(node)) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      text += (constantText(span.getExpression(), depth + 1) ?? HOLE) + span.getLiteral().getLiteralText();
    }
    return text;
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getText() === "+") {
    const left = constantText(node.getLeft(), depth + 1);
    const right = constantText(node.getRight(), depth + 1);
    return left === undefined && right === undefined ? undefined : (left ?? HOLE) + (right ?? HOLE);
  }
  if (Node.isIdentifier(node)) {
    const initializer = constInitializer(node);
    return initializer ? constantText(initializer, depth + 1) : undefined;
  }
  return undefined;
}

/** The initializer of the `const` an identifier names, through imports. */
function constInitializer(identifier: Node): Node | undefined {
  let symbol = identifier.getSymbol();
  if (symbol?.isAlias()) symbol = symbol.getAliasedSymbol();
  const declaration = symbol?.getValueDeclaration();
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  const list = declaration.getParent();
  return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const" ? declaration.getInitializer() : undefined;
}

/**
 * True when `path` is written in the object `expression` evaluates to: each property is declared
 * in the project's own code (an object literal, an `as const` table), not merely optional in an
 * SDK's parameter type.
 */
export function writesPath(expression: Node, path: readonly string[]): boolean {
  let type = expression.getType();
  for (const key of path) {
    if (type.isAny() || type.isUnknown()) return false;
    const declaration = type.getProperty(key)?.getValueDeclaration();
    if (!declaration || declaration.getSourceFile().isInNodeModules()) return false;
    type = declaration.getType();
  }
  return true;
}
