import { sdkMethodNames } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, memberName, staticKeyName, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import { scopeOf, type LocatorContext } from "./context.js";
import { modelCandidates, modelChoice, orSettings, type ModelChoice } from "./model.js";
import { viewOf } from "./object-view.js";
import type { FoundRequest } from "./types.js";

const MODEL_METHODS = sdkMethodNames("genai", "Models");
const CHAT_METHODS = sdkMethodNames("genai-chat", "Chat");

/**
 * `@google/genai` calls: `<ai>.models.generateContent(params)` and `generateContentStream`,
 * `<ai>.chats.create({ model, config })`, and `chat.sendMessage({ message, config })` on a chat
 * made by `chats.create`. `<ai>.models` and `<ai>.chats` may be held in a local alias.
 */
export function locateGenaiRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | undefined {
  const name = calleeName(call.callee);
  const object = calleeObject(call.callee);
  const argument = call.arguments[0];
  if (!name || !object || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;

  let api: string;
  let model: (root: ReturnType<typeof viewOf>) => ModelChoice | undefined;
  if (MODEL_METHODS.has(name) && isNamespace(ctx, object, "models")) {
    api = name;
    model = (root) => modelProperty(ctx, root);
  } else if (name === "create" && isNamespace(ctx, object, "chats")) {
    api = "chats.create";
    model = (root) => modelProperty(ctx, root);
  } else if (CHAT_METHODS.has(name)) {
    const create = chatCreateCall(ctx, object);
    if (!create) return undefined;
    api = name;
    model = () => {
      const createArgument = create.arguments[0];
      return createArgument && createArgument.type !== AST_NODE_TYPES.SpreadElement
        ? modelProperty(ctx, viewOf(ctx, createArgument))
        : undefined;
    };
  } else {
    return undefined;
  }
  const root = viewOf(ctx, argument);
  if (!root) return undefined;
  return { shape: "genai", api, origin: "call", node: call, root, ...orSettings(ctx, model(root)), url: undefined };
}

/** The model (or the candidates) a `model` property names. */
export function modelProperty(ctx: LocatorContext, root: ReturnType<typeof viewOf>): ModelChoice | undefined {
  const entry = root?.get("model");
  return entry ? modelChoice(modelCandidates(ctx, entry.value)) : undefined;
}

/** True for `<x>.<namespace>` or a local alias of it (`const m = ai.models`). */
export function isNamespace(ctx: LocatorContext, node: TSESTree.Node, namespace: string, depth = 0): boolean {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.MemberExpression) return memberName(current) === namespace;
  if (current.type === AST_NODE_TYPES.Identifier && depth < 4) {
    const binding = resolveBinding(ctx, current);
    if (binding) return isNamespace(ctx, binding.init, namespace, depth + 1);
    return isDestructured(ctx, current, namespace);
  }
  return false;
}

/** True for a name destructured as `namespace` from an object: `const { models } = ai`. */
function isDestructured(ctx: LocatorContext, id: TSESTree.Identifier, namespace: string): boolean {
  const def = findVariable(scopeOf(ctx, id), id)?.defs[0];
  if (def?.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  return def.node.id.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      staticKeyName(property.key, property.computed) === namespace &&
      property.value.type === AST_NODE_TYPES.Identifier &&
      property.value.name === id.name,
  );
}

/** The `<ai>.chats.create(...)` call a chat variable was made by. */
function chatCreateCall(ctx: LocatorContext, node: TSESTree.Node): TSESTree.CallExpression | undefined {
  const current = unwrap(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveBinding(ctx, current)?.init;
  const call = init ? unwrap(init) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || calleeName(call.callee) !== "create") return undefined;
  const object = calleeObject(call.callee);
  return object && isNamespace(ctx, object, "chats") ? call : undefined;
}
