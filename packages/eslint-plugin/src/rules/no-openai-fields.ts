import { FINDINGS, INTERACTIONS_OPENAI_INSTEAD, INTERACTIONS_REQUEST_FIELDS, OPENAI_FIELDS } from "@gemini-image/protocol";
import { mayHoldRequests, onRequests, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import { configOf, imageConfigOf, literalProperty } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { removeProperty } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "openaiField" | "removeField";
export type Options = [];

/** Fields with their own rules: `size` (no-openai-size), `n` and `numberOfImages` (no-multiple-images). */
const OWN_RULES = new Set(["size", "n", "numberOfImages"]);

export default createRule<Options, MessageIds>({
  name: "no-openai-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow OpenAI-only fields (`quality`, `style`, `response_format`, `messages`, …) in Gemini requests",
      recommended: "recommended",
      severity: FINDINGS["openai-field"].severity,
    },
    hasSuggestions: true,
    messages: {
      openaiField: "{{message}}",
      removeField: "Remove `{{field}}`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    function checkObject(view: ObjectView | undefined, allowModel: boolean, interactions = false): void {
      for (const entry of view?.entries ?? []) {
        const spec = Object.hasOwn(OPENAI_FIELDS, entry.key) ? OPENAI_FIELDS[entry.key] : undefined;
        if (!spec || OWN_RULES.has(entry.key) || (entry.key === "model" && allowModel)) continue;
        // `response_format`, `background` and `model` are an interaction's own fields (a string
        // `response_format` is a wrong value there, which the validator reports).
        if (interactions && (INTERACTIONS_REQUEST_FIELDS as readonly string[]).includes(entry.key)) continue;
        const property = literalProperty(entry);
        const instead = interactions && Object.hasOwn(INTERACTIONS_OPENAI_INSTEAD, entry.key) ? INTERACTIONS_OPENAI_INSTEAD[entry.key]! : spec.instead;
        // Only fields whose advice is plain removal get a suggestion; `prompt` and `messages` carry the prompt.
        const removable = property && instead.startsWith("remove it");
        report({
          node: entry.keyNode,
          messageId: "openaiField",
          data: findingData("openai-field", interactions ? { field: entry.key, api: "interactions" } : { field: entry.key }),
          suggest: removable
            ? [{ messageId: "removeField", data: { field: entry.key }, fix: (fixer) => removeProperty(fixer, sourceCode, property) }]
            : [],
        });
      }
    }

    function check(request: LocatedRequest): void {
      // An interaction's OpenAI habits are top-level fields; unknown names deeper are the validator's.
      if (request.shape === "interactions") return checkObject(request.root, true, true);
      // AI SDK options have their own `prompt`, `n`, `size`; only the Google provider options are Gemini's.
      if (request.shape !== "ai-sdk") {
        // `model` belongs in a REST URL; SDK parameters and request builders found by shape may carry it.
        checkObject(request.root, !(request.shape === "rest" && request.origin === "call"));
      }
      checkObject(configOf(request), true);
      checkObject(imageConfigOf(request), true);
    }

    return onRequests(context, check);
  },
});
