import {
  IMAGE_RESPONSE_FORMAT_FIELDS,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_CONFIG_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
} from "@gemini-image/protocol";
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

/** An object of an interaction and the fields the protocol's catalog allows in it. */
export interface InteractionObject {
  readonly view: ObjectView;
  readonly fields: readonly string[];
  /** Where the object is, for messages (`response_format`, `input[1]`). */
  readonly path: string;
}

/**
 * The objects of an Interactions body the field catalog describes (SOURCES.genaiDeclarations
 * `CreateModelInteraction`): the body, `generation_config` and its deprecated `image_config`,
 * each `response_format` entry, and each `input` entry of type text or image. Either spelling of
 * a key leads to its object, so a camelCase slip is still read.
 */
export function interactionObjects(root: ObjectView): InteractionObject[] {
  const objects: InteractionObject[] = [{ view: root, fields: INTERACTIONS_REQUEST_FIELDS, path: "the request" }];
  const config = root.findChild("generation_config", "generationConfig");
  if (config) objects.push({ view: config, fields: INTERACTIONS_GENERATION_CONFIG_FIELDS, path: "generation_config" });
  const imageConfig = config?.findChild("image_config", "imageConfig");
  if (imageConfig) objects.push({ view: imageConfig, fields: INTERACTIONS_IMAGE_CONFIG_FIELDS, path: "generation_config.image_config" });
  for (const entry of responseFormatEntries(root)) objects.push({ view: entry, fields: IMAGE_RESPONSE_FORMAT_FIELDS, path: "response_format" });
  for (const entry of root.childObjects("input")) {
    const type = entry.get("type");
    const written = type ? stringLiteralValue(unwrap(type.value)) : undefined;
    if (written === "text" || written === "image") objects.push({ view: entry, fields: INTERACTIONS_CONTENT_FIELDS[written], path: "input" });
  }
  return objects;
}
