/**
 * The checks an Interactions body gets before the client sends it. The schema package will
 * validate Interactions bodies later; until then this function does the checks the client needs,
 * read from the protocol's catalog, and the client reaches them only through
 * `validateInteractions` so the integrator can point it at the schema's validator.
 */
import {
  IMAGE_RESPONSE_FORMAT_FIELDS,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_REQUEST_FIELDS,
  INTERACTION_RESPONSE,
  describeFinding,
  isBase64,
  normalizeAspectRatio,
  normalizeImageSize,
  resolveModel,
  unconfirmedAspectRatioFinding,
  type FindingId,
  type FindingParams,
} from "@gemini-image/protocol";
import type { ValidationFinding } from "./errors.js";

/** A finding with its severity, in the shape the client's `Validator` answers. */
interface Finding extends ValidationFinding {
  readonly severity: "error" | "warning";
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks an Interactions create body against the protocol: known snake_case names at the top
 * level, in input entries and in the image `response_format`; bare base64 image data; and the
 * image_size and aspect_ratio the model takes (an UNCONFIRMED ratio only warns).
 */
export function validateInteractions(body: unknown, options: { model?: string } = {}): { ok: boolean; findings: readonly Finding[] } {
  const findings: Finding[] = [];
  const add = <I extends FindingId>(id: I, path: string, params: FindingParams<I>): void => {
    const text = describeFinding(id, params);
    findings.push({ code: id, path, message: text.message, severity: text.severity });
  };
  const names = (value: Json, allowed: readonly string[], at: string, pointer: string): void => {
    for (const field of Object.keys(value)) {
      if (!allowed.includes(field)) add("unknown-field", `${pointer}/${field}`, { field, at, allowed });
    }
  };

  if (!isRecord(body)) {
    add("invalid-body", "", { reason: "an Interactions request body is a JSON object" });
    return { ok: false, findings };
  }
  names(body, INTERACTIONS_REQUEST_FIELDS, "an interaction", "");
  const modelName = typeof body.model === "string" && body.model !== "" ? body.model : options.model;
  if (typeof body.model !== "string" || body.model === "") add("invalid-value", "/model", { at: "model", expected: "the model id, in the body" });

  const input = Array.isArray(body.input) ? body.input : [body.input];
  input.forEach((entry: unknown, i) => {
    if (!isRecord(entry) || entry.type !== INTERACTION_RESPONSE.imageContentType) return;
    const pointer = `/input/${i}`;
    names(entry, INTERACTIONS_CONTENT_FIELDS.image, "an image input", pointer);
    const data = entry.data;
    if (data === undefined || isBase64(data)) return;
    if (typeof data === "string" && /^data:/iu.test(data)) add("data-url-inline-data", `${pointer}/data`, {});
    else if (typeof data === "string" && /^https?:\/\//iu.test(data)) add("url-inline-data", `${pointer}/data`, {});
    else add("invalid-base64", `${pointer}/data`, { at: `input[${i}].data` });
  });

  const resolved = resolveModel(modelName);
  const model = resolved.kind === "known" ? resolved.model : undefined;
  const formats = Array.isArray(body.response_format) ? body.response_format : [body.response_format];
  formats.forEach((format: unknown, i) => {
    if (!isRecord(format) || format.type !== INTERACTION_RESPONSE.imageContentType) return;
    const pointer = Array.isArray(body.response_format) ? `/response_format/${i}` : "/response_format";
    names(format, IMAGE_RESPONSE_FORMAT_FIELDS, "response_format", pointer);
    // Ids without published capabilities (and gateway names) get no per-model checks.
    if (!model) return;
    const size = format.image_size;
    // Models that take no imageSize: ignored or rejected is UNCONFIRMED, so accepted as the schema does.
    if (size !== undefined && model.imageSizes.length > 0 && !model.imageSizes.some((s) => s === size)) {
      const fix = typeof size === "string" ? normalizeImageSize(size) : undefined;
      add("invalid-image-size", `${pointer}/image_size`, {
        value: String(size),
        model: model.id,
        accepted: model.imageSizes,
        fix: fix && model.imageSizes.includes(fix) ? fix : undefined,
      });
    }
    const ratio = format.aspect_ratio;
    if (ratio === undefined) return;
    if (!model.aspectRatios.some((r) => r === ratio)) {
      const fix = typeof ratio === "string" ? normalizeAspectRatio(ratio, model.aspectRatios) : undefined;
      add("invalid-aspect-ratio", `${pointer}/aspect_ratio`, { value: String(ratio), model: model.id, accepted: model.aspectRatios, fix });
    } else {
      const unconfirmed = unconfirmedAspectRatioFinding(String(ratio), model);
      if (unconfirmed) findings.push({ code: unconfirmed.id, path: `${pointer}/aspect_ratio`, message: unconfirmed.message, severity: unconfirmed.severity });
    }
  });

  return { ok: !findings.some((f) => f.severity === "error"), findings };
}
