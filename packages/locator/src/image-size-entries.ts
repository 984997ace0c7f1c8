import type { FieldEntry } from "./object-view.js";
import { field, imageSettingsOf } from "./parts.js";
import type { LocatedRequest } from "./types.js";

/**
 * Where a request sets its image size: `imageConfig.imageSize`, or for an interaction the
 * `image_size` of each `response_format` image entry and of the deprecated `image_config`.
 */
export function imageSizeEntries(request: LocatedRequest): FieldEntry[] {
  return imageSettingsOf(request)
    .map((settings) => field(settings, "imageSize"))
    .filter((entry) => entry !== undefined);
}
