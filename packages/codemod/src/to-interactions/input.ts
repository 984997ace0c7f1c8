import { camelName, INTERACTION_RESPONSE, INTERACTION_VALUES } from "@gemini-image/protocol";
import { fullText, quoted, unwrap, viewOf, type LocatorContext, type ObjectView } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { all, done, editedText, refused, type Outcome } from "./outcome.js";
import { isString } from "./settings.js";

const CONVERSATION = "holds roles or several turns: an interaction takes one turn, and a conversation chains calls with previous_interaction_id";

/**
 * generateContent's `contents` as an interaction's `input` (facts page "The Interactions API"):
 * a string stays a string; parts become entries, `{ text }` → `{ type: "text", text }`,
 * `inlineData` → `{ type: "image", data, mime_type }`, `fileData` → `{ type: "image", uri,
 * mime_type }`; one user turn (`[{ role: "user", parts }]`) becomes its parts. Several turns, a
 * model turn, and anything the codemod cannot read refuse the request.
 */
export function interactionInput(ctx: LocatorContext, value: TSESTree.Node): Outcome<string> {
  const node = unwrap(value);
  if (isString(ctx, node)) return done(ctx.sourceCode.getText(value));
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    const contents = node.elements.filter((element) => element?.type === AST_NODE_TYPES.ObjectExpression && isContent(ctx, element));
    if (contents.length === 0) return partsArray(ctx, node);
    if (node.elements.length !== 1) return refused(`its contents ${CONVERSATION}`);
    return oneTurn(ctx, contents[0]!);
  }
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    if (isContent(ctx, node)) return oneTurn(ctx, node);
    const entry = partEntry(ctx, node);
    return entry.ok ? done(`[${entry.value}]`) : entry;
  }
  return refused(`the codemod cannot tell whether \`${ctx.sourceCode.getText(value)}\` is a string or parts`);
}

/** True for a Content (`{ role, parts }`) rather than a part. */
function isContent(ctx: LocatorContext, node: TSESTree.ObjectExpression): boolean {
  const view = viewOf(ctx, node);
  return view?.get("parts") !== undefined || view?.get("role") !== undefined;
}

/** The parts of one user turn, as the input list. */
function oneTurn(ctx: LocatorContext, content: TSESTree.Node): Outcome<string> {
  const view = viewOf(ctx, content);
  if (!view || view.mayHaveUnknownKeys || view.entries.some((e) => e.key !== "role" && e.key !== "parts")) return refused(`its contents ${CONVERSATION}`);
  const role = view.get("role");
  if (role && fullText(ctx, role.value) !== "user") return refused(`its contents ${CONVERSATION}`);
  const parts = view.get("parts");
  const array = parts && unwrap(parts.value);
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return refused("its parts are built where the codemod cannot read them");
  return partsArray(ctx, array);
}

/** An array of parts with each part rewritten where it is written (its layout and comments kept). */
function partsArray(ctx: LocatorContext, array: TSESTree.ArrayExpression): Outcome<string> {
  const edits = all(
    array.elements.map((element): Outcome<TextEdit> => {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return refused("its parts are built where the codemod cannot read them (a spread or a hole)");
      const entry = partEntry(ctx, element);
      return entry.ok ? done(textFixer.replaceText(element, entry.value)) : entry;
    }),
  );
  return edits.ok ? done(editedText(ctx.sourceCode, array, edits.value)) : edits;
}

/** One part as an Interactions content entry. */
function partEntry(ctx: LocatorContext, node: TSESTree.Node): Outcome<string> {
  const { sourceCode } = ctx;
  const q = (value: string) => quoted(sourceCode, value);
  if (isString(ctx, unwrap(node))) return done(`{ type: ${q(INTERACTION_VALUES.textType)}, text: ${sourceCode.getText(node)} }`);
  const part = viewOf(ctx, node);
  if (!part?.node || part.mayHaveUnknownKeys || part.entries.length !== 1 || part.entries[0]!.object !== part.node) {
    return refused(`the part \`${sourceCode.getText(node).replace(/\s+/gu, " ")}\` is not one the codemod can rewrite`);
  }
  const [entry] = part.entries;
  const key = camelName(entry!.key) ?? entry!.key;
  if (key === "text") return done(`{ type: ${q(INTERACTION_VALUES.textType)}, text: ${sourceCode.getText(entry!.value)} }`);
  if (key === "inlineData" || key === "fileData") {
    const blob = part.child(entry!.key);
    return blob ? imageEntry(ctx, blob, key === "inlineData" ? ["data", "data"] : ["fileUri", "uri"]) : refused(`\`${entry!.key}\` is built where the codemod cannot read it`);
  }
  return refused(`the part \`${entry!.key}\` has no Interactions entry the codemod can write`);
}

/** `{ mimeType, data }` or `{ mimeType, fileUri }` as an image entry, when the MIME type is an image's. */
function imageEntry(ctx: LocatorContext, blob: ObjectView, [from, to]: readonly [string, string]): Outcome<string> {
  const fields = new Map(blob.entries.map((e) => [camelName(e.key) ?? e.key, e]));
  const mime = fields.get("mimeType");
  const payload = fields.get(from);
  if (!blob.node || blob.mayHaveUnknownKeys || fields.size !== 2 || !mime || !payload || blob.entries.some((e) => e.object !== blob.node)) {
    return refused(`an input part holds more or less than \`mimeType\` and \`${from}\``);
  }
  // Only images become `{ type: "image" }`: a PDF or audio part has entries of its own types.
  if (!fullText(ctx, mime.value)?.startsWith("image/")) return refused(`an input part's MIME type \`${ctx.sourceCode.getText(mime.value)}\` is not known to be an image's`);
  const text = ctx.sourceCode.getText.bind(ctx.sourceCode);
  return done(`{ type: ${quoted(ctx.sourceCode, INTERACTION_RESPONSE.imageContentType)}, ${to}: ${text(payload.value)}, mime_type: ${text(mime.value)} }`);
}
