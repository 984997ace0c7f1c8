import { classifyEvidence, type Classification, type Evidence } from "./classification.js";
import { modalityOf } from "./modalities.js";
import { modelOutput } from "./model-output.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** The evidence a model text gives, if any. */
export function modelEvidence(text: string | undefined): Evidence | undefined {
  if (text === undefined) return undefined;
  switch (modelOutput(text)) {
    case "image-model":
      return { kind: "image-model", text };
    case "image-named":
      return { kind: "image-named-model", text };
    case "text-model":
      return { kind: "text-model", text };
    default:
      return undefined;
  }
}

/**
 * The evidence a `responseModalities` list gives: `image-modality` when one known element
 * names IMAGE in any case; `text-only-modalities` when every element is known and none does;
 * nothing when an unknown element could be IMAGE. `undefined` elements are unknown.
 */
export function modalitiesEvidence(values: readonly (string | undefined)[]): Evidence | undefined {
  const text = `[${values.map((v) => (v === undefined ? "?" : `"${v}"`)).join(", ")}]`;
  if (values.some((v) => v !== undefined && modalityOf(v) === "IMAGE")) return { kind: "image-modality", text };
  return values.every((v) => v !== undefined) ? { kind: "text-only-modalities", text } : undefined;
}

/** True when a `responseMimeType` asks for JSON (structured output), which is text. */
export function isJsonMimeType(value: string): boolean {
  return value.trim().toLowerCase().startsWith("application/json");
}

/**
 * Classifies a REST generateContent body (as JSON) sent to `model` (an id, a URL, an alias).
 * Both spellings of each field count: a snake_case or misplaced field still shows what the
 * request wants, and has its own finding.
 */
export function classifyBody(body: unknown, model?: string): Classification {
  const evidence: Evidence[] = [];
  const fromModel = modelEvidence(model);
  if (fromModel) evidence.push(fromModel);
  if (!isObject(body)) return classifyEvidence(evidence);
  const config = own(body, "generationConfig") ?? own(body, "generation_config");
  const places = isObject(config) ? [config, body] : [body];
  for (const place of places) {
    const modalities = own(place, "responseModalities") ?? own(place, "response_modalities");
    if (Array.isArray(modalities)) {
      const found = modalitiesEvidence(modalities.map((m: unknown) => (typeof m === "string" ? m : undefined)));
      if (found) evidence.push(found);
    }
    if (isObject(own(place, "imageConfig") ?? own(place, "image_config"))) {
      evidence.push(place === config ? { kind: "image-config" } : { kind: "image-config", misplaced: true });
    }
    const mime = own(place, "responseMimeType") ?? own(place, "response_mime_type");
    if ((typeof mime === "string" && isJsonMimeType(mime)) || ["responseSchema", "response_schema", "responseJsonSchema", "response_json_schema"].some((key) => own(place, key) !== undefined)) {
      evidence.push({ kind: "json-output" });
    }
  }
  if (own(body, "size") !== undefined) evidence.push({ kind: "openai-size" });
  return classifyEvidence(evidence);
}
