import { modelLifecycle } from "@gemini-image/protocol";
import type { RequestTransform } from "./types.js";

/**
 * Shut-down preview ids → the GA id Google names as replacement
 * (`gemini-3-pro-image-preview` → `gemini-3-pro-image`), in the string that holds the id:
 * the URL or the `model` value. Gateway aliases are left alone (gateways route them).
 */
export const modelIds: RequestTransform = {
  name: "model-ids",
  run(request, { options, sourceCode }) {
    const model = request.model;
    if (options.keepModelIds || !model?.literal || model.resolved.kind !== "known" || model.resolved.alias) return [];
    const { id } = model.resolved;
    const replacement = model.resolved.model.status.replacement;
    if (!replacement || modelLifecycle(id) !== "shut-down") return [];
    const raw = sourceCode.getText(model.literal);
    // Replace the id only where it stands whole, not inside a longer name.
    const pattern = new RegExp(`(?<![\\w.-])${id.replaceAll(".", "\\.")}(?![\\w.-])`, "gu");
    const next = raw.replace(pattern, replacement);
    return next === raw ? [] : [[{ range: model.literal.range, text: next }]];
  },
};
