import { sdkMethodNames } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { modelChoice, orSettings, type ModelChoice } from "./model.js";
import { ObjectView, viewOf } from "./object-view.js";
import { possibleValues } from "./possible-values.js";
import type { LocatedModel, FoundRequest } from "./types.js";

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
    return legacy(call, name, root, orSettings(ctx, modelProperty(ctx, root)));
  }
  const receiver = calleeObject(call.callee);
  let factories: TSESTree.CallExpression[] = [];
  if (MODEL_METHODS.has(name) || name === "startChat") factories = generativeModelCalls(ctx, receiver);
  else if (CHAT_METHODS.has(name)) factories = chatModelCalls(ctx, receiver);
  if (factories.length === 0) return undefined;
  const model = orSettings(ctx, factoryModels(ctx, factories));
  const root = viewOf(ctx, argument);
  if (root) return legacy(call, name, root, model);
  // generateContent([prompt, imagePart]) and sendMessage(parts): the argument is the input itself.
  return { ...legacy(call, name, new ObjectView(ctx, 0), model), input: argument };
}

/** The models of the `getGenerativeModel(...)` calls a receiver may come from, each call's own. */
function factoryModels(ctx: LocatorContext, factories: readonly TSESTree.CallExpression[]): ModelChoice | undefined {
  const models: LocatedModel[] = [];
  for (const factory of factories) {
    const argument = factory.arguments[0];
    const choice = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? modelProperty(ctx, viewOf(ctx, argument)) : undefined;
    const found = choice?.candidates ?? (choice?.model ? [choice.model] : []);
    // A factory whose model is not known makes every other one only a possibility.
    if (found.length === 0) return undefined;
    models.push(...found);
  }
  return modelChoice(models);
}

/** The `getGenerativeModel(...)` calls behind a legacy chat (`model.startChat(...)`). */
function chatModelCalls(ctx: LocatorContext, node: TSESTree.Node | undefined): TSESTree.CallExpression[] {
  const current = node ? unwrap(node) : undefined;
  if (current?.type !== AST_NODE_TYPES.Identifier) return [];
  const init = resolveBinding(ctx, current)?.init;
  const call = init ? unwrap(init) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || calleeName(call.callee) !== "startChat") return [];
  return generativeModelCalls(ctx, calleeObject(call.callee));
}

function legacy(
  call: TSESTree.CallExpression,
  api: string,
  root: FoundRequest["root"],
  model: ModelChoice,
): FoundRequest {
  return { shape: "legacy", api, origin: "call", node: call, root, ...model, url: undefined };
}

/**
 * The `getGenerativeModel(...)` calls a model receiver may hold: a variable, a `let` assigned
 * later, a class field (`this.model = genAI.getGenerativeModel(...)`). Empty when any value it
 * may hold is something else: then it may not be a legacy model at all.
 */
function generativeModelCalls(ctx: LocatorContext, node: TSESTree.Node | undefined): TSESTree.CallExpression[] {
  if (!node) return [];
  const current = unwrap(node);
  // Most receivers are not model variables: answer the common cases without following values.
  if (current.type === AST_NODE_TYPES.CallExpression) return calleeName(current.callee) === "getGenerativeModel" ? [current] : [];
  if (current.type !== AST_NODE_TYPES.Identifier && current.type !== AST_NODE_TYPES.MemberExpression) return [];
  const values = possibleValues(ctx, current);
  const calls: TSESTree.CallExpression[] = [];
  for (const value of values.nodes) {
    if (value.type !== AST_NODE_TYPES.CallExpression || calleeName(value.callee) !== "getGenerativeModel") return [];
    calls.push(value);
  }
  return calls;
}
