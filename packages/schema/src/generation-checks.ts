import { classifyBody, modalityProblems, type ResponseModality } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { addAt } from "./fixes.js";
import { makeFinding } from "./make-finding.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

const IMAGE: ResponseModality = "IMAGE";
const PATH = "/generationConfig/responseModalities";

/**
 * `responseModalities` findings, with the verdict the ESLint rule `require-image-modality` gives
 * (protocol `modalityProblems`): only for bodies the protocol classifies as image requests
 * (`classifyBody`: an image model, IMAGE in any case, an imageConfig, an OpenAI `size`): absent
 * where an imageConfig asks for an image, or without IMAGE; lowercase values only get
 * `response-modality-case`.
 */
export function checkResponseModalities(body: Json, findings: Finding[], model: string | undefined): void {
  const classification = classifyBody(body, model);
  const config = Object.hasOwn(body, "generationConfig") && isObject(body.generationConfig) ? body.generationConfig : undefined;
  const modalities = config && Object.hasOwn(config, "responseModalities") ? config.responseModalities : undefined;
  if (modalities === undefined) {
    // A misplaced or snake_case responseModalities (or config) has its own finding and is
    // checked where it belongs once moved.
    const elsewhere =
      (config !== undefined && Object.hasOwn(config, "response_modalities")) ||
      Object.hasOwn(body, "responseModalities") ||
      Object.hasOwn(body, "generation_config") ||
      (Object.hasOwn(body, "generationConfig") && config === undefined);
    if (elsewhere) return;
    for (const problem of modalityProblems(undefined, classification)) {
      if (problem.id === "missing-response-modalities") {
        findings.push(makeFinding("missing-response-modalities", config ? "/generationConfig" : "", {}, addAt(body, PATH, [IMAGE])));
      }
    }
    return;
  }
  if (!Array.isArray(modalities)) return;
  const values = modalities.map((m: unknown) => (typeof m === "string" ? m : undefined));
  for (const problem of modalityProblems(values, classification)) {
    if (problem.id === "response-modality-case") {
      const path = `${PATH}/${problem.index}`;
      findings.push(makeFinding("response-modality-case", path, { value: problem.value, expected: problem.expected }, [{ op: "replace", path, value: problem.expected }]));
      continue;
    }
    // Adding "IMAGE" is only sure to be wanted when an imageConfig asks for an image.
    const fix = isObject(config!.imageConfig) ? [{ op: "add" as const, path: `${PATH}/${modalities.length}`, value: IMAGE }] : undefined;
    findings.push(makeFinding("missing-response-modalities", PATH, { present: problem.present }, fix));
  }
}
