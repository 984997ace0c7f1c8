import { resolveModel } from "@gemini-image/protocol";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { HOLE, literalBehind, staticText } from "./static-text.js";
import type { LocatedModel } from "./types.js";

/** The model a `model` property or argument names, when its text is known. */
export function modelFromExpression(ctx: LocatorContext, node: TSESTree.Node): LocatedModel | undefined {
  const text = staticText(ctx, node);
  if (text === undefined || text.includes(HOLE)) return undefined;
  return { text, resolved: resolveModel(text), source: "property", node, literal: literalBehind(ctx, node) };
}

/** The model in a generateContent URL (`…/models/<id>:generateContent`), when that part is known. */
export function modelFromUrl(url: string, node: TSESTree.Node, ctx: LocatorContext): LocatedModel | undefined {
  const resolved = resolveModel(url);
  if (resolved.kind === "unknown" && (resolved.name === undefined || resolved.name.includes(HOLE))) return undefined;
  if (resolved.kind === "unknown" && !url.includes("/models/") && !url.startsWith("models/")) return undefined;
  const name = resolved.kind === "known" ? (resolved.alias ?? resolved.id) : resolved.name!;
  return { text: url, resolved, source: "url", node, literal: literalContaining(ctx, node, name) };
}

/**
 * The string literal that writes the model segment `name` of a URL (directly, through consts,
 * or as a part of a template or `+`), for fixes. Only the part that holds the model counts: an
 * app's own label in the query (`?app=${APP}`) may contain the same words but names no model.
 * A name written in the template text itself has no literal of its own: `undefined`.
 */
function literalContaining(ctx: LocatorContext, node: TSESTree.Node, name: string): TSESTree.StringLiteral | undefined {
  const direct = literalBehind(ctx, node);
  if (direct) return direct.value.includes(name) ? direct : undefined;
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.TemplateLiteral && current.quasis.some((q) => (q.value.cooked ?? "").includes(name))) return undefined;
  const parts =
    current.type === AST_NODE_TYPES.TemplateLiteral
      ? current.expressions
      : current.type === AST_NODE_TYPES.BinaryExpression
        ? [current.left, current.right]
        : current.type === AST_NODE_TYPES.Identifier
          ? [resolveBinding(ctx, current)?.init].filter((n) => n !== undefined)
          : [];
  for (const part of parts) {
    if (!holdsModel(staticText(ctx, part), name)) continue;
    const found = literalContaining(ctx, part, name);
    if (found) return found;
  }
  return undefined;
}

/** True when a part's text is the model name itself or the URL piece that carries it. */
function holdsModel(text: string | undefined, name: string): boolean {
  return text !== undefined && (text === name || text.startsWith(`${name}:`) || text.includes(`models/${name}`));
}

/** The model from `settings["gemini-image"].defaultModel`. */
export function modelFromSettings(ctx: LocatorContext): LocatedModel | undefined {
  if (ctx.defaultModel === undefined) return undefined;
  return { text: ctx.defaultModel, resolved: resolveModel(ctx.defaultModel), source: "setting", node: undefined, literal: undefined };
}
