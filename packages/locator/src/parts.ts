import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "./ast.js";
import type { FieldEntry, ObjectView } from "./object-view.js";
import type { FoundRequest } from "./types.js";

/** A field by its camelCase name or its snake_case spelling. */
export function field(view: ObjectView | undefined, camel: string): FieldEntry | undefined {
  return view?.find(camel, CAMEL_TO_SNAKE[camel]);
}

/** The object under a camelCase key or its snake_case spelling. */
export function childObject(view: ObjectView | undefined, camel: string): ObjectView | undefined {
  return view?.findChild(camel, CAMEL_TO_SNAKE[camel]);
}

/**
 * Where the request's generation settings live, as a path for messages: `generationConfig`
 * (REST, legacy), `config` (`@google/genai`), `providerOptions.google` (AI SDK).
 */
export function configPath(request: FoundRequest): string {
  switch (request.shape) {
    case "genai":
      return "config";
    case "ai-sdk":
      return "providerOptions.google";
    default:
      return "generationConfig";
  }
}

/** The object holding `responseModalities` and `imageConfig`. */
export function configOf(request: FoundRequest): ObjectView | undefined {
  switch (request.shape) {
    case "genai":
      return request.root.child("config");
    case "ai-sdk":
      return request.root.child("providerOptions")?.child("google");
    default:
      return childObject(request.root, "generationConfig");
  }
}

/** The `imageConfig` object of a request. */
export function imageConfigOf(request: FoundRequest): ObjectView | undefined {
  return childObject(configOf(request), "imageConfig");
}

/** The expressions holding a request's input: `contents`, a chat `message` or `history`, or the argument itself. */
export function inputsOf(request: FoundRequest): TSESTree.Node[] {
  const inputs: TSESTree.Node[] = request.input ? [request.input] : [];
  for (const key of ["contents", "message", "history"]) {
    const entry = request.root.get(key);
    if (entry) inputs.push(entry.value);
  }
  return inputs;
}

/** The string values of an array literal, or `undefined` when any element is not a string literal. */
export function stringArray(entry: FieldEntry | undefined): string[] | undefined {
  const value = entry ? unwrap(entry.value) : undefined;
  if (value?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const values: string[] = [];
  for (const element of value.elements) {
    if (element?.type !== AST_NODE_TYPES.Literal || typeof element.value !== "string") return undefined;
    values.push(element.value);
  }
  return values;
}

/** The property of an entry written in an object literal, for fixes; `undefined` for assignments. */
export function literalProperty(entry: FieldEntry | undefined): TSESTree.Property | undefined {
  return entry?.node.type === AST_NODE_TYPES.Property ? entry.node : undefined;
}
