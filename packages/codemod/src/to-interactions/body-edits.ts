import { commentsIn, indentAt, literalProperty, type FieldEntry, type LocatorContext } from "@gemini-image/locator";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { interactionInput } from "./input.js";
import { done, refused, type Outcome } from "./outcome.js";

/** `contents: …` → `input: …`, the value rewritten by `interactionInput`. */
export function inputEdits(ctx: LocatorContext, contents: FieldEntry): Outcome<TextEdit[]> {
  const property = literalProperty(contents)!;
  const input = interactionInput(ctx, contents.value);
  if (!input.ok) return input;
  if (input.value !== ctx.sourceCode.getText(contents.value)) {
    const kept = keepsComments(ctx, contents.value);
    if (!kept.ok) return kept;
  }
  if (property.shorthand) return done([textFixer.replaceText(property, `input: ${input.value}`)]);
  const edits = [textFixer.replaceText(property.key, "input")];
  if (input.value !== ctx.sourceCode.getText(contents.value)) edits.push(textFixer.replaceText(contents.value, input.value));
  return done(edits);
}

/**
 * Writes the interaction's new top-level properties in place of `replaced` (the settings object's
 * property), or after `after` when there is none: one a line, indented as the property, when the
 * object is written one property a line.
 */
export function propertiesEdit(ctx: LocatorContext, properties: readonly string[], replaced: TSESTree.Property | undefined, after: TSESTree.Node): TextEdit | undefined {
  if (properties.length === 0) return undefined;
  const { text } = ctx.sourceCode;
  const anchor = replaced ?? after;
  const lineStart = text.lastIndexOf("\n", anchor.range[0] - 1) + 1;
  const ownLine = text.slice(lineStart, anchor.range[0]).trim() === "";
  const separator = ownLine ? `,\n${indentAt(text, anchor.range[0])}` : ", ";
  return replaced ? textFixer.replaceText(replaced, properties.join(separator)) : textFixer.insertTextAfter(after, `${separator}${properties.join(separator)}`);
}

/** A node rebuilt whole would lose the comments inside it (a follow-up left there among them): such a node is not rebuilt. */
export function keepsComments(ctx: LocatorContext, node: TSESTree.Node | undefined): Outcome<true> {
  if (!node || commentsIn(ctx.sourceCode, node.range).length === 0) return done(true);
  return refused("comments inside the part it rebuilds (follow-ups among them) would be lost; finish them first")
}
