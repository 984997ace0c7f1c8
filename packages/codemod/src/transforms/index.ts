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
 * The transforms in the order they run. Names first (ids, `config`, camelCase), so the later
 * ones find keys where they look for them; then moves, size, values, removals, additions.
 */
export const TRANSFORMS: readonly RequestTransform[] = [
  modelIds,
  genaiConfig,
  snakeCase,
  misplacedFields,
  size,
  imageSizeCase,
  openaiFields,
  responseModalities,
];

export type { RequestTransform, TransformContext } from "./types.js";
