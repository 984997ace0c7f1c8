import { INTERACTION_RESPONSE } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import { quoted } from "./quoted.js";

/**
 * A new image entry of an interaction's `response_format` (an item of the AI SDK's
 * `responseFormat` list) holding `fields`, the properties as written (`aspect_ratio: "16:9"`),
 * in the file's quotes: what the fixes write and the follow-ups quote where a size or a
 * setting has no entry to go into.
 */
export function imageEntryText(sourceCode: Readonly<TSESLint.SourceCode>, fields: readonly string[]): string {
  return `{ type: ${quoted(sourceCode, INTERACTION_RESPONSE.imageContentType)}, ${fields.join(", ")} }`;
}
