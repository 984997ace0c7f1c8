import type { FindingId } from "@gemini-image/protocol";
import type { rules } from "./rules/index.js";

type RuleName = keyof typeof rules;
type MessageIdOf<R extends RuleName> = (typeof rules)[R] extends { meta: { messages: Record<infer M, string> } } ? M : never;

/**
 * The protocol finding id each rule reports, by rule name and messageId. ESLint reports
 * messageIds; the validator, the audit and the codemod speak finding ids, so tools that compare
 * verdicts (the agreement test, SARIF) translate through this one table. Suggestion messageIds
 * name a fix, not a finding, and are not listed.
 */
export const RULE_FINDINGS = {
  "no-api-key-in-url": { keyInUrl: "key-in-url" },
  "no-camel-case-interaction-fields": { camelCase: "interactions-camel-case" },
  "no-data-url-inline-data": { dataUrl: "data-url-inline-data", url: "url-inline-data" },
  "no-deprecated-interaction-fields": { deprecatedField: "deprecated-interaction-field" },
  "no-excess-input-images": { tooManyImages: "too-many-images" },
  "no-generate-content-shape-in-input": { generateContentShape: "generate-content-shape-in-input" },
  "no-misplaced-fields": { misplacedField: "misplaced-field" },
  "no-multiple-images": { severalImages: "openai-n", candidateCount: "candidate-count" },
  "no-openai-fields": { openaiField: "openai-field" },
  "no-openai-size": { openaiSize: "openai-size" },
  "no-snake-case-fields": { snakeCase: "snake-case-field" },
  "prefer-confirmed-aspect-ratio": { unconfirmedAspectRatio: "unconfirmed-aspect-ratio" },
  "prefer-images-before-text": { textBeforeImages: "text-before-images" },
  "prefer-last-image-part": { firstPartImage: "first-part-image", snakeCaseResponse: "snake-case-response" },
  "require-image-modality": { missingModalities: "missing-response-modalities", modalityCase: "response-modality-case" },
  "valid-aspect-ratio": { invalidAspectRatio: "invalid-aspect-ratio" },
  "valid-image-size": { invalidImageSize: "invalid-image-size" },
  "valid-interaction-response": { responseShape: "interaction-response-shape" },
  "valid-model-id": {
    retiredModel: "retired-model",
    deprecatedModel: "deprecated-model",
    modelAlias: "model-alias",
    unknownModel: "unknown-model",
  },
} as const satisfies { readonly [R in RuleName]: Readonly<Partial<Record<MessageIdOf<R>, FindingId>>> };

/** The finding id behind one ESLint message, or `undefined` for a message that is not a finding. */
export function findingOf(ruleName: string, messageId: string): FindingId | undefined {
  const byMessage: Readonly<Record<string, FindingId>> | undefined = Object.hasOwn(RULE_FINDINGS, ruleName)
    ? RULE_FINDINGS[ruleName as RuleName]
    : undefined;
  return byMessage && Object.hasOwn(byMessage, messageId) ? byMessage[messageId] : undefined;
}
