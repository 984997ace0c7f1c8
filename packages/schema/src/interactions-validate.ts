import { isAgentInteraction } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { byModel, validateBody } from "./generated/interactions-validators.js";
import { findingsFromInteractionsAjv } from "./interactions-ajv-findings.js";
import { checkInteractionsInput } from "./interactions-input.js";
import { checkInteractionsSettings } from "./interactions-settings.js";
import type { AjvError } from "./ajv-findings.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";
import { findingsInsideMoves } from "./moves.js";
import { structureProblem } from "./structure.js";

type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** The `model` an interaction names in its body, when it is a string. */
export function modelInBody(body: unknown): string | undefined {
  try {
    const model = body !== null && typeof body === "object" && Object.hasOwn(body, "model") ? (body as { model: unknown }).model : undefined;
    return typeof model === "string" ? model : undefined;
  } catch {
    return undefined;
  }
}

/** The findings about an Interactions create body itself (not the model name). */
export function interactionsBodyFindings(body: unknown, context: ModelContext, nesting: number): Finding[] {
  const problem = structureProblem(body);
  if (problem) return [makeFinding("invalid-body", "", { reason: problem, api: "interactions" })];
  // An agent interaction is not a model's image request: nothing here knows its fields.
  if (isAgentInteraction(body)) return [];
  const findings: Finding[] = [];
  const validator = ((context.id && (byModel as Record<string, CompiledValidator>)[context.id]) || validateBody) as CompiledValidator;
  if (!validator(body)) {
    findings.push(...findingsFromInteractionsAjv(validator.errors ?? [], body, context));
    findings.push(...findingsInsideMoves(body, findings, nesting, (moved, next) => interactionsBodyFindings(moved, context, next)));
  }
  const object = body as Record<string, unknown>;
  checkInteractionsSettings(object, context, findings);
  checkInteractionsInput(object, context, findings);
  return findings;
}
