import { AI_SDK_INTERACTIONS_OPTIONS, INTERACTIONS_OPENAI_INSTEAD, INTERACTIONS_REQUEST_FIELDS, OPENAI_FIELDS, candidateCountFinding, type FindingText } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "../ast.js";
import { checkedModel } from "../checked-model.js";
import type { FieldEntry, ObjectView } from "../object-view.js";
import { configOf, field, imageConfigOf, literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { removeWholeProperty, type Note } from "./removal.js";
import type { FindingFix } from "./types.js";

/** OpenAI's and Imagen's "how many images" fields; Gemini has neither. */
const COUNT_FIELDS = new Set(["n", "numberOfImages"]);
/** Fields with checks of their own: `size` (openai-size) and the counts above. */
const NOT_PLAIN = new Set(["size", ...COUNT_FIELDS]);

/** An OpenAI habit in a request's fields, and its removal. */
export interface OpenAiFieldCheck {
  /** `openai-field` (`quality`, `style`, …), `openai-n` (`n`, `numberOfImages`), `candidate-count` (above the model's limit). */
  readonly id: "openai-field" | "openai-n" | "candidate-count";
  readonly entry: FieldEntry;
  /** The candidate-count finding, with the model's limit in its message. */
  readonly finding: FindingText | undefined;
  /** The number asked for, when it is written as a number (`n: 4`). */
  readonly count: number | undefined;
  /** The property, when it is written in this request's own object literal (not a spread const used elsewhere). */
  readonly property: TSESTree.Property | undefined;
  /**
   * The removal, where removing keeps what the code asks for as far as code can (`prompt` and
   * `messages` carry the prompt, so they have none): the rules suggest it, `migrate` applies it
   * with a follow-up comment (`note`) that keeps the original and says what to do instead.
   */
  readonly removal: ((note?: Note) => FindingFix) | undefined;
}

/**
 * The OpenAI-only fields of a request (the protocol's `OPENAI_FIELDS`), which `no-openai-fields`
 * and `no-multiple-images` report and `migrate` removes: in the body or parameters (not the AI
 * SDK's own options, which have their own `prompt`, `n`, `size`), the config and imageConfig.
 * `model` is reported only in a REST body sent by a call: SDK parameters and request builders
 * found by shape carry it legitimately.
 */
export function openAiFieldChecks(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): OpenAiFieldCheck[] {
  const checks: OpenAiFieldCheck[] = [];
  const seen = new Set<FieldEntry["node"]>();
  const config = configOf(request);
  const add = (view: ObjectView, entry: FieldEntry, id: OpenAiFieldCheck["id"], finding?: FindingText, removable = true): void => {
    if (seen.has(entry.node)) return;
    seen.add(entry.node);
    const written = literalProperty(entry);
    const property = written && written.parent === view.node ? written : undefined;
    const removal = property && removable ? (note?: Note) => (fixer: TSESLint.RuleFixer) => removeWholeProperty(fixer, sourceCode, property, note) : undefined;
    checks.push({ id, entry, finding, count: numberValue(entry), property, removal });
  };
  const plain = (view: ObjectView | undefined, allowModel: boolean, interactions = false, own: readonly string[] = []): void => {
    for (const entry of view?.entries ?? []) {
      const spec = Object.hasOwn(OPENAI_FIELDS, entry.key) ? OPENAI_FIELDS[entry.key] : undefined;
      if (!spec || NOT_PLAIN.has(entry.key) || (entry.key === "model" && allowModel) || own.includes(entry.key)) continue;
      // `response_format`, `background` and `model` are an interaction's own fields (a string
      // `response_format` is a wrong value there, which the validator reports).
      if (interactions && (INTERACTIONS_REQUEST_FIELDS as readonly string[]).includes(entry.key)) continue;
      const instead = interactions && Object.hasOwn(INTERACTIONS_OPENAI_INSTEAD, entry.key) ? INTERACTIONS_OPENAI_INSTEAD[entry.key]! : spec.instead;
      add(view!, entry, "openai-field", undefined, instead.startsWith("remove it"));
    }
  };
  const counts = (view: ObjectView | undefined): void => {
    for (const entry of view?.entries ?? []) if (COUNT_FIELDS.has(entry.key)) add(view!, entry, "openai-n");
  };
  if (request.shape === "interactions") {
    // An interaction's OpenAI habits are top-level fields; unknown names deeper are the validator's.
    counts(request.root);
    plain(request.root, true, true);
    return checks;
  }
  if (request.shape !== "ai-sdk") {
    counts(request.root);
    plain(request.root, !(request.shape === "rest" && request.origin === "call"));
  }
  counts(config);
  // `background` is an option of the AI SDK's Interactions model (a background run), not OpenAI's.
  plain(config, true, false, request.providerApi === "interactions" ? AI_SDK_INTERACTIONS_OPTIONS : []);
  plain(imageConfigOf(request), true);
  // More candidates than the model returns (it has image tiers, so it is an image model).
  const candidates = field(config, "candidateCount");
  const model = checkedModel(request);
  const count = candidates && numberValue(candidates);
  const finding = count !== undefined && model ? candidateCountFinding(count, model) : undefined;
  if (config && candidates && finding) add(config, candidates, "candidate-count", finding);
  return checks;
}

function numberValue(entry: FieldEntry): number | undefined {
  const value = unwrap(entry.value);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "number" ? value.value : undefined;
}
