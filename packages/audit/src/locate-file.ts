import {
  calleeName,
  calleeObject,
  locateRequests,
  locatorContext,
  memberName,
  resolveBinding,
  unwrap,
  type LocatedRequest,
  type LocatorContext,
} from "@gemini-image/locator";
import { parseSourceCode } from "@gemini-image/locator/node";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { importsOpenAI, namesGemini } from "./gemini-words.js";

/** An images call the Gemini locator does not cover: OpenAI's, to migrate, or Imagen's `generateImages`. */
export interface OtherImageCall {
  readonly api: "openai" | "imagen";
  readonly method: string;
  readonly node: TSESTree.CallExpression;
}

/** One parsed file and what the locator found in it. */
export interface LocatedFile {
  readonly path: string;
  readonly ctx: LocatorContext;
  readonly requests: readonly LocatedRequest[];
  readonly others: readonly OtherImageCall[];
  /** True when the file names Gemini (so "no request found" is worth saying). */
  readonly namesGemini: boolean;
}

const OPENAI_METHOD = /\bimages\s*\??\.\s*(generate|edit|createVariation)\s*\(/gu;
const IMAGEN_METHOD = /\.\s*(generateImages)\s*\(/gu;

/** The call whose callee ends in the method name found at `index` by a regex. */
function callAt(sourceCode: TSESLint.SourceCode, index: number): TSESTree.CallExpression | undefined {
  const name = sourceCode.getNodeByRangeIndex(index) as TSESTree.Node | null;
  const member = name?.parent;
  const call = member?.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.property !== name) return undefined;
  return call?.type === AST_NODE_TYPES.CallExpression && unwrap(call.callee) === member ? call : undefined;
}

/** True for `<x>.models` or a local alias of it (`const m = ai.models`). */
function isModels(ctx: LocatorContext, node: TSESTree.Node | undefined): boolean {
  const current = node ? unwrap(node) : undefined;
  if (current?.type === AST_NODE_TYPES.MemberExpression) return memberName(current) === "models";
  if (current?.type !== AST_NODE_TYPES.Identifier) return false;
  const init = resolveBinding(ctx, current)?.init;
  const value = init ? unwrap(init) : undefined;
  return value?.type === AST_NODE_TYPES.MemberExpression && memberName(value) === "models";
}

function otherImageCalls(text: string, sourceCode: TSESLint.SourceCode, ctx: LocatorContext): OtherImageCall[] {
  const calls: OtherImageCall[] = [];
  const find = (pattern: RegExp, api: OtherImageCall["api"]): void => {
    for (const match of text.matchAll(pattern)) {
      const method = match[1]!;
      const call = callAt(sourceCode, match.index + match[0].lastIndexOf(method));
      if (!call || call.arguments.length === 0) continue;
      if (api === "imagen" && !isModels(ctx, calleeObject(call.callee))) continue;
      calls.push({ api, method: calleeName(call.callee) ?? method, node: call });
    }
  };
  if (importsOpenAI(text)) find(OPENAI_METHOD, "openai");
  if (/generateImages/u.test(text)) find(IMAGEN_METHOD, "imagen");
  return calls;
}

/**
 * Parses a file with the locator's parser and locates its requests with the same locator the
 * ESLint rules use, so the audit and the rules see the same requests. `undefined` for a file
 * that can hold no image call (no Gemini word, no OpenAI import): it is not parsed. Throws the
 * parser's error for code that does not parse.
 */
export function locateFile(path: string, text: string): LocatedFile | undefined {
  const gemini = namesGemini(text);
  if (!gemini && !importsOpenAI(text)) return undefined;
  const sourceCode = parseSourceCode(text, path);
  const context = { sourceCode, settings: {} };
  const ctx = locatorContext(context);
  return { path, ctx, requests: gemini ? locateRequests(context) : [], others: otherImageCalls(text, sourceCode, ctx), namesGemini: gemini };
}
