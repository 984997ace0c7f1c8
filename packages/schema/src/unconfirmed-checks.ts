import { unconfirmedAspectRatioFinding, type GeminiApi } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { valueAt } from "./json-pointer.js";
import type { ModelContext } from "./model-context.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * An aspect ratio at `pointer` that the schema accepts for the model but Google does not confirm
 * on the Gemini API (the extreme ratios of 3.1 Flash Lite Image): a warning, never an error, and
 * no fix, since only the user knows which ratio they can live with.
 */
export function checkUnconfirmedRatioAt(
  body: unknown,
  pointer: string,
  context: ModelContext,
  findings: Finding[],
  api: GeminiApi = "generate-content",
): void {
  if (!context.model?.unconfirmedAspectRatios) return;
  const ratio = valueAt(body, pointer);
  const found = typeof ratio === "string" ? unconfirmedAspectRatioFinding(ratio, context.model, api) : undefined;
  if (found) findings.push({ code: found.id, severity: found.severity, path: pointer, message: found.message });
}

/** The unconfirmed-aspect-ratio warning of a generateContent body's imageConfig. */
export function checkUnconfirmedValues(body: Json, context: ModelContext, findings: Finding[]): void {
  const config = Object.hasOwn(body, "generationConfig") ? body.generationConfig : undefined;
  if (!isObject(config) || !isObject(config.imageConfig)) return;
  checkUnconfirmedRatioAt(body, "/generationConfig/imageConfig/aspectRatio", context, findings);
}
