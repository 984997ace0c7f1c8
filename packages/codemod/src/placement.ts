import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import { insertProperty, removeProperty, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { indentAt, type TextEdit } from "./edits.js";
import { staleMarkers } from "./marker.js";
import { textFixer } from "./fixer.js";

/** The keys leading from a request's root to the object holding `imageConfig` and `responseModalities`. */
export function configKeys(request: LocatedRequest): readonly string[] {
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
 * instead, so an object never passes through an invalid `{ , … }`. `undefined` when a level
 * exists but is not an object literal in this file (a parameter, a call): nothing is guessed.
 */
export function addProperties(
  sourceCode: TSESLint.SourceCode,
  view: ObjectView,
  path: readonly string[],
  properties: readonly string[],
  removed: readonly TSESTree.Property[] = [],
): TextEdit[] | undefined {
  const target = findTarget(view, path);
  if (!target) return undefined;
  if (properties.length === 0) return removed.map((p) => removeProperty(textFixer, sourceCode, p));
  const nested = target.missing.length > 0;
  let text = properties.join(", ");
  for (const level of [...target.missing].reverse()) text = `${level}: { ${text} }`;
  const inPlace = removed.find((p) => p.parent === target.object);
  const edits = removed.filter((p) => p !== inPlace).flatMap((p) => [...staleMarkers(sourceCode, p), removeWholeProperty(sourceCode, p)]);
  if (inPlace) edits.push(...staleMarkers(sourceCode, inPlace));
  if (inPlace) {
    const separator = isMultiline(target.object) ? `,\n${indentAt(sourceCode.text, inPlace.range[0])}` : ", ";
    edits.push(textFixer.replaceText(inPlace, nested ? text : properties.join(separator)));
  } else {
    edits.push(insertInto(sourceCode, target.object, nested ? [text] : properties));
  }
  return edits;
}

/** The deepest existing object literal along `path`, and the levels still missing below it. */
function findTarget(view: ObjectView, path: readonly string[]): { object: TSESTree.ObjectExpression; missing: readonly string[] } | undefined {
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
 * otherwise. A trailing comma is kept when the object has one.
 */
function insertInto(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, properties: readonly string[]): TextEdit {
  const last = object.properties.at(-1);
  const text = sourceCode.text;
  if (!last || !isMultiline(object)) return insertProperty(textFixer, sourceCode, object, properties.join(", "));
  const indent = indentAt(text, last.range[0]);
  const after = sourceCode.getTokenAfter(last);
  const lines = properties.map((p) => `\n${indent}${p},`).join("");
  if (after?.value === ",") return textFixer.insertTextAfter(after, lines);
  return textFixer.insertTextAfter(last, `,${lines.slice(0, -1)}`);
}

/** True when the object is written one property per line (its last property on a line of its own). */
function isMultiline(object: TSESTree.ObjectExpression): boolean {
  const last = object.properties.at(-1);
  return last !== undefined && last.loc.start.line !== object.loc.start.line && last.loc.end.line !== object.loc.end.line;
}

/**
 * Removes a property. One that has its line(s) to itself goes with its whole lines, so the
 * closing brace keeps its indentation; otherwise the shared `removeProperty` takes it with
 * its comma. A comment after it on the same line is never removed.
 */
export function removeWholeProperty(sourceCode: TSESLint.SourceCode, property: TSESTree.Property): TextEdit {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf("\n", property.range[0] - 1) + 1;
  const after = sourceCode.getTokenAfter(property);
  const end = after?.value === "," ? after.range[1] : property.range[1];
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  const alone = text.slice(lineStart, property.range[0]).trim() === "" && rest.trim() === "";
  if (!alone || lineEnd === -1) return removeProperty(textFixer, sourceCode, property);
  // Without a comma after it, the comma before it (if any) must go too.
  if (after?.value !== ",") {
    const before = sourceCode.getTokenBefore(property);
    if (before?.value === ",") return removeProperty(textFixer, sourceCode, property);
  }
  return textFixer.removeRange([lineStart, lineEnd + 1]);
}
