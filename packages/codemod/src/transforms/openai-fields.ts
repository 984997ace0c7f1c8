import { OPENAI_FIELDS } from "@gemini-image/protocol";
import { openAiFieldChecks } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import { markerBefore, quotedCode } from "../marker.js";
import type { EditGroup, RequestTransform } from "./types.js";

/**
 * OpenAI-only fields (`n`, `quality`, `style`, `response_format`, …) and `candidateCount` above
 * the model's limit are removed where `no-openai-fields` and `no-multiple-images` report them
 * and suggest their removal (the locator's `openAiFieldChecks`), each with a comment that keeps
 * what was there and says what to do instead; `n: 1` simply goes. `prompt` and `messages`
 * carry the prompt, so they stay, with a follow-up. The AI SDK's own `n` is left alone: it
 * batches calls itself.
 */
export const openaiFields: RequestTransform = {
  name: "openai-fields",
  run(request, { sourceCode }) {
    const edits: EditGroup[] = [];
    for (const { id, entry, count, property, removal } of openAiFieldChecks(sourceCode, request)) {
      if (!property) continue;
      if (!removal) {
        edits.push(markerBefore(sourceCode, property, "openai-field", `${OPENAI_FIELDS[entry.key]!.instead}.`));
        continue;
      }
      const original = quotedCode(sourceCode, property);
      if (id === "openai-field") {
        edits.push(...fixGroup(removal({ code: "openai-field", message: `removed \`${original}\` (OpenAI only): ${instead(entry.key)}.` })));
      } else if (count === 1 && id === "openai-n") {
        edits.push(...fixGroup(removal()));
      } else {
        edits.push(...fixGroup(removal({ code: "openai-n", message: `removed \`${original}\`: Gemini returns one image per call, so make ${count ?? "N"} calls.` })));
      }
    }
    return edits;
  },
};

/** The catalog's advice without its "remove it" opening, which the comment has already said. */
function instead(key: string): string {
  return OPENAI_FIELDS[key]!.instead.replace(/^remove it(?:[:;,]| and)\s*/u, "");
}
