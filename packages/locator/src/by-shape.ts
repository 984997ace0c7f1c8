import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { staticKeyName } from "./ast.js";
import type { LocatorContext } from "./context.js";
import { modelProperty } from "./genai.js";
import { orSettings } from "./model.js";
import { viewOf } from "./object-view.js";
import type { FoundRequest } from "./types.js";

/**
 * An object literal that is a generateContent body by its keys alone: `contents` together with
 * `generationConfig` (or `generation_config`), where the call that sends it is not visible
 * (request builders, helpers). A lone `config` or `imageConfig` object is not enough.
 */
export function locateByShape(ctx: LocatorContext, object: TSESTree.ObjectExpression): FoundRequest | undefined {
  let contents = false;
  let generationConfig = false;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = staticKeyName(property.key, property.computed);
    if (key === "contents") contents = true;
    else if (key === "generationConfig" || key === "generation_config") generationConfig = true;
  }
  if (!contents || !generationConfig) return undefined;
  const root = viewOf(ctx, object)!;
  return {
    shape: "rest",
    api: "shape",
    origin: "shape",
    node: object,
    root,
    ...orSettings(ctx, modelProperty(ctx, root)),
    url: undefined,
  };
}
