import type { TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import type { LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { orSettings } from "./model.js";
import { viewOf } from "./object-view.js";
import type { FoundRequest, RequestShape } from "./types.js";

/**
 * SDK parameter types that make an object literal a request wherever it is written (a helper's
 * return value, a typed const), by the module that declares them.
 */
const REQUEST_TYPES: Readonly<Record<string, { readonly module: string; readonly shape: RequestShape }>> = {
  GenerateContentParameters: { module: "@google/genai", shape: "genai" },
  GenerateContentRequest: { module: "@google/generative-ai", shape: "legacy" },
  ModelParams: { module: "@google/generative-ai", shape: "legacy" },
};

/**
 * With typed linting on, an object literal whose contextual type is one of the SDKs' request
 * parameter types (`const params: GenerateContentParameters = { … }`). Without type
 * information this finds nothing; the call- and shape-based locators still work.
 */
export function locateByType(ctx: LocatorContext, object: TSESTree.ObjectExpression): FoundRequest | undefined {
  const services = ctx.sourceCode.parserServices;
  const program = services?.program;
  const tsNode = services?.esTreeNodeToTSNodeMap?.get(object);
  if (!program || !tsNode) return undefined;
  const type = program.getTypeChecker().getContextualType(tsNode as ts.Expression);
  const symbol = type?.aliasSymbol ?? type?.getSymbol();
  const known = symbol && Object.hasOwn(REQUEST_TYPES, symbol.getName()) ? REQUEST_TYPES[symbol.getName()] : undefined;
  if (!symbol || !known || !declaredIn(symbol, known.module)) return undefined;
  const root = viewOf(ctx, object)!;
  return {
    shape: known.shape,
    api: symbol.getName(),
    origin: "shape",
    node: object,
    root,
    ...orSettings(ctx, modelProperty(ctx, root)),
    url: undefined,
  };
}

/** True when the type is declared in the given package (not a same-named type of the user's). */
function declaredIn(symbol: ts.Symbol, module: string): boolean {
  return (symbol.getDeclarations() ?? []).some((declaration) =>
    declaration.getSourceFile().fileName.replaceAll("\\", "/").includes(`/node_modules/${module}/`),
  );
}
