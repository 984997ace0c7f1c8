import { INTERACTION_RESPONSE, INTERACTION_VALUES } from "@gemini-image/protocol";
import { decodeImage, num, obj, str, type Json, type ParsedResponse, type ResponseImage } from "./response.js";

const IMAGE = INTERACTION_RESPONSE.imageContentType;
const TEXT = INTERACTION_VALUES.textType;

/** The images and text of a list of content entries (`{ type: "image", data, mime_type }`, `{ type: "text", text }`). */
function readContent(entries: unknown, thought: boolean, images: ResponseImage[], texts: string[]): void {
  for (const entry of Array.isArray(entries) ? entries.map(obj) : []) {
    if (!entry) continue;
    if (entry.type === TEXT && !thought) {
      const text = str(entry.text);
      if (text !== undefined) texts.push(text);
    }
    // Gateways that re-serialise may write mimeType; the wire name is mime_type.
    const mimeType = str(entry.mime_type) ?? str(entry.mimeType);
    const data = str(entry.data);
    // A `delivery: "uri"` image has no bytes to return; this client asks for inline images.
    if (entry.type === IMAGE && data !== undefined && mimeType?.startsWith("image/")) images.push(decodeImage(data, mimeType, thought, undefined));
  }
}

/**
 * Reads an interaction (facts page "The Interactions API": Response). The final image is the
 * LAST image of the `model_output` steps, as the SDK's `output_image` is; images in `thought`
 * steps' summaries are interim and never the result. `candidates` and `outputs` do not exist on
 * an interaction, so they are never read.
 */
export function parseInteraction(json: unknown): ParsedResponse {
  const root: Json = obj(json) ?? {};
  const steps = root[INTERACTION_RESPONSE.steps];
  const images: ResponseImage[] = [];
  const thoughts: ResponseImage[] = [];
  const texts: string[] = [];
  const errors: string[] = [];
  for (const step of Array.isArray(steps) ? steps.map(obj) : []) {
    if (step?.type === INTERACTION_RESPONSE.outputStepType) {
      readContent(step.content, false, images, texts);
      const error = str(obj(step.error)?.message);
      if (error !== undefined) errors.push(error);
    } else if (step?.type === INTERACTION_RESPONSE.thoughtStepType) {
      readContent(step[INTERACTION_VALUES.thoughtSummary], true, thoughts, []);
    }
  }
  const usage = obj(root.usage) ?? {};
  const status = str(root.status);
  return {
    image: images.at(-1),
    images,
    thoughts,
    text: texts.join(""),
    // Interactions continue with previous_interaction_id, not with a signature sent back.
    thoughtSignature: undefined,
    usage: {
      promptTokens: num(usage.total_input_tokens),
      outputTokens: num(usage.total_output_tokens),
      totalTokens: num(usage.total_tokens),
    },
    reason: errors[0] ?? (status === INTERACTION_VALUES.completedStatus ? undefined : status),
  };
}
