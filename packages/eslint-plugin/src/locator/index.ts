import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { locateAiSdkRequest } from "./ai-sdk.js";
import { locateByShape } from "./by-shape.js";
import { locateByType } from "./by-type.js";
import type { LocatorContext } from "./context.js";
import { locateGenaiRequest } from "./genai.js";
import { locateHttpRequest } from "./http.js";
import { locateLegacyRequest } from "./legacy.js";
import type { LocatedRequest } from "./types.js";

export type { LocatedModel, LocatedRequest, RequestShape } from "./types.js";
export type { FieldEntry, ObjectView } from "./object-view.js";
export type { LocatorContext } from "./context.js";

/**
 * Words one of which a file must contain to hold a Gemini request; the rest skip the walk. Every
 * locator needs one: URLs and SDK methods say (stream)GenerateContent, bodies found by shape
 * have generationConfig, chats come from chats.create, typed objects name their SDK type.
 */
const TRIGGER = /[gG]enerateContent|generation_?[cC]onfig|generateImage|generateText|streamText|getGenerativeModel|chats|ModelParams/u;

const CALL_LOCATORS = [locateHttpRequest, locateGenaiRequest, locateLegacyRequest, locateAiSdkRequest] as const;

const cache = new WeakMap<object, readonly LocatedRequest[]>();

/** The context every rule hands the locator. */
export interface RuleContextLike {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: Readonly<Record<string, unknown>>;
}

/**
 * Every Gemini request in the file, computed once per file and shared by all rules. Call it
 * from `Program:exit`, when the whole tree is known.
 */
export function locateRequests(context: RuleContextLike): readonly LocatedRequest[] {
  const { sourceCode } = context;
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const requests = TRIGGER.test(sourceCode.text) ? locate(locatorContext(context)) : [];
  cache.set(sourceCode, requests);
  return requests;
}

/** The locator's view of a rule context, for rules that evaluate expressions themselves. */
export function locatorContext(context: RuleContextLike): LocatorContext {
  return { sourceCode: context.sourceCode, defaultModel: defaultModel(context.settings) };
}

function locate(ctx: LocatorContext): LocatedRequest[] {
  const calls: TSESTree.CallExpression[] = [];
  const objects: TSESTree.ObjectExpression[] = [];
  walk(ctx.sourceCode.ast, ctx.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) calls.push(node);
    else if (node.type === AST_NODE_TYPES.ObjectExpression) objects.push(node);
  });

  const requests: LocatedRequest[] = [];
  const claimed = new Set<TSESTree.Node>();
  for (const call of calls) {
    for (const locator of CALL_LOCATORS) {
      const request = locator(ctx, call);
      if (!request) continue;
      requests.push(request);
      if (request.root.node) claimed.add(request.root.node);
      for (const entry of request.root.entries) if (entry.object) claimed.add(entry.object);
      break;
    }
  }
  for (const object of objects) {
    if (claimed.has(object)) continue;
    // A declared SDK type says more than the keys do, so it is asked first.
    const request = locateByType(ctx, object) ?? locateByShape(ctx, object);
    if (request) requests.push(request);
  }
  return requests;
}

function walk(
  node: TSESTree.Node,
  keys: TSESLint.SourceCode.VisitorKeys,
  enter: (node: TSESTree.Node) => void,
): void {
  enter(node);
  for (const key of keys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) walk(item, keys, enter);
    } else if (isNode(child)) {
      walk(child, keys, enter);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** `settings["gemini-image"].defaultModel`, when it is a string. */
function defaultModel(settings: Readonly<Record<string, unknown>>): string | undefined {
  const ours = settings["gemini-image"];
  if (typeof ours !== "object" || ours === null) return undefined;
  const value = (ours as { defaultModel?: unknown }).defaultModel;
  return typeof value === "string" ? value : undefined;
}
