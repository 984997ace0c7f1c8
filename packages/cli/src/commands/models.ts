import { parseArgs } from "node:util";
import { MODELS, MODEL_IDS, formatUsd, isUnconfirmedAspectRatio, modelLifecycle, type ImageModel } from "@gemini-image/protocol";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";
import { markdownTable, textTable } from "../table.js";

const usage = `Usage: gemini-image models [--format text|json|markdown]

Prints every Gemini image model this tool knows: marketing name, lifecycle today,
imageSize tiers, aspect ratios, input limits and the price per image per tier.

  --format <f>     text (default), json or markdown
  -h, --help       this text

Exit codes: 0 printed, 2 usage error.`;

function statusCell(model: ImageModel, on: Date): string {
  const { status } = model;
  const replacement = status.replacement ? `; use ${status.replacement}` : "";
  switch (modelLifecycle(model.id, on)) {
    case "shut-down":
      return `shut down ${status.shutdown?.date ?? ""}${replacement}`.replace(" ;", ";");
    case "deprecated":
      return `${status.stage === "ga" ? "GA" : "preview"}; shutdown ${status.shutdown?.exact ? "" : "earliest "}${status.shutdown?.date ?? ""}${replacement}`;
    default:
      return status.stage === "ga" ? `GA${status.gaSince ? ` since ${status.gaSince}` : ""}` : "preview";
  }
}

function tiersCell(model: ImageModel): string {
  return model.tiers.map((t) => `${t.imageSize ?? "fixed"} ${formatUsd(t.priceUsd, t.unconfirmedCost === true)}`).join(", ") || "-";
}

/** The cells of one model row, shared by the CLI table and the docs. */
export function modelCells(model: ImageModel, on: Date = new Date()): string[] {
  return [
    model.id,
    model.name,
    statusCell(model, on),
    tiersCell(model),
    model.aspectRatios.length > 0 ? `${model.aspectRatios.length} (${model.aspectRatios.map((r) => (isUnconfirmedAspectRatio(model, r) ? `${r}?` : r)).join(" ")})` : "-",
    model.maxInputImages > 0 ? String(model.maxInputImages) : "-",
  ];
}

/** What the marks in the table mean. */
export const MODELS_LEGEND = "~$: a third-party price estimate (Google publishes none); 1:4?: a ratio Google lists but does not confirm on the Gemini API.";

/** Column names matching `modelCells`. */
export const MODEL_HEADER = ["model", "name", "status", "imageSize: USD/image", "aspect ratios", "max input images"] as const;

/** `gemini-image models`: the model registry. */
export const modelsCommand: Command = {
  name: "models",
  summary: "list Gemini image models: status, tiers, ratios, prices",
  usage,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { format: { type: "string", default: "text" } } });
    const now = new Date();
    if (values.format === "json") {
      const models = MODEL_IDS.map((id) => ({ ...MODELS[id], lifecycle: modelLifecycle(id, now) }));
      io.stdout.write(`${JSON.stringify(models, null, 2)}\n`);
      return EXIT.ok;
    }
    if (values.format !== "text" && values.format !== "markdown") {
      throw new UsageError(`--format must be text, json or markdown, not "${values.format}".`);
    }
    const render = values.format === "markdown" ? markdownTable : textTable;
    io.stdout.write(render(MODEL_HEADER, MODEL_IDS.map((id) => modelCells(MODELS[id], now))));
    io.stdout.write(`${MODELS_LEGEND}\n`);
    return EXIT.ok;
  },
};
