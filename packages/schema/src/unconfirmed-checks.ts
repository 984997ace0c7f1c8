import { confirmedAspectRatios, isUnconfirmedAspectRatio } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * An aspectRatio the schema accepts for the model but Google does not confirm on the Gemini
 * API (the extreme ratios of 3.1 Flash Lite Image): a warning, never an error, and no fix,
 * since only the user knows which ratio they can live with.
 */
export function checkUnconfirmedValues(body: Json, context: ModelContext, findings: Finding[]): void {
  const { model } = context;
  if (!model?.unconfirmedAspectRatios) return;
  const config = Object.hasOwn(body, "generationConfig") ? body.generationConfig : undefined;
  const imageConfig = isObject(config) && Object.hasOwn(config, "imageConfig") ? config.imageConfig : undefined;
  const ratio = isObject(imageConfig) && Object.hasOwn(imageConfig, "aspectRatio") ? imageConfig.aspectRatio : undefined;
  if (typeof ratio !== "string" || !isUnconfirmedAspectRatio(model, ratio)) return;
  findings.push(
    makeFinding("unconfirmed-aspect-ratio", "/generationConfig/imageConfig/aspectRatio", {
      value: ratio,
      model: model.id,
      confirmed: confirmedAspectRatios(model),
    }),
  );
}
