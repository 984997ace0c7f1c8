import { FINDINGS, modalityProblems } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { locatorContext, mayHoldRequests, modalityCaseChecks, modalityElements, onRequests, type LocatedRequest } from "@gemini-image/locator";
import { apiOfRequest, configOf, configPath, field } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { setModalitiesFix } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "missingModalities" | "modalityCase" | "setModalities" | "useUppercase";
export type Options = [];

/** The two values Google documents for image output. */
const SUGGESTED = ['["IMAGE"]', '["TEXT", "IMAGE"]'] as const;

/**
 * Calls whose settings may come from elsewhere: the chat's config, the legacy model's
 * generationConfig. A chat message with a config of its own inherits nothing: it replaces the
 * chat's whole config (js-genai 3.3.0 `Chat.sendMessage`: `config: params.config ?? this.config`),
 * so it is checked like a generateContent call.
 */
function inheritsConfig(request: LocatedRequest): boolean {
  if (request.shape === "genai") return request.api.startsWith("sendMessage") && !configOf(request);
  return request.shape === "legacy" && request.api !== "getGenerativeModel";
}

export default createRule<Options, MessageIds>({
  name: "require-image-modality",
  meta: {
    type: "problem",
    docs: {
      description: 'Require `responseModalities` with "IMAGE" in Gemini image requests',
      recommended: "recommended",
      severity: FINDINGS["missing-response-modalities"].severity,
    },
    hasSuggestions: true,
    messages: {
      missingModalities: "{{message}}",
      modalityCase: "{{message}}",
      setModalities: "Set `responseModalities` to {{value}}.",
      useUppercase: 'Write "{{expected}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    const ctx = locatorContext(context);

    function check(request: LocatedRequest): void {
      // generateImage sets responseModalities itself; an interaction asks for an image with
      // `response_format` (its `response_modalities` is deprecated), not with this field.
      if (request.shape === "ai-sdk" && request.api === "generateImage") return;
      // The AI SDK's `google.interactions` model too: its `responseModalities` are lowercase
      // (SOURCES.aiSdkGoogleDeclarations) and an image entry of `responseFormat` asks for the image.
      reportCase(request);
      if (apiOfRequest(request) === "interactions") return;
      // Only image requests: a text call has no reason to ask for IMAGE, and a model from the
      // settings never makes a call one (the classification leaves it out).
      if (request.classification.verdict !== "image") return;
      const target = configPath(request);
      const config = configOf(request);
      const entry = field(config, "responseModalities");
      if (entry) {
        const elements = modalityElements(ctx, entry.value);
        if (!elements) return;
        // The verdict the validator and `check` give too (protocol `modalityProblems`).
        for (const problem of modalityProblems(elements.map((e) => e.value), request.classification)) {
          // Reported with its fix by reportCase (the locator's modalityCaseChecks).
          if (problem.id === "response-modality-case") continue;
          report({
            node: entry.value,
            messageId: "missingModalities",
            data: findingData("missing-response-modalities", { target, present: problem.present }),
            suggest: SUGGESTED.map((value) => ({
              messageId: "setModalities" as const,
              data: { value },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(entry.value, value),
            })),
          });
        }
        return;
      }
      // Absent: reported only where the request's own settings ask for an image (protocol).
      if (modalityProblems(undefined, request.classification).length === 0) return;
      // A legacy generateContent or a chat message may inherit it from the model or the chat.
      if (inheritsConfig(request)) return;
      if (config ? config.mayHaveUnknownKeys : request.root.mayHaveUnknownKeys) return;
      if (!config && hasKey(request, target)) return;

      const node: TSESTree.Node = config ? configKeyNode(request) ?? request.node : (request.root.node ?? request.node);
      report({
        node,
        messageId: "missingModalities",
        data: findingData("missing-response-modalities", { target }),
        // The fix is the locator's, shared with the codemod's response-modalities transform.
        suggest: SUGGESTED.flatMap((value) => {
          const fix = setModalitiesFix(sourceCode, request, value);
          return fix ? [{ messageId: "setModalities" as const, data: { value }, fix }] : [];
        }),
      });
    }

    /**
     * A modality in another case than its API documents: uppercase for generateContent, lowercase
     * for an interaction (and the AI SDK's `google.interactions` options). The check and the
     * edit are the locator's, which `migrate` applies; here the edit is a suggestion.
     */
    function reportCase(request: LocatedRequest): void {
      for (const { node, value, expected, field: name, fix } of modalityCaseChecks(ctx, request)) {
        report({
          node,
          messageId: "modalityCase",
          data: findingData("response-modality-case", { value, expected, ...(name === undefined ? {} : { field: name }) }),
          suggest: fix ? [{ messageId: "useUppercase", data: { expected }, fix }] : [],
        });
      }
    }

    return onRequests(context, check);
  },
});

/** The key node of the config (`generationConfig`, `config`, `google`), where "missing" is reported. */
function configKeyNode(request: LocatedRequest): TSESTree.Node | undefined {
  if (request.shape === "ai-sdk") return request.root.child("providerOptions")?.get("google")?.keyNode;
  return field(request.root, configPath(request))?.keyNode;
}

/** True when the config key exists but its value cannot be read (a parameter, a call result). */
function hasKey(request: LocatedRequest, target: string): boolean {
  if (request.shape === "ai-sdk") {
    if (!request.root.get("providerOptions")) return false;
    const options = request.root.child("providerOptions");
    return !options || options.mayHaveUnknownKeys || options.get("google") !== undefined;
  }
  return field(request.root, target) !== undefined;
}
