import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { AuditInputError, audit, type AuditReport, type CallSite } from "@gemini-image/audit";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";
import { modelOption } from "../model-option.js";
import { markdownTable, textTable } from "../table.js";

const usage = `Usage: gemini-image audit [paths...] [--project <tsconfig>] [--model <id>]
                          [--format text|json|markdown]

Lists every image-generation call in a project, found through the TypeScript checker: calls
declared by @google/genai (models.generateContent/-Stream, chats.create, chat.sendMessage/
-Stream; generateImages as Imagen), @google/generative-ai and openai (images.generate, edit,
createVariation, to migrate), and fetch-like calls to :generateContent URLs. For each: the
model (read across files), imageSize, aspectRatio, output pixels, USD per image, findings.

  [paths...]          files or folders (.ts .tsx .mts .cts .js .jsx .mjs .cjs), read with
                      allowJs; with --project, only these of its files. No paths and no
                      --project: ./tsconfig.json
  --project <file>    a tsconfig.json whose program is audited
  --model <id>        the Gemini model OpenAI sizes are quoted for (never assumed for Gemini
                      calls that name no model: those show "unknown")
  --format <f>        text (default), json (the report) or markdown
  -h, --help          this text

Exit codes: 0 no error-level finding (warnings pass), 1 an error-level finding, 2 usage or
I/O error (a path or tsconfig that does not exist, an unknown model).`;

const HEADER = ["location", "api", "method", "model", "status", "imageSize", "aspectRatio", "output", "USD/image"] as const;

const where = (site: { file: string; line: number; column: number }): string => `${site.file}:${site.line}:${site.column}`;

/** A value as the table shows it: the literal, "unknown" when not static, "-" when absent. */
function shown(site: CallSite, key: "imageSize" | "aspectRatio"): string {
  return site[key] ?? (site.unknown.includes(key) ? "unknown" : "-");
}

function modelCell(site: CallSite): string {
  const { written, id } = site.model;
  if (written === undefined) return "unknown";
  return id !== undefined && id !== written ? `${written} (${id})` : written;
}

function statusCell(site: CallSite): string {
  if (site.api === "openai") return "to migrate";
  return site.model.lifecycle ?? "-";
}

function cells(site: CallSite): string[] {
  const mapping = site.openai?.mapping;
  const pixels = site.pixels ?? mapping?.pixels;
  return [
    where(site),
    site.api,
    site.method,
    modelCell(site),
    statusCell(site),
    site.openai ? `size ${site.openai.size ?? "unknown"}` : shown(site, "imageSize"),
    site.openai ? (mapping ? `-> ${mapping.imageSize ?? "-"} ${mapping.aspectRatio ?? "-"} on ${mapping.model}` : "-") : shown(site, "aspectRatio"),
    pixels ? `${pixels.width}x${pixels.height}` : "-",
    site.usdPerImage === undefined ? "-" : `$${site.usdPerImage.toFixed(3)}`,
  ];
}

const counts = (record: Readonly<Record<string, number | undefined>>): string =>
  Object.entries(record)
    .map(([name, count]) => `${name} ${count ?? 0}`)
    .join(", ") || "none";

function summaryLines(report: AuditReport): string[] {
  const { summary } = report;
  return [
    `${summary.calls} call(s) in ${summary.files} file(s) by api: ${counts(summary.byApi)}`,
    `by model: ${counts(summary.byModel)}; model unknown: ${summary.unknownModel}`,
    `findings: ${summary.findings.error} error(s), ${summary.findings.warning} warning(s)`,
  ];
}

function openaiNotes(report: AuditReport): string[] {
  return report.calls.flatMap((site) => (site.openai ? [`${where(site)}  ${site.openai.note}`] : []));
}

function textReport(report: AuditReport): string {
  const findings = report.calls.flatMap((site) => site.findings.map((f) => `${where(f)}  ${f.severity}  ${f.message} [${f.id}]`));
  const notes = openaiNotes(report);
  return [
    textTable(HEADER, report.calls.map(cells)).trimEnd(),
    "",
    ...summaryLines(report),
    ...(findings.length > 0 ? ["", ...findings] : []),
    ...(notes.length > 0 ? ["", "OpenAI calls:", ...notes] : []),
  ].join("\n") + "\n";
}

function markdownReport(report: AuditReport): string {
  const findings = report.calls.flatMap((site) => site.findings.map((f) => [where(f), f.severity, `\`${f.id}\``, f.message]));
  const notes = report.calls.flatMap((site) => (site.openai ? [[where(site), site.openai.note]] : []));
  return [
    "## Image-generation calls\n",
    markdownTable(HEADER, report.calls.map(cells)),
    "## Summary\n",
    ...summaryLines(report).map((line) => `- ${line}`),
    "",
    ...(findings.length > 0 ? ["## Findings\n", markdownTable(["location", "severity", "id", "message"], findings)] : []),
    ...(notes.length > 0 ? ["## OpenAI calls\n", markdownTable(["location", "note"], notes)] : []),
  ].join("\n");
}

/** `gemini-image audit`: the inventory of image-generation calls in a project. */
export const auditCommand: Command = {
  name: "audit",
  summary: "list every image-generation call in a project (type-aware): model, size, price, findings",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { project: { type: "string" }, model: { type: "string" }, format: { type: "string", default: "text" } },
    });
    const { format } = values;
    if (format !== "text" && format !== "json" && format !== "markdown") {
      throw new UsageError(`--format must be text, json or markdown, not "${format}".`);
    }
    if (values.model !== undefined) modelOption(values.model);
    let project = values.project;
    if (project === undefined && positionals.length === 0) {
      if (!existsSync("tsconfig.json")) throw new UsageError("name files or folders, or --project <tsconfig>; there is no ./tsconfig.json.");
      project = "tsconfig.json";
    }

    let report: AuditReport;
    try {
      report = audit({ project, paths: positionals, model: values.model });
    } catch (error) {
      if (error instanceof AuditInputError) throw new UsageError(error.message);
      throw error;
    }
    if (format === "json") io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout.write(format === "markdown" ? markdownReport(report) : textReport(report));
    return report.summary.findings.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
