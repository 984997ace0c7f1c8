import { imageSizeFinding, type ImageModel, type ValueFinding } from "@gemini-image/protocol";
import { checkedModel } from "../checked-model.js";
import type { LocatorContext } from "../context.js";
import type { FieldEntry } from "../object-view.js";
import { imageSizeEntries } from "../image-size-entries.js";
import { spellingOf } from "../interactions.js";
import type { LocatedRequest } from "../types.js";
import { knownValue } from "../value.js";
import { replaceValueFix } from "./replace-value.js";
import type { FindingFix } from "./types.js";

/** An `invalid-image-size` finding on a request, with its fix when the meaning is certain. */
export interface ImageSizeCheck {
  readonly entry: FieldEntry;
  readonly finding: ValueFinding;
  /** The model the value was judged by; `undefined` when it is not certain (see `checkedModel`). */
  readonly model: ImageModel | undefined;
  /**
   * Only a case or space slip (`"1k"`, `" 2K "`) onto a size the model takes, written right here:
   * Google rejects lowercase ("Lowercase parameters (e.g., 1k) will be rejected").
   */
  readonly fix: FindingFix | undefined;
}

/**
 * The imageSize checks `valid-image-size` reports and `eslint --fix` and `migrate` fix (the
 * protocol's `imageSizeFinding`), one per place the request sets a size (`imageSizeEntries`:
 * an interaction may set one per `response_format` image entry).
 */
export function imageSizeChecks(ctx: LocatorContext, request: LocatedRequest): ImageSizeCheck[] {
  const model = checkedModel(request);
  const api = spellingOf(request);
  return imageSizeEntries(request).flatMap((entry) => {
    const value = knownValue(ctx, entry.value);
    const finding = value && imageSizeFinding(value.kind === "number" ? Number(value.text) : value.text, model, api);
    if (!finding) return [];
    return [{ entry, finding, model, fix: finding.fix === undefined ? undefined : replaceValueFix(ctx.sourceCode, entry.value, finding.fix) }];
  });
}
