import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import { scopeOf, type LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { importOrigin } from "./imports.js";
import { orSettings } from "./model.js";
import { viewOf } from "./object-view.js";
import type { FoundRequest } from "./types.js";

/**
 * The names `@google/genai` 3.3.0 exports for an interaction's create parameters
 * (SOURCES.genaiDeclarations: `Interactions.CreateModelInteractionParamsNonStreaming`,
 * `Interactions.InteractionCreateParams.CreateModelInteractionParams`, and `CreateModelInteraction`,
 * the body they extend). An agent's parameters (`CreateAgentInteraction…`) are no image request.
 */
const INTERACTION_TYPE = /^(?:CreateModelInteraction(?:Params(?:NonStreaming|Streaming)?)?|InteractionCreateParams(?:NonStreaming|Streaming)?)$/u;

/** The module whose types say an object is Gemini's Interactions parameters. */
const GENAI_MODULE = "@google/genai";

/**
 * An object literal written as `@google/genai`'s Interactions parameters without typed linting:
 * `const params: Interactions.CreateModelInteractionParamsNonStreaming = { … }`, or the same type
 * after `satisfies` / `as`, or a same-file alias of it. The annotation is the evidence: the type's
 * first name must be imported from @google/genai, so a same-named type of the user's says nothing.
 */
export function locateByAnnotation(ctx: LocatorContext, object: TSESTree.ObjectExpression): FoundRequest | undefined {
  const written = annotationOf(object);
  const type = written && throughAliases(ctx, written);
  if (!type || !isGenaiInteractionType(ctx, type.typeName)) return undefined;
  const root = viewOf(ctx, object);
  if (!root) return undefined;
  return {
    shape: "interactions",
    api: lastName(type.typeName),
    origin: "shape",
    node: object,
    root,
    ...orSettings(ctx, modelProperty(ctx, root)),
    url: undefined,
  };
}

/** The type an object literal is written as: its const's annotation, or a `satisfies` / `as` right around it. */
function annotationOf(object: TSESTree.ObjectExpression): TSESTree.TSTypeReference | undefined {
  const parent = object.parent;
  let type: TSESTree.TypeNode | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === object) type = parent.id.typeAnnotation?.typeAnnotation;
  else if ((parent?.type === AST_NODE_TYPES.TSSatisfiesExpression || parent?.type === AST_NODE_TYPES.TSAsExpression) && parent.expression === object) {
    type = parent.typeAnnotation;
  }
  return type?.type === AST_NODE_TYPES.TSTypeReference ? type : undefined;
}

/** How many same-file aliases are followed (`type A = B; type B = Interactions.…`). */
const MAX_ALIASES = 4;

/**
 * The type behind a same-file alias, `type Params = Interactions.CreateModelInteractionParamsNonStreaming`
 * (exported or not), alias after alias, found through the scope as every other name is; the
 * reference itself when its name is imported or names no alias. An alias that wraps the type
 * (`Omit<…>`, a union) or takes type parameters says nothing certain and ends the walk there.
 */
function throughAliases(ctx: LocatorContext, type: TSESTree.TSTypeReference, depth = 0): TSESTree.TSTypeReference {
  const name = type.typeName;
  if (depth >= MAX_ALIASES || name.type !== AST_NODE_TYPES.Identifier || type.typeArguments) return type;
  const declaration = findVariable(scopeOf(ctx, name), name)?.defs[0]?.node;
  if (declaration?.type !== AST_NODE_TYPES.TSTypeAliasDeclaration || declaration.typeParameters) return type;
  const aliased = declaration.typeAnnotation;
  return aliased.type === AST_NODE_TYPES.TSTypeReference ? throughAliases(ctx, aliased, depth + 1) : type;
}

function lastName(name: TSESTree.EntityName): string {
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name;
  return name.type === AST_NODE_TYPES.Identifier ? name.name : "this";
}

/** True for one of the Interactions parameter types, reached from an import of @google/genai. */
function isGenaiInteractionType(ctx: LocatorContext, name: TSESTree.EntityName): boolean {
  if (!INTERACTION_TYPE.test(lastName(name))) return false;
  let first: TSESTree.EntityName = name;
  while (first.type === AST_NODE_TYPES.TSQualifiedName) first = first.left;
  return first.type === AST_NODE_TYPES.Identifier && importOrigin(ctx, first)?.source === GENAI_MODULE;
}
