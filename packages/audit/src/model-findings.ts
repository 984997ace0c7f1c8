import {
  ALL_ASPECT_RATIOS,
  IMAGE_SIZES,
  describeFinding,
  normalizeAspectRatio,
  normalizeImageSize,
  type FindingText,
  type ImageModel,
  type KnownModel,
  type Lifecycle,
  type ResolvedModel,
} from "@gemini-image/protocol";

// Severities are the catalog's, shared with the ESLint plugin and the validator, so a call one
// tool passes does not fail another.

/** What the model text says about itself: a gateway alias, a typo, a shut-down or deprecated model. */
export function modelFindings(resolved: ResolvedModel, lifecycle: Lifecycle | undefined): FindingText[] {
  if (resolved.kind === "unknown") {
    // Only a near-miss of a known id is reported: any other name may be a model we do not know.
    return resolved.suggestion && resolved.name !== undefined
      ? [describeFinding("unknown-model", { model: resolved.name, suggestion: resolved.suggestion })]
      : [];
  }
  const findings: FindingText[] = [];
  if (resolved.alias !== undefined) findings.push(describeFinding("model-alias", { alias: resolved.alias, id: resolved.id }));
  const { status } = resolved.model;
  if (lifecycle === "shut-down") {
    findings.push(describeFinding("retired-model", { model: resolved.id, replacement: status.replacement }));
  } else if (lifecycle === "deprecated" && status.shutdown) {
    findings.push(describeFinding("deprecated-model", { model: resolved.id, date: status.shutdown.date, replacement: status.replacement }));
  }
  return findings;
}

/**
 * An imageSize the model does not take. With the model unknown, only a value no Gemini model
 * takes (`"1k"`, `"1024"`) is reported: anything else may be right for the model in use.
 */
export function imageSizeFinding(value: string, model: ImageModel | undefined): FindingText | undefined {
  const accepted = model ? model.imageSizes : IMAGE_SIZES;
  if ((accepted as readonly string[]).includes(value)) return undefined;
  const normal = normalizeImageSize(value);
  const fix = normal !== undefined && accepted.includes(normal) ? normal : undefined;
  return describeFinding("invalid-image-size", { value: JSON.stringify(value), model: model?.id, accepted, fix });
}

/** An aspectRatio the model does not take; with the model unknown, one no Gemini model takes. */
export function aspectRatioFinding(value: string, model: ImageModel | undefined): FindingText | undefined {
  const accepted = model ? model.aspectRatios : ALL_ASPECT_RATIOS;
  if ((accepted as readonly string[]).includes(value)) return undefined;
  return describeFinding("invalid-aspect-ratio", { value: JSON.stringify(value), model: model?.id, accepted, fix: normalizeAspectRatio(value, accepted) });
}

/** A candidateCount above what the model answers. */
export function candidateCountFinding(value: number, model: KnownModel): FindingText | undefined {
  const max = model.model.maxCandidateCount;
  return value > max ? describeFinding("candidate-count", { value, model: model.id, max }) : undefined;
}
