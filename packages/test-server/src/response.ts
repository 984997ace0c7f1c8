import { createHash } from "node:crypto";
import { pngBase64 } from "./images.js";
import type { GenerationPlan } from "./plan.js";

/** What a successful answer carries besides the final image. */
export interface AnswerExtras {
  /** Interim images marked `thought: true` before the final one (Gemini 3 sends up to two). */
  readonly thoughtImages: number;
  /** A text part before the images, so `parts[0]` is not the image. */
  readonly text: string | undefined;
}

/** Said when the request's responseModalities leave out IMAGE and no text was configured. */
const TEXT_ONLY_ANSWER = "This request did not ask for the IMAGE modality, so the answer is text only.";
/** The MIME type of every image this server makes. */
export const PNG = "image/png";

/** A rough token count for text (about four characters a token); Google's tokenizer is not reproduced. */
const textTokens = (text: string): number => Math.ceil(text.length / 4);

/** Repeatable bytes from the request body: the same body gets the same ids and signatures. */
export function digest(seed: string, size: number): Buffer {
  return createHash("sha256").update(seed).digest().subarray(0, size);
}

/** The parts of one candidate, camelCase as Google answers them. */
function candidateParts(plan: GenerationPlan, extras: AnswerExtras, signature: string): Record<string, unknown>[] {
  if (!plan.image) return [{ text: answerText(plan, extras)! }];
  const parts: Record<string, unknown>[] = [];
  if (extras.text !== undefined) parts.push({ text: extras.text });
  for (let i = 0; i < extras.thoughtImages; i++) {
    parts.push({ inlineData: { mimeType: PNG, data: pngBase64(plan.pixels, "thought") }, thought: true });
  }
  // The signature rides on the final image: multi-turn edits must send it back.
  parts.push({ inlineData: { mimeType: PNG, data: pngBase64(plan.pixels, "final") }, thoughtSignature: signature });
  return parts;
}

/** Token counts of an answer: the protocol's output tokens per image, text estimated. */
export interface TokenCounts {
  readonly prompt: number;
  readonly image: number;
  readonly text: number;
}

/** The text an answer carries: the configured text, or the text-only notice when no image was asked for. */
export function answerText(plan: GenerationPlan, extras: AnswerExtras): string | undefined {
  return plan.image ? extras.text : (extras.text ?? TEXT_ONLY_ANSWER);
}

/** The tokens of an answer, the same for both APIs. */
export function tokenCounts(plan: GenerationPlan, extras: AnswerExtras): TokenCounts {
  const text = answerText(plan, extras);
  return {
    prompt: Math.max(1, textTokens(plan.promptText)),
    image: plan.image ? plan.outputTokens * plan.candidates : 0,
    text: text === undefined ? 0 : textTokens(text) * plan.candidates,
  };
}

/** `usageMetadata` with the protocol's output tokens per image. */
function usageMetadata(plan: GenerationPlan, extras: AnswerExtras): Record<string, unknown> {
  const tokens = tokenCounts(plan, extras);
  const details = [
    ...(tokens.image > 0 ? [{ modality: "IMAGE", tokenCount: tokens.image }] : []),
    ...(tokens.text > 0 ? [{ modality: "TEXT", tokenCount: tokens.text }] : []),
  ];
  return {
    promptTokenCount: tokens.prompt,
    candidatesTokenCount: tokens.image + tokens.text,
    totalTokenCount: tokens.prompt + tokens.image + tokens.text,
    promptTokensDetails: [{ modality: "TEXT", tokenCount: tokens.prompt }],
    candidatesTokensDetails: details,
  };
}

/** One answer, ready to send whole or as stream chunks. */
export interface Answer {
  readonly modelVersion: string;
  readonly responseId: string;
  /** Parts per candidate. */
  readonly candidates: readonly (readonly Record<string, unknown>[])[];
  readonly usageMetadata: Record<string, unknown>;
}

/** Builds the answer for a plan. `seed` (the request body) makes signatures and ids repeatable. */
export function buildAnswer(plan: GenerationPlan, extras: AnswerExtras, seed: string): Answer {
  return {
    modelVersion: plan.model.id,
    responseId: digest(`${seed}:id`, 12).toString("base64url"),
    candidates: Array.from({ length: plan.candidates }, (_, i) =>
      candidateParts(plan, extras, digest(`${seed}:${i}`, 32).toString("base64")),
    ),
    usageMetadata: usageMetadata(plan, extras),
  };
}

/** The `GenerateContentResponse` of `:generateContent`. */
export function responseBody(answer: Answer): Record<string, unknown> {
  return {
    candidates: answer.candidates.map((parts, index) => ({
      content: { role: "model", parts },
      finishReason: "STOP",
      index,
    })),
    usageMetadata: answer.usageMetadata,
    modelVersion: answer.modelVersion,
    responseId: answer.responseId,
  };
}

/**
 * The chunks of `:streamGenerateContent`: one part per chunk; each candidate's last chunk has
 * its finishReason, the very last one the usageMetadata.
 */
export function streamChunks(answer: Answer): Record<string, unknown>[] {
  const chunks: Record<string, unknown>[] = [];
  answer.candidates.forEach((parts, index) => {
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      chunks.push({
        candidates: [{ content: { role: "model", parts: [part] }, ...(last ? { finishReason: "STOP" } : {}), index }],
        modelVersion: answer.modelVersion,
        responseId: answer.responseId,
      });
    });
  });
  const final = chunks.at(-1);
  if (final) final.usageMetadata = answer.usageMetadata;
  return chunks;
}
