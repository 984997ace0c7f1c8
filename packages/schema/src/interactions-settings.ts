import { DEPRECATED_INTERACTION_FIELDS, INTERACTIONS_IMAGE_CONFIG_FIELDS, interactionModalityCase } from "@gemini-image/protocol";
import type { Finding, FixOperation } from "./finding.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";
import { checkUnconfirmedRatioAt } from "./unconfirmed-checks.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

const insteadOf = (path: string): string => DEPRECATED_INTERACTION_FIELDS.find((field) => field.path === path)!.instead;

/**
 * The `response_format` a deprecated `image_config` (and `response_modalities` beside it) means:
 * one `{ type: "image", …settings }` entry, plus `{ type: "text" }` when text was asked for too.
 * `undefined` when that is not certain: settings the catalog does not know, or modalities other
 * than text and image.
 */
function responseFormatOf(imageConfig: Json, modalities: unknown): Json | Json[] | undefined {
  if (Object.keys(imageConfig).some((key) => !(INTERACTIONS_IMAGE_CONFIG_FIELDS as readonly string[]).includes(key))) return undefined;
  const asked = modalities === undefined ? ["image"] : Array.isArray(modalities) ? modalities.map((m) => (typeof m === "string" ? m.trim().toLowerCase() : m)) : [];
  if (!asked.includes("image") || asked.some((m) => m !== "image" && m !== "text")) return undefined;
  const image = { type: "image", ...imageConfig };
  return asked.includes("text") ? [{ type: "text" }, image] : image;
}

/**
 * Deprecated fields (SOURCES.genaiDeclarations marks them @deprecated). `generation_config.image_config`
 * is always reported, with a fix into `response_format` where none exists yet. `response_modalities`
 * alone is NOT reported: Google's own image sample (js-genai sdk-samples/
 * interactions_multimodal_response_image.ts) still sends exactly `response_modalities: ["image"]`, and
 * a false positive costs more than a miss; beside `response_format` or `image_config` it is.
 */
function checkDeprecated(body: Json, findings: Finding[]): void {
  const config = own(body, "generation_config");
  const imageConfig = isObject(config) ? own(config, "image_config") : undefined;
  const modalities = own(body, "response_modalities");
  const hasFormat = Object.hasOwn(body, "response_format");
  if (isObject(imageConfig)) {
    const format = hasFormat ? undefined : responseFormatOf(imageConfig, modalities);
    const fix: FixOperation[] | undefined = format && [
      { op: "remove", path: "/generation_config/image_config" },
      ...(modalities === undefined ? [] : [{ op: "remove" as const, path: "/response_modalities" }]),
      { op: "add", path: "/response_format", value: format },
    ];
    const field = "generation_config.image_config";
    findings.push(makeFinding("deprecated-interaction-field", "/generation_config/image_config", { field, instead: insteadOf(field) }, fix));
  }
  if (modalities !== undefined && (hasFormat || isObject(imageConfig))) {
    findings.push(makeFinding("deprecated-interaction-field", "/response_modalities", { field: "response_modalities", instead: insteadOf("response_modalities") }));
  }
  if (Object.hasOwn(body, "response_mime_type")) {
    findings.push(makeFinding("deprecated-interaction-field", "/response_mime_type", { field: "response_mime_type", instead: insteadOf("response_mime_type") }));
  }
}

/** `"IMAGE"` in `response_modalities`: the Interactions API documents lowercase; other cases are UNCONFIRMED (warn). */
function checkModalityCase(body: Json, findings: Finding[]): void {
  const modalities = own(body, "response_modalities");
  if (!Array.isArray(modalities)) return;
  modalities.forEach((value: unknown, index) => {
    if (typeof value !== "string") return;
    const lower = interactionModalityCase(value);
    if (lower === undefined) return;
    const path = `/response_modalities/${index}`;
    findings.push(makeFinding("response-modality-case", path, { value, expected: lower, field: "response_modalities" }, [{ op: "replace", path, value: lower }]));
  });
}

/** Pointers of every aspect_ratio an interaction sets: its response_format image entries and the deprecated image_config. */
function ratioPointers(body: Json): string[] {
  const pointers: string[] = [];
  const format = own(body, "response_format");
  // Video entries have an aspect_ratio too: only image entries are this check's business.
  const isImage = (entry: unknown): boolean => isObject(entry) && entry.type === "image";
  if (isImage(format)) pointers.push("/response_format/aspect_ratio");
  if (Array.isArray(format)) format.forEach((entry, i) => isImage(entry) && pointers.push(`/response_format/${i}/aspect_ratio`));
  pointers.push("/generation_config/image_config/aspect_ratio");
  return pointers;
}

/** The checks of an interaction's settings beyond its schema: deprecated fields, modality case, unconfirmed ratios. */
export function checkInteractionsSettings(body: Json, context: ModelContext, findings: Finding[]): void {
  checkDeprecated(body, findings);
  checkModalityCase(body, findings);
  for (const pointer of ratioPointers(body)) checkUnconfirmedRatioAt(body, pointer, context, findings, "interactions");
}
