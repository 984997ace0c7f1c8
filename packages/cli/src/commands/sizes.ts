import { parseArgs } from "node:util";
import { OPENAI_SIZES, ProtocolError, modelLifecycle, type ModelId } from "@gemini-image/protocol";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";
import { modelOption } from "../model-option.js";
import { SIZE_MAPPING_HEADER, currentModels, sizeMappingCells, sizeMappingRows } from "../size-mapping.js";
import { markdownTable, textTable } from "../table.js";

const usage = `Usage: gemini-image sizes [WxH ...] [--model <id>] [--format text|json|markdown]

Prints what OpenAI-style sizes become in Gemini's imageConfig: imageSize, aspectRatio,
the output pixels and the price per image.

  WxH              sizes to map, such as 1024x1024 or 1792x1024, or auto
                   (default: every dall-e-2, dall-e-3 and gpt-image size, and samples)
  --model <id>     one Gemini image model (id, models/<id>, URL or alias);
                   default: every model that is not shut down
  --format <f>     text (default), json or markdown
  -h, --help       this text

Rule: the nearest ratio the model accepts (compared in log space), then the smallest
imageSize whose output covers the requested width and height.
Exit codes: 0 printed, 2 usage error (malformed size, unknown model).`;

/** `gemini-image sizes`: the OpenAI size → imageConfig mapping. */
export const sizesCommand: Command = {
  name: "sizes",
  summary: "map OpenAI sizes (1024x1024, 1792x1024, ...) to imageSize + aspectRatio",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { model: { type: "string" }, format: { type: "string", default: "text" } },
    });
    const format = values.format;
    if (format !== "text" && format !== "json" && format !== "markdown") {
      throw new UsageError(`--format must be text, json or markdown, not "${format}".`);
    }
    let models: ModelId[];
    if (values.model === undefined) {
      models = currentModels();
    } else {
      const model = modelOption(values.model);
      if (modelLifecycle(model.id) === "shut-down") {
        const instead = model.status.replacement;
        io.stderr.write(`warning: ${model.id} is shut down${instead ? `; use ${instead}` : ""}.\n`);
      }
      models = [model.id];
    }
    const sizes = positionals.length > 0 ? positionals : OPENAI_SIZES;
    let rows;
    try {
      rows = sizeMappingRows(sizes, models);
    } catch (error) {
      if (error instanceof ProtocolError) throw new UsageError(error.message);
      throw error;
    }

    if (format === "json") {
      io.stdout.write(`${JSON.stringify(rows.map((r) => ({ size: r.size, usdPerImage: r.usd, ...r.mapping })), null, 2)}\n`);
    } else {
      const render = format === "markdown" ? markdownTable : textTable;
      io.stdout.write(render(SIZE_MAPPING_HEADER, rows.map(sizeMappingCells)));
      for (const row of rows) {
        if (row.mapping.requested !== "auto" && !row.mapping.covers && row.mapping.note) io.stdout.write(`note: ${row.mapping.note}\n`);
      }
    }
    return EXIT.ok;
  },
};
