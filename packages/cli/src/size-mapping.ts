import { formatUsd, type SizeMappingRow } from "@gemini-image/protocol";

// The rows live in protocol so the browser playground builds the same table.
export { currentModels, sizeMappingRows, type SizeMappingRow } from "@gemini-image/protocol";

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
