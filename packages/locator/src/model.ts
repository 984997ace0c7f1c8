import { resolveModel } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { stringLiteralValue, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { possibleValues } from "./possible-values.js";
import { HOLE, literalBehind, staticText } from "./static-text.js";
import type { LocatedModel } from "./types.js";

/** The models a request may be sent with, as `LocatedRequest` carries them. */
export interface ModelChoice {
  readonly model: LocatedModel | undefined;
  readonly candidates?: readonly LocatedModel[];
}

/**
 * Every model an expression may name, through the values it may hold (`possibleValues`). When the
 * value is open (an env var, a parameter, a public field), the models found are only likely ones.
 */
export function modelCandidates(ctx: LocatorContext, node: TSESTree.Node, source: LocatedModel["source"] = "property"): LocatedModel[] {
  const values = possibleValues(ctx, node);
  let open = values.open;
  const models: LocatedModel[] = [];
  for (const leaf of values.nodes) {
    const text = staticText(ctx, leaf);
    if (text === undefined || text.includes(HOLE)) {
      open = true;
      continue;
    }
    models.push({ text, resolved: resolveModel(text), source, node: leaf, literal: literalBehind(ctx, leaf) });
  }
  return open ? models.map((model) => ({ ...model, likely: true })) : models;
}

/** One model when all candidates name the same one, otherwise none and the candidates. */
export function modelChoice(models: readonly LocatedModel[]): ModelChoice {
  const [first] = models;
  if (!first) return { model: undefined };
  if (models.length === 1) return { model: first };
  return { model: models.every((model) => sameModel(model, first)) ? first : undefined, candidates: models };
}

function sameModel(a: LocatedModel, b: LocatedModel): boolean {
  if (a.resolved.kind === "known" && b.resolved.kind === "known") return a.resolved.id === b.resolved.id;
  return a.resolved.kind === b.resolved.kind && a.text === b.text;
}

/** The model a `model` property or argument names, when it names exactly one. */
export function modelFromExpression(ctx: LocatorContext, node: TSESTree.Node): LocatedModel | undefined {
  return modelChoice(modelCandidates(ctx, node)).model;
}

/**
 * The models of a generateContent URL given as an expression: the part that fills the model
 * segment (`${MODELS[tier]}:generateContent`, `"/models/" + this.model + ":generateContent"`)
 * is followed through its possible values; otherwise the URL text is read as a whole.
 */
export function modelsFromUrl(ctx: LocatorContext, url: string, node: TSESTree.Node): ModelChoice {
  const segment = modelSegment(ctx, node);
  if (segment) {
    const models = modelCandidates(ctx, segment, "url");
    if (models.length > 0) return modelChoice(models);
  }
  return { model: modelFromUrl(url, node, ctx) };
}

/** The expression written right before `:generateContent` in a template or `+` chain, when not a literal. */
export function modelSegment(ctx: LocatorContext, node: TSESTree.Node, depth = 0): TSESTree.Node | undefined {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier && depth < 4) {
    const init = resolveBinding(ctx, current)?.init;
    return init ? modelSegment(ctx, init, depth + 1) : undefined;
  }
  if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    const index = current.quasis.findIndex((quasi, i) => i > 0 && METHOD_AFTER.test(quasi.value.cooked ?? ""));
    return index > 0 ? current.expressions[index - 1] : undefined;
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === "+") {
    const operands: TSESTree.Node[] = [];
    const flatten = (n: TSESTree.Node): void => {
      const u = unwrap(n);
      if (u.type === AST_NODE_TYPES.BinaryExpression && u.operator === "+") {
        flatten(u.left);
        flatten(u.right);
      } else operands.push(u);
    };
    flatten(current);
    const index = operands.findIndex((operand, i) => i > 0 && METHOD_AFTER.test(stringLiteralValue(operand) ?? ""));
    return index > 0 && stringLiteralValue(operands[index - 1]) === undefined ? operands[index - 1] : undefined;
  }
  return undefined;
}

/** Text that starts with the method after the model segment. */
const METHOD_AFTER = /^:(?:generateContent|streamGenerateContent)\b/u;

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

/** The model from `settings["gemini-image"].defaultModel`, where the code names none. */
export function modelFromSettings(ctx: LocatorContext): LocatedModel | undefined {
  if (ctx.defaultModel === undefined) return undefined;
  return { text: ctx.defaultModel, resolved: resolveModel(ctx.defaultModel), source: "setting", node: undefined, literal: undefined };
}

/** The code's own choice, or the settings' model where the code names none. */
export function orSettings(ctx: LocatorContext, choice: ModelChoice | undefined): ModelChoice {
  if (choice && (choice.model || choice.candidates)) return choice;
  return { model: modelFromSettings(ctx) };
}
