import { aspectRatio } from "./aspect-ratio.js";
import { genaiConfig } from "./genai-config.js";
import { imageSizeCase } from "./image-size-case.js";
import { misplacedFields } from "./misplaced-fields.js";
import { modelIds } from "./model-ids.js";
import { openaiFields } from "./openai-fields.js";
import { responseModalities } from "./response-modalities.js";
import { size } from "./size.js";
import { snakeCase } from "./snake-case.js";
import type { RequestTransform } from "./types.js";

/**
 * The transforms in the order they run: ids and `config` first, then moves (which read both
 * spellings), then camelCase (so moved keys are renamed where they land), then size, values,
 * removals and additions, each finding keys where it looks for them (values are fixed before
 * size is mapped, so a conflict note quotes the corrected value).
 */
export const TRANSFORMS: readonly RequestTransform[] = [
  modelIds,
  genaiConfig,
  misplacedFields,
  snakeCase,
  imageSizeCase,
  aspectRatio,
  size,
  openaiFields,
  responseModalities,
];

export type { RequestTransform, TransformContext } from "./types.js";
