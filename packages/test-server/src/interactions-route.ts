/**
 * `POST /v1beta/interactions` after the key and the scripted failures: the body read against the
 * Interactions catalog, the model from the body, one plan shared with generateContent, and the
 * interaction (or its event stream) as the answer.
 */
import { GEMINI_API_VERSION, modelLifecycle, type Pixels } from "@gemini-image/protocol";
import { findModel } from "./find-model.js";
import type { JsonAnswer } from "./google-errors.js";
import {
  interactionsModelNotFound,
  invalidJson,
  missingParameter,
  unknownParameter,
  unsupportedSetting,
} from "./interactions-errors.js";
import { readInteraction } from "./interactions-fields.js";
import { interactionBody, interactionEvents } from "./interactions-response.js";
import { planImage } from "./plan.js";
import { protoName } from "./request-fields.js";
import type { AnswerExtras } from "./response.js";
import type { ServerMode } from "./server.js";

/** What the route needs from the server and writes back to the request's record. */
export interface InteractionRequest {
  /** The version segment of the path (`v1beta`). */
  readonly version: string;
  readonly rawBody: string;
  readonly parsed: { readonly value: unknown } | undefined;
  readonly mode: ServerMode;
  readonly today: Date | undefined;
  readonly extras: AnswerExtras;
  readonly record: { droppedFields: readonly string[]; pixels: Pixels | undefined };
}

/** A JSON answer (an error or the interaction), or the events of a streamed success. */
export type InteractionAnswer = JsonAnswer | { readonly events: readonly Record<string, unknown>[] };

/** Checks an Interactions request in the order docs/test-server.md lists and answers it. */
export function answerInteraction(request: InteractionRequest): InteractionAnswer {
  const { parsed, mode, record } = request;
  const value = parsed?.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return invalidJson();

  const reading = readInteraction(value as Record<string, unknown>);
  if (mode === "strict") {
    // Google names one unknown parameter per answer (facts page: js-genai issue 1571).
    const first = reading.unknown[0];
    if (first) return unknownParameter(first.path, first.suggestion);
  } else {
    record.droppedFields = reading.unknown.map((u) => u.path);
  }
  if (reading.problem) return reading.problem;

  if (typeof reading.model !== "string" || reading.model === "") return missingParameter("model");
  const model = findModel(reading.model, mode);
  if (!model || request.version !== GEMINI_API_VERSION || modelLifecycle(model.id, request.today) === "shut-down") {
    return interactionsModelNotFound(reading.model);
  }
  if (!reading.hasInput) return missingParameter("input");

  const planned = planImage(model, {
    imageSize: reading.imageSize,
    aspectRatio: reading.aspectRatio,
    inputImages: reading.inputImages,
    promptText: reading.promptText,
    image: reading.image,
    candidates: 1,
  });
  if ("rejected" in planned) {
    const { setting, value: asked, accepted } = planned.rejected;
    return unsupportedSetting(`${reading.settingsPath}.${protoName(setting)}`, asked, model.id, accepted);
  }
  const { plan } = planned;
  if (plan.image) record.pixels = plan.pixels;
  const interaction = interactionBody(plan, request.extras, request.rawBody);
  return reading.stream ? { events: interactionEvents(interaction) } : { status: 200, body: interaction };
}
