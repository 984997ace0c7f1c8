import { estimateCost } from "./tiers.js";
import { toImageConfig, type ImageConfigMapping } from "./image-config.js";
import { modelLifecycle } from "./lifecycle.js";
import { MODEL_IDS, type ModelId } from "./models.js";

/** One OpenAI size mapped for one Gemini model, with its price. */
export interface SizeMappingRow {
  readonly size: string;
  readonly mapping: ImageConfigMapping;
  /** USD per image at the mapped tier; for `"auto"`, the model's default tier. */
  readonly usd: number;
  /** True when that price is a third-party estimate, not Google's. */
  readonly usdUnconfirmed: boolean;
}

/** The models worth mapping to on `on`: every model that is not shut down. */
export function currentModels(on: Date = new Date()): ModelId[] {
  return MODEL_IDS.filter((id) => modelLifecycle(id, on) !== "shut-down");
}

/** Maps every size for every model; throws the protocol's error for a malformed size. */
export function sizeMappingRows(sizes: readonly string[], models: readonly ModelId[]): SizeMappingRow[] {
  const rows: SizeMappingRow[] = [];
  for (const model of models) {
    for (const size of sizes) {
      const mapping = toImageConfig(size, { model });
      const cost = estimateCost(model, mapping.imageSize);
      rows.push({ size, mapping, usd: cost.usdPerImage, usdUnconfirmed: cost.unconfirmed });
    }
  }
  return rows;
}
