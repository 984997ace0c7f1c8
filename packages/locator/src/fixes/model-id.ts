import { modelFindings, modelLifecycle, reachesGoogle, type ModelFinding } from "@gemini-image/protocol";
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
  // Gateways accept an alias; Google's host, its SDKs and the AI SDK's Google provider do not.
  const aliasToGoogle = reachesGoogle(request.shape === "rest" ? request.url : undefined, request.shape !== "rest");
  const models = request.candidates ?? (request.model ? [request.model] : []);
  return models.flatMap((model) => {
    if (model.source === "setting" || !model.node) return [];
    const { resolved } = model;
    const lifecycle = resolved.kind === "known" ? modelLifecycle(resolved.id, today) : undefined;
    return modelFindings(resolved, lifecycle, { aliasToGoogle }).map((finding) => ({
      model,
      node: model.literal ?? model.node!,
      finding,
      fix: finding.rename ? renameFix(model.literal, finding.rename.from, finding.rename.to) : undefined,
    }));
  });
}

/** Writes `to` in place of `from` where it stands whole in the literal, not inside a longer name. */
function renameFix(literal: TSESTree.StringLiteral | undefined, from: string, to: string): FindingFix | undefined {
  if (!literal) return undefined;
  const pattern = new RegExp(`(?<![\\w.-])${from.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}(?![\\w.-])`, "gu");
  const next = literal.raw.replace(pattern, to);
  return next === literal.raw ? undefined : (fixer) => fixer.replaceText(literal, next);
}
