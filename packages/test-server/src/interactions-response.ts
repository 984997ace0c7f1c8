/**
 * The answer of `POST /v1beta/interactions`: an interaction whose `steps` hold thought steps
 * (interim images in their summary) and then one `model_output` step with the text and the final
 * image, all snake_case (facts page "The Interactions API": Response).
 */
import { INTERACTION_RESPONSE, INTERACTION_STREAM_EVENTS, INTERACTION_VALUES } from "@gemini-image/protocol";
import { pngBase64 } from "./images.js";
import type { GenerationPlan } from "./plan.js";
import { PNG, answerText, digest, tokenCounts, type AnswerExtras } from "./response.js";

const IMAGE = INTERACTION_RESPONSE.imageContentType;
const TEXT = INTERACTION_VALUES.textType;

/** The steps: `thoughtImages` thought steps, then the model output (text first, the final image last). */
function steps(plan: GenerationPlan, extras: AnswerExtras, seed: string): Record<string, unknown>[] {
  const text = answerText(plan, extras);
  const output: Record<string, unknown>[] = text === undefined ? [] : [{ type: TEXT, text }];
  if (!plan.image) return [{ type: INTERACTION_RESPONSE.outputStepType, content: output }];
  const thoughts = Array.from({ length: extras.thoughtImages }, (_, i) => ({
    type: INTERACTION_RESPONSE.thoughtStepType,
    signature: digest(`${seed}:thought:${i}`, 32).toString("base64"),
    [INTERACTION_VALUES.thoughtSummary]: [{ type: IMAGE, data: pngBase64(plan.pixels, "thought"), mime_type: PNG }],
  }));
  // One image per call: an interaction has no candidateCount, so the plan's candidates are 1 here.
  output.push({ type: IMAGE, data: pngBase64(plan.pixels, "final"), mime_type: PNG });
  return [...thoughts, { type: INTERACTION_RESPONSE.outputStepType, content: output }];
}

/** `usage` with the protocol's output tokens per image; modalities lowercase as the SDK types them. */
function usage(plan: GenerationPlan, extras: AnswerExtras): Record<string, unknown> {
  const tokens = tokenCounts(plan, extras);
  const output = [
    ...(tokens.image > 0 ? [{ modality: IMAGE, tokens: tokens.image }] : []),
    ...(tokens.text > 0 ? [{ modality: TEXT, tokens: tokens.text }] : []),
  ];
  return {
    total_input_tokens: tokens.prompt,
    total_output_tokens: tokens.image + tokens.text,
    total_tokens: tokens.prompt + tokens.image + tokens.text,
    input_tokens_by_modality: [{ modality: TEXT, tokens: tokens.prompt }],
    output_tokens_by_modality: output,
  };
}

/** The completed interaction for a plan. `seed` (the request body) makes ids and signatures repeatable. */
export function interactionBody(plan: GenerationPlan, extras: AnswerExtras, seed: string): Record<string, unknown> {
  return {
    id: digest(`${seed}:interaction`, 12).toString("base64url"),
    status: INTERACTION_VALUES.completedStatus,
    model: plan.model.id,
    [INTERACTION_RESPONSE.steps]: steps(plan, extras, seed),
    usage: usage(plan, extras),
  };
}

/**
 * The Server-Sent Events of a streamed interaction: `interaction.created`, then per step a
 * `step.start` carrying the whole step and a `step.stop`, then `interaction.completed` with the
 * usage. Real streams also split steps into `step.delta` events; this server sends none.
 */
export function interactionEvents(interaction: Record<string, unknown>): Record<string, unknown>[] {
  const { steps: all, usage: totals, ...head } = interaction;
  const list = Array.isArray(all) ? (all as unknown[]) : [];
  return [
    { event_type: INTERACTION_STREAM_EVENTS.created, interaction: { ...head, status: INTERACTION_VALUES.inProgressStatus } },
    ...list.flatMap((step, index) => [
      { event_type: INTERACTION_STREAM_EVENTS.stepStart, index, step },
      { event_type: INTERACTION_STREAM_EVENTS.stepStop, index },
    ]),
    { event_type: INTERACTION_STREAM_EVENTS.completed, interaction: { ...head, usage: totals } },
  ];
}
