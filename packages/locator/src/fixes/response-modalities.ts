import { modalityOf } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import type { LocatorContext } from "../context.js";
import { modalityElements } from "../modality-values.js";
import type { FieldEntry } from "../object-view.js";
import { literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { addProperties, configKeys, targetOf } from "./placement.js";
import type { FindingFix } from "./types.js";

/**
 * The fix for a missing `responseModalities` (`missing-response-modalities`): `list` (code,
 * `["IMAGE"]`) written into the request's config, which is created where missing.
 * `require-image-modality` suggests it with the values Google documents; `migrate` applies it
 * with its `--modalities`. `undefined` when the config is not an object literal here.
 */
export function setModalitiesFix(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest, list: string): FindingFix | undefined {
  const path = configKeys(request);
  if (!targetOf(request.root, path)) return undefined;
  return (fixer) => addProperties(fixer, sourceCode, request.root, path, [`responseModalities: ${list}`]) ?? [];
}

/**
 * The fix for a literal modality list without IMAGE (`["TEXT"]`) on an image request: IMAGE
 * appended in the list's own spelling (`Modality.IMAGE` after `Modality.TEXT`: a string is not
 * assignable to the SDK's enum type). `undefined` when IMAGE is there in any case or spelling,
 * or an element is read at run time and may hold it.
 */
export function appendImageFix(ctx: LocatorContext, entry: FieldEntry | undefined): FindingFix | undefined {
  const property = literalProperty(entry);
  if (property?.value.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const elements = modalityElements(ctx, property.value);
  if (!elements || elements.some((e) => e.value === undefined || modalityOf(e.value) === "IMAGE")) return undefined;
  const { sourceCode } = ctx;
  const array = property.value;
  const last = array.elements.at(-1);
  const quote = last ? (sourceCode.getText(last).startsWith("'") ? "'" : '"') : '"';
  const image = last?.type === AST_NODE_TYPES.MemberExpression ? `${sourceCode.getText(last.object)}.IMAGE` : `${quote}IMAGE${quote}`;
  return (fixer) => (last ? fixer.insertTextAfter(last, `, ${image}`) : fixer.replaceText(array, `[${image}]`));
}
