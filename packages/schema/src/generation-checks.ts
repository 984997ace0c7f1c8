import { RESPONSE_MODALITIES } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { addAt } from "./fixes.js";
import { makeFinding } from "./make-finding.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

const IMAGE: (typeof RESPONSE_MODALITIES)[number] = "IMAGE";

/**
 * `responseModalities` without "IMAGE" when the body asks for an image. A body with no
 * generationConfig at all is left alone: Google's own first examples send none and get images.
 */
export function checkResponseModalities(body: Json, findings: Finding[]): void {
  const config = Object.hasOwn(body, "generationConfig") ? body.generationConfig : undefined;
  if (!isObject(config)) return;
  const modalities = Object.hasOwn(config, "responseModalities") ? config.responseModalities : undefined;
  if (modalities === undefined) {
    // Only an imageConfig says for sure that an image is wanted; a misplaced or snake_case
    // responseModalities has its own finding.
    const elsewhere = Object.hasOwn(config, "response_modalities") || Object.hasOwn(body, "responseModalities");
    if (!isObject(config.imageConfig) || elsewhere) return;
    const path = "/generationConfig/responseModalities";
    findings.push(makeFinding("missing-response-modalities", "/generationConfig", {}, addAt(body, path, [IMAGE])));
    return;
  }
  if (!Array.isArray(modalities) || !modalities.every((m) => typeof m === "string")) return;
  const path = "/generationConfig/responseModalities";
  modalities.forEach((value: string, index) => {
    const upper = value.trim().toUpperCase();
    if (value !== upper && (RESPONSE_MODALITIES as readonly string[]).includes(upper)) {
      findings.push(makeFinding("response-modality-case", `${path}/${index}`, { value, expected: upper }, [{ op: "replace", path: `${path}/${index}`, value: upper }]));
    }
  });
  if (modalities.some((m: string) => m.trim().toUpperCase() === IMAGE)) return;
  // Adding "IMAGE" is only sure to be wanted when an imageConfig asks for an image.
  const fix = isObject(config.imageConfig)
    ? [{ op: "add" as const, path: `/generationConfig/responseModalities/${modalities.length}`, value: IMAGE }]
    : undefined;
  findings.push(
    makeFinding("missing-response-modalities", "/generationConfig/responseModalities", { present: modalities as string[] }, fix),
  );
}
