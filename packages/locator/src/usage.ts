import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, isIdentifier, isJsonStringify, memberName } from "./ast.js";
import type { Binding } from "./binding.js";

/** A later assignment into an object held in a variable: `body.generationConfig.imageConfig = {...}`. */
export interface Mutation {
  /** The keys below the variable, outermost first (`["generationConfig", "imageConfig"]`). */
  readonly path: readonly string[];
  readonly assignment: TSESTree.AssignmentExpression;
  /** The property being set (`imageConfig` in `body.generationConfig.imageConfig = …`). */
  readonly keyNode: TSESTree.Node;
}

/** How a variable holding a request object is used after its declaration. */
export interface Usage {
  readonly mutations: readonly Mutation[];
  /** True when code the locator cannot follow may add keys (helpers, Object.assign, dynamic keys). */
  readonly escapes: boolean;
}

/**
 * Calls that read an object without adding keys to it: sending it, serialising it, logging it.
 * Any other call that receives the object might add fields, so it counts as unseen.
 */
const READING_CALLS = new Set([
  "fetch",
  "post",
  "put",
  "patch",
  "request",
  "ky",
  "got",
  "axios",
  "generateContent",
  "generateContentStream",
  "sendMessage",
  "sendMessageStream",
  "create",
  "getGenerativeModel",
  "startChat",
  "generateImage",
  "generateText",
  "streamText",
  "countTokens",
  "freeze",
]);

/**
 * Finds the later assignments into a variable's object and whether anything unseen may change it.
 * `branches`: the variable is assigned whole objects in branches, each read as its own value, so
 * those writes are not changes to the object.
 */
export function analyseUsage(binding: Pick<Binding, "variable" | "declarator">, branches = false): Usage {
  return analyseReferences(binding.variable, binding.declarator.id, branches);
}

/**
 * The same for any variable, a parameter included: `declared` is the name where it is declared,
 * whose reference is not a use.
 */
export function analyseReferences(variable: TSESLint.Scope.Variable, declared: TSESTree.Node, branches = false): Usage {
  const mutations: Mutation[] = [];
  let escapes = false;
  for (const ref of variable.references) {
    if (ref.identifier === declared) continue;
    if (ref.isWrite()) {
      if (!branches) escapes = true;
      continue;
    }
    let node: TSESTree.Node = skipCasts(ref.identifier);
    const path: string[] = [];
    let dynamic = false;
    let keyNode: TSESTree.Node | undefined;
    // `(body as Record<string, unknown>).size = …` and `(req.generationConfig as any).imageConfig = …`
    // write into the same object as `body.size = …` does.
    while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) {
      const name = memberName(node.parent);
      if (name === undefined) dynamic = true;
      else path.push(name);
      keyNode = node.parent.property;
      node = skipCasts(node.parent);
    }
    const parent = node.parent;
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) {
      if (path.length === 0) continue;
      if (dynamic || parent.operator !== "=") escapes = true;
      else mutations.push({ path, assignment: parent, keyNode: keyNode! });
    } else if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "delete") {
      escapes = true;
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== node) {
      if (!isReadingCall(parent, node)) escapes = true;
    }
  }
  return { mutations, escapes };
}

/** The outermost of the TS casts and `!` wrapped around a node. */
function skipCasts(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}

/** `Object.keys(map)` and its kin read an object without changing it. */
const OBJECT_READERS = new Set(["keys", "values", "entries", "freeze", "isFrozen", "hasOwn", "getOwnPropertyNames"]);

function isReadingCall(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  if (isJsonStringify(call)) return true;
  const object = calleeObject(call.callee);
  if (isIdentifier(object, "console")) return true;
  // Object.assign(target, source) adds keys to its first argument only.
  if (isIdentifier(object, "Object") && calleeName(call.callee) === "assign") return call.arguments[0] !== argument;
  if (isIdentifier(object, "Object") && OBJECT_READERS.has(calleeName(call.callee) ?? "")) return true;
  const name = calleeName(call.callee);
  return name !== undefined && READING_CALLS.has(name);
}
