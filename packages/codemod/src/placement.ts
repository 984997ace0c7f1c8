import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import { insertProperty, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { indentAt, type TextEdit } from "./edits.js";
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
 * creating the missing levels as object literals. `undefined` when a level exists but is not
 * an object literal in this file (a parameter, a call): nothing is guessed.
 */
export function addProperties(
  sourceCode: TSESLint.SourceCode,
  view: ObjectView,
  path: readonly string[],
  properties: readonly string[],
): TextEdit[] | undefined {
  if (properties.length === 0) return [];
  if (path.length === 0) return view.node ? [insertInto(sourceCode, view.node, properties)] : undefined;
  const [head, ...rest] = path as [string, ...string[]];
  const key = view.get(head) ? head : CAMEL_TO_SNAKE[head] !== undefined && view.get(CAMEL_TO_SNAKE[head]) ? CAMEL_TO_SNAKE[head] : undefined;
  if (key !== undefined) {
    const child = view.child(key);
    return child?.node ? addProperties(sourceCode, child, rest, properties) : undefined;
  }
  if (!view.node || view.mayHaveUnknownKeys) return undefined;
  let text = properties.join(", ");
  for (const level of [...rest].reverse()) text = `${level}: { ${text} }`;
  return [insertInto(sourceCode, view.node, [`${head}: { ${text} }`])];
}

/**
 * Adds properties as the object's last ones, in the object's own layout: one per line, at the
 * indentation of the last property, when the object is written one property per line; inline
 * otherwise. A trailing comma is kept when the object has one.
 */
function insertInto(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, properties: readonly string[]): TextEdit {
  const last = object.properties.at(-1);
  const text = sourceCode.text;
  const multiline = last !== undefined && last.loc.start.line !== object.loc.start.line && last.loc.end.line !== object.loc.end.line;
  if (!last || !multiline) return insertProperty(textFixer, sourceCode, object, properties.join(", "));
  const indent = indentAt(text, last.range[0]);
  const after = sourceCode.getTokenAfter(last);
  const lines = properties.map((p) => `\n${indent}${p},`).join("");
  if (after?.value === ",") return textFixer.insertTextAfter(after, lines);
  return textFixer.insertTextAfter(last, `,${lines.slice(0, -1)}`);
}
