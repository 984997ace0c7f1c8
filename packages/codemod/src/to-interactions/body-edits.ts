import { commentsIn, configOf, indentAt, literalProperty, unwrap, type FieldEntry, type LocatedRequest, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { interactionInput } from "./input.js";
import { done, refused, type Outcome } from "./outcome.js";
import { responseEdits, type ResponseForm } from "./response-reads.js";
import { interactionSettings } from "./settings.js";

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

/** A request's parts as the move reads them. */
export interface RequestParts {
  readonly contents: FieldEntry;
  /** `config` (SDK) or `generationConfig` (REST). */
  readonly config: FieldEntry | undefined;
  /** REST's top-level `systemInstruction`; the SDK's is in its config. */
  readonly instruction: FieldEntry | undefined;
  readonly form: ResponseForm;
  readonly stream: boolean;
}

/** The interaction's new top-level properties, and the edits of its input and of the reads of its answer. */
export interface MovedBody {
  readonly properties: readonly string[];
  readonly edits: readonly TextEdit[];
}

/** The move of a request's body and of the reads of its answer, or why it cannot be made. */
export function movedBody(ctx: LocatorContext, request: LocatedRequest, call: TSESTree.CallExpression, parts: RequestParts): Outcome<MovedBody> {
  const { config } = parts;
  if (config && unwrap(config.value).type !== AST_NODE_TYPES.ObjectExpression) return refused(`its ${config.key} is not an object literal written in the request`);
  const settings = interactionSettings(ctx, config ? configOf(request) : undefined, parts.instruction);
  if (!settings.ok) return settings;
  const kept = keepsComments(ctx, literalProperty(config));
  if (!kept.ok) return kept;
  const input = inputEdits(ctx, parts.contents);
  if (!input.ok) return input;
  const reads = responseEdits(ctx, call, parts.form, parts.stream);
  if (!reads.ok) return reads;
  return done({ properties: [...settings.value, ...(parts.stream ? ["stream: true"] : [])], edits: [...input.value, ...reads.value] });
}
