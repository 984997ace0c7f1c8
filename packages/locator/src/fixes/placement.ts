import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { ObjectView } from "../object-view.js";
import type { FoundRequest } from "../types.js";
import { staleFollowUps } from "./follow-up-comments.js";
import { indentAt } from "./layout.js";
import { commentsIn, removeProperties } from "./removal.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type RuleFixer = TSESLint.RuleFixer;
type RuleFix = TSESLint.RuleFix;

/** The keys leading from a request's root to the object holding `imageConfig` and `responseModalities`. */
export function configKeys(request: FoundRequest): readonly string[] {
  switch (request.shape) {
    case "genai":
      return ["config"];
    case "ai-sdk":
      return ["providerOptions", "google"];
    default:
      return ["generationConfig"];
  }
}

/**
 * Edits that add `properties` (each `key: value` text) to the object at `path` under `view`,
 * creating the missing levels as object literals, and remove the `removed` properties. When a
 * removed property sits in the object that receives the text, it is replaced by that text
 * instead, so an object never passes through an invalid `{ , … }`; `moved` when the added text is
 * the removed properties' own (their comments then travel in it). `undefined` when a level
 * exists but is not an object literal in this file (a parameter, a call): nothing is guessed.
 */
export function addProperties(
  fixer: RuleFixer,
  sourceCode: SourceCode,
  view: ObjectView,
  path: readonly string[],
  properties: readonly string[],
  removed: readonly TSESTree.Property[] = [],
  { moved = false }: { moved?: boolean } = {},
): RuleFix[] | undefined {
  const target = targetOf(view, path);
  if (!target) return undefined;
  if (properties.length === 0) return removeProperties(fixer, sourceCode, removed);
  const nested = target.missing.length > 0;
  let text = properties.join(", ");
  for (const level of [...target.missing].reverse()) text = `${level}: { ${text} }`;
  const inPlace = removed.find((p) => p.parent === target.object);
  // A moved property carries the comments inside it in its text; a replaced one keeps them after the new text.
  const edits = removeProperties(fixer, sourceCode, removed.filter((p) => p !== inPlace), { interior: !moved });
  if (inPlace) {
    edits.push(...staleFollowUps(fixer, sourceCode, inPlace));
    const separator = isMultiline(target.object) ? `,\n${indentAt(sourceCode.text, inPlace.range[0])}` : ", ";
    const inside = moved ? [] : commentsIn(sourceCode, inPlace.range).map((c) => ` ${sourceCode.getText(c as never)}${c.type === "Line" ? "\n" : ""}`);
    edits.push(fixer.replaceText(inPlace, (nested ? text : properties.join(separator)) + inside.join("")));
  } else {
    edits.push(...insertInto(fixer, sourceCode, target.object, nested ? [text] : properties));
  }
  return edits;
}

/** The deepest existing object literal along `path`, and the levels still missing below it. */
export function targetOf(view: ObjectView, path: readonly string[]): { object: TSESTree.ObjectExpression; missing: readonly string[] } | undefined {
  let current = view;
  for (let i = 0; i < path.length; i++) {
    const head = path[i]!;
    const snake = CAMEL_TO_SNAKE[head];
    const key = current.get(head) ? head : snake !== undefined && current.get(snake) ? snake : undefined;
    if (key === undefined) {
      if (!current.node || current.mayHaveUnknownKeys) return undefined;
      return { object: current.node, missing: path.slice(i) };
    }
    const child = current.child(key);
    if (!child?.node) return undefined;
    current = child;
  }
  return current.node ? { object: current.node, missing: [] } : undefined;
}

/**
 * Adds properties as the object's last ones, in the object's own layout: one per line, at the
 * indentation of the last property, when the object is written one property per line; inline
 * otherwise. A trailing comma is kept when the object has one. Comments after the last property
 * on its line belong to it, so the new properties go after them, never between the property and
 * its comment.
 */
function insertInto(fixer: RuleFixer, sourceCode: SourceCode, object: TSESTree.ObjectExpression, properties: readonly string[]): RuleFix[] {
  const text = sourceCode.text;
  const last = object.properties.at(-1);
  const closing = sourceCode.getLastToken(object)!;
  const inner = commentsIn(sourceCode, object.range);
  if (!last && inner.length === 0) return [fixer.replaceText(object, `{ ${properties.join(", ")} }`)];
  if (!last) {
    // `{ /* note */ }`: after the note, before the brace.
    const anchor = inner.at(-1)!;
    const lead = anchor.type === "Line" ? `\n${indentAt(text, closing.range[0])}  ` : " ";
    return [fixer.insertTextAfterRange(anchor.range, `${lead}${properties.join(", ")}`)];
  }
  const comma = sourceCode.getTokenAfter(last)?.value === "," ? sourceCode.getTokenAfter(last)! : undefined;
  const codeEnd = comma ? comma.range[1] : last.range[1];
  const lineEnd = text.indexOf("\n", codeEnd) === -1 ? text.length : text.indexOf("\n", codeEnd);
  const trailing = inner.filter((c) => c.range[0] >= last.range[1] && c.range[0] < lineEnd && c.range[1] <= closing.range[0]);
  const anchor = trailing.at(-1);
  const at = Math.max(codeEnd, anchor?.range[1] ?? 0);
  const addComma = comma ? [] : [fixer.insertTextAfter(last, ",")];
  if (isMultiline(object) || anchor?.type === "Line") {
    const indent = isMultiline(object) ? indentAt(text, last.range[0]) : `${indentAt(text, closing.range[0])}  `;
    const lines = properties.map((p) => `\n${indent}${reindent(p, indent)},`).join("");
    return [...addComma, fixer.insertTextAfterRange([at, at], comma ? lines : lines.slice(0, -1))];
  }
  return [fixer.insertTextAfterRange([at, at], comma ? ` ${properties.join(", ")},` : `, ${properties.join(", ")}`)];
}

/**
 * A moved property written over several lines, its continuation lines shifted to `indent`: its
 * last line (the closing brace of its value) stood at the property's own indentation.
 */
function reindent(property: string, indent: string): string {
  const lines = property.split("\n");
  // A template literal's lines are its value: never shifted.
  if (lines.length === 1 || property.includes("`")) return property;
  const base = /^[ \t]*/u.exec(lines.at(-1)!)![0];
  return lines.map((line, i) => (i > 0 && line.startsWith(base) ? indent + line.slice(base.length) : line)).join("\n");
}

/** True when the object is written one property per line (its last property on a line of its own). */
function isMultiline(object: TSESTree.ObjectExpression): boolean {
  const last = object.properties.at(-1);
  return last !== undefined && last.loc.start.line !== object.loc.start.line && last.loc.end.line !== object.loc.end.line;
}
