import type { FieldEntry } from "./object-view.js";
import { field, imageSettingsOf } from "./parts.js";
import type { LocatedRequest } from "./types.js";

/**
 * Where a request sets its aspect ratio: `imageConfig.aspectRatio` (for an interaction
 * `response_format`'s image entries and the deprecated `image_config`), and for the AI SDK's
 * `generateImage` also its own `aspectRatio` option, which it passes on as
 * `imageConfig.aspectRatio`.
 */
export function aspectRatioEntries(request: LocatedRequest): FieldEntry[] {
  const entries = imageSettingsOf(request)
    .map((settings) => field(settings, "aspectRatio"))
    .filter((entry) => entry !== undefined);
  if (request.shape === "ai-sdk" && request.api === "generateImage") {
    const option = request.root.get("aspectRatio");
    if (option) entries.push(option);
  }
  return entries;
}
