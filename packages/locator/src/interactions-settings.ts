import { stringLiteralValue, unwrap } from "./ast.js";
import type { ObjectView } from "./object-view.js";

/** `response_format`, and its camelCase slip (reported on its own), which still shows the intent. */
const RESPONSE_FORMAT_KEYS = ["response_format", "responseFormat"] as const;

/**
 * The entries of an interaction's `response_format`: the object itself or each object of the
 * list (facts page "The Interactions API": `response_format` is one entry or an array of them).
 */
export function responseFormatEntries(root: ObjectView): ObjectView[] {
  for (const key of RESPONSE_FORMAT_KEYS) if (root.get(key)) return root.childObjects(key);
  return [];
}

/**
 * The `response_format` entries that hold image settings: `type: "image"`, or a type the code
 * computes (it may be "image"). Entries of another written type (`text`, `audio`, `video`, whose
 * `aspect_ratio` is a video's) are not image settings.
 */
export function imageResponseFormats(root: ObjectView): ObjectView[] {
  return responseFormatEntries(root).filter((entry) => {
    const type = entry.get("type");
    const written = type ? stringLiteralValue(unwrap(type.value)) : undefined;
    return written === undefined || written === "image";
  });
}
