import {
  MODEL_IDS,
  estimateCost,
  formatUsd,
  modelLifecycle,
  toImageConfig,
  type ImageConfigMapping,
  type ModelId,
} from "@gemini-image/protocol";

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

/** The cells of one row: size, model, imageSize, aspectRatio, output, exact, price. */
export function sizeMappingCells(row: SizeMappingRow): string[] {
  const { mapping } = row;
  return [
    row.size,
    mapping.model,
    mapping.requested === "auto" ? "(none)" : (mapping.imageSize ?? "(none)"),
    mapping.aspectRatio ?? "(none)",
    mapping.pixels ? `${mapping.pixels.width}x${mapping.pixels.height}` : "input ratio or 1:1",
    mapping.exact ? "yes" : "no",
    formatUsd(row.usd, row.usdUnconfirmed),
  ];
}

/** Column names matching `sizeMappingCells`. */
export const SIZE_MAPPING_HEADER = ["size", "model", "imageSize", "aspectRatio", "output", "exact", "USD/image"] as const;
