import { modelFindings, modelLifecycle, reachesGoogle, type ModelFinding } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { LocatedModel, LocatedRequest } from "../types.js";
import type { FindingFix } from "./types.js";

/** A finding about a model id the request names (`retired-model`, `deprecated-model`, `model-alias`, `unknown-model`). */
export interface ModelIdCheck {
  readonly model: LocatedModel;
  /** Where it is reported: the literal naming the model, or the expression. */
  readonly node: TSESTree.Node;
  readonly finding: ModelFinding;
  /** The rename the finding names, in the literal that holds the model; `undefined` when no literal holds it whole. */
  readonly fix: FindingFix | undefined;
}

/**
 * The model id checks `valid-model-id` reports (renames as suggestions: another model may answer
 * differently) and `migrate` applies for shut-down ids (its model-ids transform), each model
 * the code may send checked on its own: a retired id in a map is retired. A model from the
 * settings is not in the code, so nothing is said about it.
 */
export function modelIdChecks(request: LocatedRequest, today: Date = new Date()): ModelIdCheck[] {
  // Gateways accept an alias and name models their own way; Google's host, its SDKs and the AI
  // SDK's Google provider do not.
  const toGoogle = reachesGoogle(request.url, request.url === undefined && request.shape !== "rest");
  const models = request.candidates ?? (request.model ? [request.model] : []);
  return models.flatMap((model) => {
    if (model.source === "setting" || !model.node) return [];
    const { resolved } = model;
    const lifecycle = resolved.kind === "known" ? modelLifecycle(resolved.id, today) : undefined;
    return modelFindings(resolved, lifecycle, { toGoogle }).map((finding) => ({
      model,
      node: model.literal ?? model.node!,
      finding,
      fix: finding.rename ? renameFix(model.literal ?? templateOf(model), finding.rename.from, finding.rename.to) : undefined,
    }));
  });
}

/** The template literal that names the model (a URL written with backticks), if that is where it stands. */
function templateOf(model: LocatedModel): TSESTree.TemplateLiteral | undefined {
  return model.node?.type === AST_NODE_TYPES.TemplateLiteral ? model.node : undefined;
}

/** `from` standing whole (not inside a longer name), as a global pattern. */
const wholeId = (from: string): RegExp => new RegExp(`(?<![\\w.-])${from.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}(?![\\w.-])`, "gu");

/**
 * Writes `to` in place of `from` where it stands whole in the literal, not inside a longer name.
 * In a template literal only its text parts change, and only where the id cannot run on into
 * an interpolation (`models/${base}-preview` is left alone).
 */
function renameFix(literal: TSESTree.StringLiteral | TSESTree.TemplateLiteral | undefined, from: string, to: string): FindingFix | undefined {
  if (!literal) return undefined;
  if (literal.type === AST_NODE_TYPES.Literal) {
    const next = literal.raw.replace(wholeId(from), to);
    return next === literal.raw ? undefined : (fixer) => fixer.replaceText(literal, next);
  }
  const edits: { range: [number, number]; text: string }[] = [];
  literal.quasis.forEach((quasi, index) => {
    const raw = quasi.value.raw;
    const next = raw.replace(wholeId(from), (match, offset: number) => {
      const touchesBefore = offset === 0 && index > 0;
      const touchesAfter = offset + match.length === raw.length && !quasi.tail;
      return touchesBefore || touchesAfter ? match : to;
    });
    // A quasi's range covers its delimiters: "`" or "}" before, "`" or "${" after.
    if (next !== raw) edits.push({ range: [quasi.range[0] + 1, quasi.range[1] - (quasi.tail ? 1 : 2)], text: next });
  });
  return edits.length === 0 ? undefined : (fixer) => edits.map(({ range, text }) => fixer.replaceTextRange(range, text));
}
