import { aspectRatioFinding, type ValueFinding } from "@gemini-image/protocol";
import { aspectRatioEntries } from "../aspect-ratio-entries.js";
import { spellingOf } from "../interactions.js";
import { checkedModel } from "../checked-model.js";
import type { LocatorContext } from "../context.js";
import type { FieldEntry } from "../object-view.js";
import type { LocatedRequest } from "../types.js";
import { knownValue } from "../value.js";
import { replaceValueFix } from "./replace-value.js";
import type { FindingFix } from "./types.js";

/** An `invalid-aspect-ratio` finding on a request, with its fix when the meaning is certain. */
export interface AspectRatioCheck {
  readonly entry: FieldEntry;
  readonly finding: ValueFinding;
  /** Only a separator slip (`"16x9"`, `"16/9"`) onto a ratio the model takes, written right here. */
  readonly fix: FindingFix | undefined;
}

/**
 * The aspect ratio checks `valid-aspect-ratio` reports and `eslint --fix` and `migrate` fix (the
 * protocol's `aspectRatioFinding`), one per place the request sets a ratio.
 */
export function aspectRatioChecks(ctx: LocatorContext, request: LocatedRequest): AspectRatioCheck[] {
  const model = checkedModel(request);
  return aspectRatioEntries(request).flatMap((entry) => {
    const value = knownValue(ctx, entry.value);
    const finding = value && aspectRatioFinding(value.kind === "number" ? Number(value.text) : value.text, model, spellingOf(request));
    if (!finding) return [];
    return [{ entry, finding, fix: finding.fix === undefined ? undefined : replaceValueFix(ctx.sourceCode, entry.value, finding.fix) }];
  });
}
