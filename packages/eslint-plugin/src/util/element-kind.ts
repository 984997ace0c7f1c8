import { SDK_PART_HELPERS } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { fullText, partKind, unwrap, viewOf, type LocatorContext } from "@gemini-image/locator";

/**
 * What one element of a part list carries: an object part (see `partKind`), a plain string (the
 * SDKs send it as a text part) or a part an `@google/genai` helper makes (`createPartFromUri(uri,
 * mimeType)`), judged by its MIME type when that is written and counted as an image when it is a
 * run-time value, as `partKind` counts object parts. `undefined` for anything else.
 */
export function elementKind(ctx: LocatorContext, node: TSESTree.Node): "image" | "text" | "other" | undefined {
  const value = unwrap(node);
  if ((value.type === AST_NODE_TYPES.Literal && typeof value.value === "string") || value.type === AST_NODE_TYPES.TemplateLiteral) return "text";
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = value.callee.type === AST_NODE_TYPES.MemberExpression && !value.callee.computed ? value.callee.property : value.callee;
    const helper = callee.type === AST_NODE_TYPES.Identifier && Object.hasOwn(SDK_PART_HELPERS, callee.name) ? SDK_PART_HELPERS[callee.name] : undefined;
    if (!helper) return undefined;
    if (helper.part === "text") return "text";
    const argument = helper.mimeArgument === undefined ? undefined : value.arguments[helper.mimeArgument];
    const mime = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? fullText(ctx, argument) : undefined;
    if (mime === undefined) return "image";
    return mime.trim().toLowerCase().startsWith("image/") ? "image" : "other";
  }
  const part = viewOf(ctx, value);
  return part ? partKind(ctx, part) : undefined;
}
