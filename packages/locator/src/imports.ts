import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { scopeOf, type LocatorContext } from "./context.js";

/** Where an identifier was imported from: the module and the exported name (`default`, `*`). */
export interface ImportOrigin {
  readonly source: string;
  readonly imported: string;
}

/** The import an identifier refers to, or `undefined` for anything else. */
export function importOrigin(ctx: LocatorContext, id: TSESTree.Identifier): ImportOrigin | undefined {
  const variable = findVariable(scopeOf(ctx, id), id);
  const def = variable?.defs[0];
  if (!def || def.type !== "ImportBinding") return undefined;
  const declaration = def.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const specifier = def.node;
  let imported = "*";
  if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) imported = "default";
  else if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
    imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
  }
  return { source: declaration.source.value, imported };
}
