import { OPENAI_FIELDS } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { configOf, literalProperty, type FieldEntry, type LocatedRequest } from "@gemini-image/locator";
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { markerBefore, quotedCode } from "../marker.js";
import { removeWholeProperty } from "@gemini-image/locator";
import { textFixer } from "../fixer.js";
import type { EditGroup, RequestTransform } from "./types.js";

/** Fields that carry the request's meaning: removing them would lose it, so they stay with a follow-up. */
const KEPT = new Set(["prompt", "messages"]);
/** Asking for several images: Gemini image models return one per call. */
const COUNTS = new Set(["n", "numberOfImages"]);

/**
 * OpenAI-only fields (`n`, `quality`, `style`, `response_format`, …) are removed, each with a
 * comment that keeps what was there and says what to do instead; `n: 1` simply goes. `prompt`
 * and `messages` carry the prompt, so they stay, with a follow-up. `candidateCount` above the
 * model's limit is treated like `n`. The AI SDK's own `n` is left alone: it batches calls itself.
 */
export const openaiFields: RequestTransform = {
  name: "openai-fields",
  run(request, { sourceCode }) {
    if (request.shape === "ai-sdk") return [];
    const edits: EditGroup[] = [];
    const entries = [...request.root.entries, ...(configOf(request)?.entries ?? [])];
    for (const entry of entries) {
      const property = literalProperty(entry);
      if (!property) continue;
      if (entry.key === "size" || !isOpenAiHere(request, entry)) continue;
      const original = quotedCode(sourceCode, property);
      if (KEPT.has(entry.key)) {
        edits.push(markerBefore(sourceCode, property, "openai-field", `${OPENAI_FIELDS[entry.key]!.instead}.`));
        continue;
      }
      if (COUNTS.has(entry.key) || entry.key === "candidateCount") {
        const count = numberValue(property);
        if (count === 1 && entry.key !== "candidateCount") {
          edits.push(removeWholeProperty(textFixer, sourceCode, property));
          continue;
        }
        edits.push(removeWithNote(sourceCode, property, "openai-n", `removed \`${original}\`: Gemini returns one image per call, so make ${count ?? "N"} calls.`));
        continue;
      }
      edits.push(removeWithNote(sourceCode, property, "openai-field", `removed \`${original}\` (OpenAI only): ${instead(entry.key)}.`));
    }
    return edits;
  },
};

function isOpenAiHere(request: LocatedRequest, entry: FieldEntry): boolean {
  if (entry.key === "candidateCount") {
    const model = checkedModel(request);
    const count = literalProperty(entry) ? numberValue(literalProperty(entry)!) : undefined;
    return model !== undefined && count !== undefined && count > model.maxCandidateCount;
  }
  if (!Object.hasOwn(OPENAI_FIELDS, entry.key)) return false;
  // `model` belongs in @google/genai parameters and the legacy SDK; only a REST body has it wrong.
  // A shape-only object may be a countTokens or batch request, where `model` is legitimate.
  if (entry.key === "model") return request.shape === "rest" && request.origin === "call" && entry.object === request.root.node;
  return true;
}

/** The catalog's advice without its "remove it" opening, which the comment has already said. */
function instead(key: string): string {
  return OPENAI_FIELDS[key]!.instead.replace(/^remove it(?:[:;,]| and)\s*/u, "");
}

function numberValue(property: TSESTree.Property): number | undefined {
  const value = property.value;
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "number" ? value.value : undefined;
}

/** Removes a property and leaves, where it stood, a comment with what it was and what to do. */
function removeWithNote(sourceCode: TSESLint.SourceCode, property: TSESTree.Property, code: string, message: string): TextEdit[] {
  return removeWholeProperty(textFixer, sourceCode, property, { code, message });
}
