/** @gemini-image/cli: the `gemini-image` command, also callable in-process. */
export { main } from "./main.js";
export { EXIT, UsageError, type CliIO } from "./io.js";
export type { Command } from "./command.js";
export { COMMANDS } from "./commands/index.js";
export { MODEL_HEADER, modelCells } from "./commands/models.js";
export { SIZE_MAPPING_HEADER, currentModels, sizeMappingCells, sizeMappingRows, type SizeMappingRow } from "./size-mapping.js";
export { markdownTable, textTable } from "./table.js";
