import type { CallExpression } from "ts-morph";
import { Node } from "./ts-morph.js";
import { sdkMethodOf } from "./sdk-call.js";

const MAX_STEPS = 6;

/** The call an expression's value was made by: directly, or through a `const`, a field or `await`. */
function creatingCall(node: Node, steps = 0): CallExpression | undefined {
  if (steps > MAX_STEPS) return undefined;
  if (Node.isCallExpression(node)) return node;
  if (Node.isAwaitExpression(node) || Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) {
    return creatingCall(node.getExpression(), steps + 1);
  }
  if (!Node.isIdentifier(node) && !Node.isPropertyAccessExpression(node)) return undefined;
  let symbol = node.getSymbol();
  if (symbol?.isAlias()) symbol = symbol.getAliasedSymbol();
  const declaration = symbol?.getValueDeclaration();
  // Only declarations whose value is fixed where they are written: a reassigned `let` could hold anything.
  if (Node.isVariableDeclaration(declaration)) {
    const list = declaration.getParent();
    const initializer = declaration.getInitializer();
    return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const" && initializer ? creatingCall(initializer, steps + 1) : undefined;
  }
  if (Node.isPropertyDeclaration(declaration) && declaration.isReadonly()) {
    const initializer = declaration.getInitializer();
    return initializer ? creatingCall(initializer, steps + 1) : undefined;
  }
  return undefined;
}

/**
 * The SDK factory calls behind a call's receiver, nearest first: for `chat.sendMessage(…)` the
 * `ai.chats.create({ model, config })` that made `chat`; for a legacy `chat.sendMessage(…)` the
 * `model.startChat(…)` and then the `getGenerativeModel({ model })` behind it. Their arguments
 * carry the model and configuration the call sends.
 */
export function factoryCalls(call: CallExpression): CallExpression[] {
  const chain: CallExpression[] = [];
  let current = call;
  while (chain.length < MAX_STEPS) {
    const callee = current.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) break;
    const creator = creatingCall(callee.getExpression());
    if (!creator || sdkMethodOf(creator)?.role !== "factory") break;
    chain.push(creator);
    current = creator;
  }
  return chain;
}
