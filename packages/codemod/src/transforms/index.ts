import { aspectRatio } from "./aspect-ratio.js";
import { deprecatedInteractionFields } from "./deprecated-interaction-fields.js";
import { genaiConfig } from "./genai-config.js";
import { generateContentInput } from "./generate-content-input.js";
import { imageSizeCase } from "./image-size-case.js";
import { interactionsCamelCase } from "./interactions-camel-case.js";
import { misplacedFields } from "./misplaced-fields.js";
import { modalityCase } from "./modality-case.js";
import { modelIds } from "./model-ids.js";
import { openaiFields } from "./openai-fields.js";
import { responseModalities } from "./response-modalities.js";
import { size } from "./size.js";
import { snakeCase } from "./snake-case.js";
import type { RequestTransform } from "./types.js";

/**
 * The transforms in the order they run: ids and `config` first, then moves (which read both
 * spellings), then an interaction's input entries and casing (parts become Interactions entries
 * before their keys are cased, so a rewritten entry is not renamed twice) and camelCase (so moved
 * keys are renamed where they land), then an interaction's `image_config` moved into
 * `response_format` (after casing, so the settings it copies are already snake_case, and before
 * size, which would otherwise write a `response_format` the move then refuses to merge with), then
 * size, values, removals and additions, each finding keys where it looks for them (values are
 * fixed before size is mapped, so a conflict note quotes the corrected value; a modality's case
 * before IMAGE is added to a list, so "Image" is not taken for a missing IMAGE).
 */
export const TRANSFORMS: readonly RequestTransform[] = [
  modelIds,
  genaiConfig,
  misplacedFields,
  generateContentInput,
  interactionsCamelCase,
  snakeCase,
  deprecatedInteractionFields,
  imageSizeCase,
  aspectRatio,
  size,
  openaiFields,
  modalityCase,
  responseModalities,
];

export type { RequestTransform, TransformContext } from "./types.js";
