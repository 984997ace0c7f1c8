import { CAMEL_TO_SNAKE, normalizeImageSize, toImageConfig } from "@gemini-image/protocol";
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

/**
 * The `openai-size` finding for a `size` key at `path`: remove it, and set the imageConfig
 * keys it maps to that the body does not set yet (what the user wrote explicitly wins).
 */
export function openAISizeFinding(body: unknown, path: string, context: ModelContext): Finding {
  const value = valueAt(body, path);
  const config = sizeToConfig(value, context);
  const existing = valueAt(body, IMAGE_CONFIG);
  const isSet = (key: string): boolean =>
    valueAt(existing, `/${key}`) !== undefined || valueAt(existing, `/${CAMEL_TO_SNAKE[key] ?? key}`) !== undefined;
  // Without a mapping (no model, or a value that is not a size) removing `size` would drop what
  // the user asked for without a replacement: no fix then, unless the body's own imageConfig
  // already sets both values, which win over `size` anyway.
  const explicit = isSet("imageSize") && isSet("aspectRatio");
  const fix: FixOperation[] | undefined = config || explicit ? [{ op: "remove", path }] : undefined;
  let shown: string | undefined;
  if (fix && config && Object.keys(config).length > 0) {
    const missing = Object.entries(config).filter(([key]) => !isSet(key));
    for (const [key, setting] of missing) fix.push(...(addAt(body, `${IMAGE_CONFIG}/${key}`, setting) ?? []));
    // Fold nested adds of one missing parent into a single add of the whole imageConfig.
    if (missing.length === Object.keys(config).length) {
      const whole = addAt(body, IMAGE_CONFIG, config);
      if (whole) fix.splice(1, fix.length - 1, ...whole);
    }
    shown = showConfig(config);
  }
  return makeFinding(
    "openai-size",
    path,
    { value: typeof value === "string" ? value : undefined, imageConfig: shown, model: shown ? context.id : undefined, target: displayPath(IMAGE_CONFIG) },
    fix,
  );
}
