import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { locateAiSdkRequest } from "./ai-sdk.js";
import { locateByAnnotation } from "./by-annotation.js";
import { locateByShape } from "./by-shape.js";
import { locateByType } from "./by-type.js";
import { classifyRequest } from "./classify.js";
import type { LocatorContext } from "./context.js";
import { locateGenaiRequest } from "./genai.js";
import { locateHttpRequests } from "./http.js";
import { locateInteractionsRequest } from "./interactions.js";
import { locateLegacyRequest } from "./legacy.js";
import type { FoundRequest, LocatedRequest } from "./types.js";

export type { FoundRequest, LocatedEvidence, LocatedModel, LocatedRequest, RequestClassification, RequestShape } from "./types.js";
export type { FieldEntry, ObjectView } from "./object-view.js";
export type { LocatorContext } from "./context.js";

/**
 * Words one of which a file must contain to hold a Gemini request; the rest skip the walk. Every
 * locator needs one: URLs and SDK methods say (stream)GenerateContent, bodies found by shape
 * have generationConfig, chats come from chats.create, typed objects name their SDK type, and
 * the Interactions API is `…/interactions`, `<ai>.interactions.create` or its parameter types.
 */
const TRIGGER = /[gG]enerateContent|generation_?[cC]onfig|generateImage|generateText|streamText|getGenerativeModel|chats|ModelParams|interactions|CreateModelInteraction|InteractionCreateParams/u;

/** Words a request URL contains: its generateContent method or the Interactions path. */
const URL_WORDS = /[gG]enerateContent|interactions/u;

const CALL_LOCATORS = [locateHttpRequests, locateGenaiRequest, locateInteractionsRequest, locateLegacyRequest, locateAiSdkRequest] as const;

/** What the locator knows about one file; shared by every rule that lints it. */
interface FileState {
  readonly trigger: boolean;
  /** Calls and objects gathered during ESLint's own traversal, when a rule collects them. */
  collected?: { calls: TSESTree.CallExpression[]; objects: TSESTree.ObjectExpression[] };
  requests?: readonly LocatedRequest[];
}

const files = new WeakMap<object, FileState>();

function fileState(context: RuleContextLike): FileState {
  let state = files.get(context.sourceCode);
  if (!state) {
    state = { trigger: TRIGGER.test(context.sourceCode.text) };
    files.set(context.sourceCode, state);
  }
  return state;
}

/** The context every rule hands the locator. */
export interface RuleContextLike {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: Readonly<Record<string, unknown>>;
}

/**
 * False when the file cannot hold a Gemini request (it names none of the trigger words). Rules
 * call it first in `create`, so such files, nearly all files, cost them one cached lookup.
 */
export function mayHoldRequests(context: RuleContextLike): boolean {
  return fileState(context).trigger;
}

/**
 * The listeners of a rule that checks located requests: `check` runs once per request at the
 * end of the file. The first such rule created for a file also gathers the calls and objects
 * during ESLint's traversal, so the locator never walks the tree a second time; files that
 * cannot hold a request get no listeners at all.
 */
export function onRequests(context: RuleContextLike, check: (request: LocatedRequest) => void): TSESLint.RuleListener {
  const state = fileState(context);
  if (!state.trigger) return {};
  const exit: TSESLint.RuleListener = {
    "Program:exit"() {
      for (const request of locateRequests(context)) check(request);
    },
  };
  if (state.collected) return exit;
  const collected: NonNullable<FileState["collected"]> = { calls: [], objects: [] };
  state.collected = collected;
  return {
    CallExpression(node) {
      collected.calls.push(node);
    },
    ObjectExpression(node) {
      collected.objects.push(node);
    },
    ...exit,
  };
}

/**
 * Every Gemini request in the file, computed once per file and shared by all rules. Call it
 * from `Program:exit`, when the whole tree is known.
 */
export function locateRequests(context: RuleContextLike): readonly LocatedRequest[] {
  const state = fileState(context);
  if (!state.requests) {
    state.requests = state.trigger
      ? locate({ ...locatorContext(context), mayHaveUrls: URL_WORDS.test(context.sourceCode.text) }, state.collected)
      : [];
  }
  return state.requests;
}

/** The locator's view of a rule context, for rules that evaluate expressions themselves. */
export function locatorContext(context: RuleContextLike): LocatorContext {
  return { sourceCode: context.sourceCode, defaultModel: defaultModel(context.settings) };
}

function locate(ctx: LocatorContext, collected: FileState["collected"]): LocatedRequest[] {
  let calls = collected?.calls;
  let objects = collected?.objects;
  if (!calls || !objects) {
    // Called outside a rule that collects (tests, tools): walk the tree here.
    const found = { calls: [] as TSESTree.CallExpression[], objects: [] as TSESTree.ObjectExpression[] };
    walk(ctx.sourceCode.ast, ctx.sourceCode.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) found.calls.push(node);
      else if (node.type === AST_NODE_TYPES.ObjectExpression) found.objects.push(node);
    });
    ({ calls, objects } = found);
  }

  const requests: LocatedRequest[] = [];
  const claimed = new Set<TSESTree.Node>();
  for (const call of calls) {
    for (const locator of CALL_LOCATORS) {
      const found = locator(ctx, call);
      // A call may send several bodies (assigned in branches, or through a wrapper's callers).
      const list = Array.isArray(found) ? found : found ? [found] : [];
      if (list.length === 0) continue;
      for (const request of list) {
        requests.push(classified(ctx, request));
        if (request.root.node) claimed.add(request.root.node);
        for (const entry of request.root.entries) if (entry.object) claimed.add(entry.object);
      }
      break;
    }
  }
  for (const object of objects) {
    if (claimed.has(object)) continue;
    // A declared SDK type says more than the keys do, so it is asked first.
    const request = locateByType(ctx, object) ?? locateByAnnotation(ctx, object) ?? locateByShape(ctx, object);
    if (request) requests.push(classified(ctx, request));
  }
  return requests;
}

/**
 * A found request with its classification. The model from settings names only the calls that
 * are image requests by other evidence: on any other call it is dropped, so no rule or
 * transform treats a text call as a request to that image model.
 */
function classified(ctx: LocatorContext, request: FoundRequest): LocatedRequest {
  const classification = classifyRequest(ctx, request);
  const model = request.model?.source === "setting" && classification.verdict !== "image" ? undefined : request.model;
  return { ...request, model, classification };
}

/** Visits every node once, depth first, without recursion (bundled SDKs nest deeply). */
function walk(
  root: TSESTree.Node,
  keys: TSESLint.SourceCode.VisitorKeys,
  enter: (node: TSESTree.Node) => void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    enter(node);
    const childKeys = keys[node.type];
    if (!childKeys) continue;
    const record = node as unknown as Record<string, unknown>;
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = record[childKeys[i]!];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const item: unknown = child[j];
          if (item !== null && typeof item === "object") stack.push(item as TSESTree.Node);
        }
      } else if (child !== null && typeof child === "object") {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** `settings["gemini-image"].defaultModel`, when it is a string. */
function defaultModel(settings: Readonly<Record<string, unknown>>): string | undefined {
  const ours = settings["gemini-image"];
  if (typeof ours !== "object" || ours === null) return undefined;
  const value = (ours as { defaultModel?: unknown }).defaultModel;
  return typeof value === "string" ? value : undefined;
}

// The building blocks, for rules and transforms that read a request further.
export * from "./ai-sdk.js";
export * from "./ast.js";
export * from "./aspect-ratio-entries.js";
export * from "./binding.js";
export * from "./by-annotation.js";
export * from "./by-shape.js";
export * from "./by-type.js";
export * from "./classify.js";
export * from "./checked-model.js";
export * from "./class-members.js";
export * from "./context.js";
export * from "./fix.js";
export * from "./genai.js";
export * from "./http.js";
export * from "./image-size-entries.js";
export * from "./imports.js";
export * from "./interactions.js";
export * from "./interactions-settings.js";
export * from "./legacy.js";
export * from "./modality-values.js";
export * from "./model.js";
export * from "./nested.js";
export * from "./object-view.js";
export * from "./part-kind.js";
export * from "./extensions.js";
export * from "./parts.js";
export * from "./possible-values.js";
export * from "./response.js";
export * from "./static-text.js";
export * from "./types.js";
export * from "./usage.js";
export * from "./value.js";
export * from "./wrapper.js";
export * from "./fixes/rename-entry.js";
export * from "./fixes/snake-case-field.js";
export * from "./fixes/types.js";
export * from "./fixes/invalid-aspect-ratio.js";
export * from "./fixes/invalid-image-size.js";
export * from "./fixes/replace-value.js";
export * from "./fixes/follow-up-comments.js";
export * from "./fixes/layout.js";
export * from "./fixes/placement.js";
export * from "./fixes/removal.js";
export * from "./fixes/genai-generation-config.js";
export * from "./fixes/misplaced-field.js";
export * from "./fixes/modality-case.js";
export * from "./fixes/model-id.js";
export * from "./fixes/openai-fields.js";
export * from "./fixes/quoted.js";
export * from "./fixes/image-entry.js";
export * from "./fixes/openai-size.js";
export * from "./fixes/response-modalities.js";
export * from "./fixes/interactions-camel-case.js";
export * from "./fixes/deprecated-interaction-field.js";
export * from "./fixes/generate-content-shape-in-input.js";
