import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import type { AuditReport, CallSite } from "@gemini-image/audit";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";
import { modelOption } from "../model-option.js";
import { importOptional } from "../optional-package.js";
import { missingPaths } from "../read-input.js";
import { markdownTable, textTable } from "../table.js";
import { VERSION } from "../version.js";

const usage = `Usage: gemini-image audit [paths...] [--project <tsconfig>] [--model <id>] [--no-types]
                          [--format text|json|markdown|sarif]

Lists every image-generation request in a project. Each file is read with the same request
locator as the ESLint rules (REST bodies and URLs, @google/genai, @google/generative-ai, the AI
SDK), so plain JavaScript and checkouts without node_modules work; the TypeScript checker adds
what one file cannot show (constants imported from other files, typed parameters, path
aliases). Requests that are not image requests (text models, TEXT-only responseModalities, JSON
schemas) are counted, not listed. Also lists generateImages (Imagen) and openai images calls.
For each: the model, imageSize, aspectRatio, output pixels, USD per image, findings.

  [paths...]          files or folders (.ts .tsx .mts .cts .js .jsx .mjs .cjs); with --project,
                      only these of its files. No paths and no --project: ./tsconfig.json
  --project <file>    a tsconfig.json whose files are audited, with the projects it references
  --model <id>        the Gemini model OpenAI sizes are quoted for (never assumed for Gemini
                      calls that name no model: those show "unknown")
  --no-types          read each file's syntax alone, without the type checker (faster)
  --format <f>        text (default), json (the report), markdown or sarif (SARIF 2.1.0)
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
  // A Gemini request whose model is no image model the protocol knows: shown as written, marked unknown.
  if (id === undefined && site.api !== "openai" && site.api !== "imagen") return `${written} (unknown)`;
  return id !== undefined && id !== written ? `${written} (${id})` : written;
}

/** The method, with the calls that send through a chat or legacy model (`chats.create -> sendMessage x2`). */
function methodCell(site: CallSite): string {
  if (site.sends.length === 0) return site.method;
  const counts = new Map<string, number>();
  for (const send of site.sends) counts.set(send.method, (counts.get(send.method) ?? 0) + 1);
  return `${site.method} -> ${[...counts].map(([method, count]) => (count > 1 ? `${method} x${count}` : method)).join(", ")}`;
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
    methodCell(site),
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
    `${summary.calls} request(s) in ${summary.files} file(s) by api: ${counts(summary.byApi)}`,
    `by model: ${counts(summary.byModel)}; model unknown: ${summary.unknownModel}`,
    `not listed: ${summary.notImage} not image request(s), ${summary.undecided} undecided`,
    `findings: ${summary.findings.error} error(s), ${summary.findings.warning} warning(s)`,
    ...(report.types ? [] : ["read without type information (--no-types)"]),
  ];
}

/** What the report says besides the table: no request found where Gemini is named, files that did not parse. */
function noticeLines(report: AuditReport): string[] {
  return [
    ...(report.nothingFound ? [report.nothingFound.message, ...report.nothingFound.files.map((file) => `  ${file}`)] : []),
    ...report.unreadable.map((file) => `${file.file}: not parsed: ${file.message}`),
  ];
}

function openaiNotes(report: AuditReport): string[] {
  return report.calls.flatMap((site) => (site.openai ? [`${where(site)}  ${site.openai.note}`] : []));
}

function textReport(report: AuditReport): string {
  const findings = report.calls.flatMap((site) => site.findings.map((f) => `${where(f)}  ${f.severity}  ${f.message} [${f.id}]`));
  const notes = openaiNotes(report);
  const notices = noticeLines(report);
  return [
    ...(report.calls.length > 0 ? [textTable(HEADER, report.calls.map(cells)).trimEnd(), ""] : []),
    ...(notices.length > 0 ? [...notices, ""] : []),
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
    ...(noticeLines(report).length > 0 ? ["## Notes\n", ...noticeLines(report).map((line) => `- ${line.trim()}`), ""] : []),
    ...(findings.length > 0 ? ["## Findings\n", markdownTable(["location", "severity", "id", "message"], findings)] : []),
    ...(notes.length > 0 ? ["## OpenAI calls\n", markdownTable(["location", "note"], notes)] : []),
  ].join("\n");
}

/** `gemini-image audit`: the inventory of image-generation calls in a project. */
export const auditCommand: Command = {
  name: "audit",
  summary: "list every image-generation request in a project: model, size, price, findings (text, json, markdown, sarif)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        project: { type: "string" },
        model: { type: "string" },
        format: { type: "string", default: "text" },
        "no-types": { type: "boolean", default: false },
      },
    });
    const { format } = values;
    if (format !== "text" && format !== "json" && format !== "markdown" && format !== "sarif") {
      throw new UsageError(`--format must be text, json, markdown or sarif, not "${format}".`);
    }
    if (values.model !== undefined) modelOption(values.model);
    let project = values.project;
    if (project === undefined && positionals.length === 0) {
      if (!existsSync("tsconfig.json")) throw new UsageError("name files or folders, or --project <tsconfig>; there is no ./tsconfig.json.");
      project = "tsconfig.json";
    }

    // Loaded here, not at start-up: the audit's parsers cost every other command their load time.
    const { AuditInputError, audit, toSarif } = await importOptional(() => import("@gemini-image/audit"), "@gemini-image/audit", "audit");
    let report: AuditReport;
    try {
      report = audit({ project, paths: positionals, model: values.model, types: !values["no-types"] });
    } catch (error) {
      if (error instanceof AuditInputError) throw missingPaths(error.missing);
      throw error;
    }
    if (format === "json") io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === "sarif") io.stdout.write(`${JSON.stringify(toSarif(report, VERSION), null, 2)}\n`);
    else io.stdout.write(format === "markdown" ? markdownReport(report) : textReport(report));
    return report.summary.findings.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
