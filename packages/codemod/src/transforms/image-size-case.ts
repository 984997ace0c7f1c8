import { normalizeImageSize } from "@gemini-image/protocol";
import { checkedModel } from "@gemini-image/locator";
import { field, imageConfigOf, literalProperty } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import type { RequestTransform } from "./types.js";

/**
 * `imageSize: "1k"` → `"1K"`: Google rejects lowercase ("Lowercase parameters (e.g., 1k) will
 * be rejected"). Only pure case and space slips are fixed, and only to a value the request's
 * model accepts when the model is known; `"512px"` or numbers need a person (the ESLint rule
 * reports them).
 */
export const imageSizeCase: RequestTransform = {
  name: "image-size-case",
  run(request, { sourceCode }) {
    const property = literalProperty(field(imageConfigOf(request), "imageSize"));
    const value = property?.value;
    if (value?.type !== AST_NODE_TYPES.Literal || typeof value.value !== "string") return [];
    const fixed = normalizeImageSize(value.value);
    if (!fixed || fixed === value.value) return [];
    const model = checkedModel(request);
    if (model && !model.imageSizes.includes(fixed)) return [];
    const quote = sourceCode.getText(value).startsWith("'") ? "'" : '"';
    return [[{ range: value.range, text: `${quote}${fixed}${quote}` }]];
  },
};
