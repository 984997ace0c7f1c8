/**
 * An interaction can address an agent instead of a model: `CreateAgentInteraction` in
 * @google/genai 3.3.0 (SOURCES.genaiDeclarations) takes a required `agent` and `agent_config`
 * where `CreateModelInteraction` takes `model`. Such a body goes to the same
 * `POST {base}/v1beta/interactions` but is not a model's image request: the image checks, whose
 * fields come from `CreateModelInteraction`, do not apply to it.
 */
export const INTERACTIONS_AGENT_FIELD = "agent";

/** True when an Interactions body addresses an agent (it has `agent` and no `model`). */
export function isAgentInteraction(body: unknown): boolean {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
  return Object.hasOwn(body, INTERACTIONS_AGENT_FIELD) && !Object.hasOwn(body, "model");
}
