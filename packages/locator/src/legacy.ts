import { sdkMethodNames } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { modelFromSettings } from "./model.js";
import { ObjectView, viewOf } from "./object-view.js";
import type { FoundRequest } from "./types.js";

const MODEL_METHODS = sdkMethodNames("legacy", "GenerativeModel");
const CHAT_METHODS = sdkMethodNames("legacy", "ChatSession");

/**
 * Legacy `@google/generative-ai`: `<genAI>.getGenerativeModel({ model, generationConfig })`, and on
 * a model it returned `generateContent({ contents, generationConfig })` (or an array of parts),
 * `startChat({ history, generationConfig })` and that chat's `sendMessage(parts)`.
 */
export function locateLegacyRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | undefined {
  const name = calleeName(call.callee);
  const argument = call.arguments[0];
  if (!name || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (name === "getGenerativeModel") {
    const root = viewOf(ctx, argument);
    if (!root) return undefined;
    return legacy(call, name, root, modelProperty(ctx, root) ?? modelFromSettings(ctx));
  }
  const receiver = calleeObject(call.callee);
  let factory: TSESTree.CallExpression | undefined;
  if (MODEL_METHODS.has(name) || name === "startChat") factory = generativeModelCall(ctx, receiver);
  else if (CHAT_METHODS.has(name)) factory = chatModelCall(ctx, receiver);
  if (!factory) return undefined;
  const factoryArgument = factory.arguments[0];
  const model =
    (factoryArgument && factoryArgument.type !== AST_NODE_TYPES.SpreadElement
      ? modelProperty(ctx, viewOf(ctx, factoryArgument))
      : undefined) ?? modelFromSettings(ctx);
  const root = viewOf(ctx, argument);
  if (root) return legacy(call, name, root, model);
  // generateContent([prompt, imagePart]) and sendMessage(parts): the argument is the input itself.
  return { ...legacy(call, name, new ObjectView(ctx, 0), model), input: argument };
}

/** The `getGenerativeModel(...)` call behind a legacy chat (`model.startChat(...)`). */
function chatModelCall(ctx: LocatorContext, node: TSESTree.Node | undefined): TSESTree.CallExpression | undefined {
  const current = node ? unwrap(node) : undefined;
  if (current?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveBinding(ctx, current)?.init;
  const call = init ? unwrap(init) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || calleeName(call.callee) !== "startChat") return undefined;
  return generativeModelCall(ctx, calleeObject(call.callee));
}

function legacy(
  call: TSESTree.CallExpression,
  api: string,
  root: FoundRequest["root"],
  model: FoundRequest["model"],
): FoundRequest {
  return { shape: "legacy", api, origin: "call", node: call, root, model, url: undefined };
}

/** The `getGenerativeModel(...)` call a model variable holds. */
function generativeModelCall(ctx: LocatorContext, node: TSESTree.Node | undefined): TSESTree.CallExpression | undefined {
  const current = node ? unwrap(node) : undefined;
  if (current?.type === AST_NODE_TYPES.CallExpression) {
    return calleeName(current.callee) === "getGenerativeModel" ? current : undefined;
  }
  if (current?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolveBinding(ctx, current)?.init;
  return init ? generativeModelCall(ctx, init) : undefined;
}
