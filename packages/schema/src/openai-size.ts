import { API_SHAPES, CAMEL_TO_SNAKE, normalizeImageSize, toImageConfig, type GeminiApi } from "@gemini-image/protocol";
import type { Finding, FixOperation } from "./finding.js";
import { addAt } from "./fixes.js";
import { displayPath, valueAt } from "./json-pointer.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";

const IMAGE_CONFIG = "/generationConfig/imageConfig";

/** An imageConfig as messages show it: `{ imageSize: …, aspectRatio: … }` with quoted values. */
function showConfig(config: Readonly<Record<string, string>>): string {
  const entries = Object.entries(config).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `{ ${entries.join(", ")} }`;
}

/**
 * What an OpenAI `size` value becomes: an imageSize value written as a size, or
 * `toImageConfig`'s mapping for the model. Without a model there is no mapping: the nearest
 * ratio and tier differ between models.
 */
function sizeToConfig(value: unknown, context: ModelContext): Record<string, string> | undefined {
  if (typeof value !== "string") return undefined;
  const imageSize = normalizeImageSize(value);
  if (imageSize !== undefined) return context.imageSizes.includes(imageSize) ? { imageSize } : undefined;
  if (!context.model || context.model.status.stage === "shut-down") return undefined;
  try {
    const mapping = toImageConfig(value, { model: context.model.id });
    if (!mapping.imageConfig) return {};
    const { imageSize: size, aspectRatio } = mapping.imageConfig;
    return size === undefined ? { aspectRatio } : { imageSize: size, aspectRatio };
  } catch {
    return undefined;
  }
}

/** Where the image settings of a body go: the pointer, and what to add there when it is missing. */
interface SettingsTarget {
  readonly pointer: string;
  /** The value added when nothing is at `pointer` yet. */
  readonly wrap: (settings: Record<string, string>) => unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const isImageEntry = (value: unknown): boolean => isObject(value) && value.type === "image";

/**
 * An interaction's image settings live in the image entry of `response_format` (an object, or one
 * entry of a list); without one, a new `{ type: "image", … }` entry is added.
 */
function interactionsTarget(body: unknown): SettingsTarget {
  const format = valueAt(body, "/response_format");
  const wrap = (settings: Record<string, string>) => ({ type: "image", ...settings });
  if (Array.isArray(format)) {
    const index = format.findIndex(isImageEntry);
    return index >= 0 ? { pointer: `/response_format/${index}`, wrap } : { pointer: "/response_format/-", wrap };
  }
  return { pointer: "/response_format", wrap };
}

/**
 * The `openai-size` finding for a `size` key at `path`: remove it, and set the image settings
 * it maps to that the body does not set yet (what the user wrote explicitly wins), in the
 * generateContent imageConfig or the Interactions response_format.
 */
export function openAISizeFinding(body: unknown, path: string, context: ModelContext, api: GeminiApi = "generate-content"): Finding {
  const shape = API_SHAPES[api];
  const value = valueAt(body, path);
  const config = sizeToConfig(value, context);
  const target: SettingsTarget = api === "interactions" ? interactionsTarget(body) : { pointer: IMAGE_CONFIG, wrap: (settings) => settings };
  const existing = valueAt(body, target.pointer);
  // Both spellings count as set: the casing finding renames them, the value stays the user's.
  const isSet = (key: string): boolean => [key, CAMEL_TO_SNAKE[key] ?? key].some((name) => valueAt(existing, `/${name}`) !== undefined);
  const name = (key: string): string => (key === "imageSize" ? shape.imageSizeField : shape.aspectRatioField);
  // Without a mapping (no model, or a value that is not a size) removing `size` would drop what
  // the user asked for without a replacement: no fix then, unless the body's own settings
  // already set both values, which win over `size` anyway.
  const explicit = isSet("imageSize") && isSet("aspectRatio");
  let fix: FixOperation[] | undefined = config || explicit ? [{ op: "remove", path }] : undefined;
  let shown: string | undefined;
  if (fix && config && Object.keys(config).length > 0) {
    const missing = Object.entries(config).filter(([key]) => !isSet(key));
    const settings = Object.fromEntries(missing.map(([key, setting]) => [name(key), setting]));
    // One add of the whole block when nothing is there yet, else one add per missing key.
    const whole = missing.length === Object.keys(config).length ? addAt(body, target.pointer, target.wrap(settings)) : undefined;
    const adds = whole ? [whole] : missing.map(([key, setting]) => addAt(body, `${target.pointer}/${name(key)}`, setting));
    // Something that is not an object is in the way (`response_format: "b64_json"`): its own
    // finding goes first, and this fix waits for repair's next round rather than lose the size.
    if (adds.some((operations) => operations === undefined)) fix = explicit ? fix : undefined;
    else for (const operations of adds) fix.push(...operations!);
    shown = showConfig(Object.fromEntries(Object.entries(config).map(([key, setting]) => [name(key), setting])));
  }
  const targetName = api === "interactions" ? shape.imageSettings : displayPath(IMAGE_CONFIG);
  return makeFinding(
    "openai-size",
    path,
    {
      value: typeof value === "string" ? value : undefined,
      imageConfig: shown,
      model: shown ? context.id : undefined,
      target: targetName,
      ...(api === "interactions" ? { api } : {}),
    },
    fix,
  );
}
