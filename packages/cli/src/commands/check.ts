import { parseArgs } from "node:util";
import { GEMINI_APIS, describeFinding, harGeminiRequests, isHar, listedModelNote, resolveModel, type GeminiApi } from "@gemini-image/protocol";
import { redactKey, repair, validate, type Finding, type RepairChange } from "@gemini-image/schema";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";
import { excerpt, findJsonSyntaxError } from "../json-syntax.js";
import { modelOption } from "../model-option.js";
import { InputProblem, readInput } from "../read-input.js";

const usage = `Usage: gemini-image check [files... | -] [--model <id>] [--api generate-content|interactions] [--format text|json] [--repair]

Validates generateContent and Interactions request bodies: JSON body files, HAR 1.2 files
(every request to a :generateContent URL, its model taken from the URL, and every POST to
.../interactions; exported from browser devtools, Charles or mitmproxy), or stdin with -.

  --model <id>     the model the bodies are for (id, models/<id>, URL or alias); HAR
                   requests use the model in their URL, Interactions bodies their own
                   "model". Default: every model's values
  --api <api>      generate-content or interactions. Default: a HAR request's URL, else
                   the body's keys (input or response_format: interactions; contents:
                   generate-content), else generate-content. Each result says which
  --format <f>     text (default) or json
  --repair         print the repaired body (alone on stdout for one JSON body, the
                   changes on stderr); the exit code then reflects what no repair fixes
  -h, --help       this text

Exit codes: 0 every body is valid (warnings are printed but pass), 1 a body has errors,
2 usage or I/O error.`;

/** Where the API a body was checked for came from. */
type ApiFrom = "url" | "option" | "body" | "default";

const API_FROM_WORDS: Readonly<Record<ApiFrom, string>> = {
  url: "from the URL",
  option: "from --api",
  body: "from the body",
  default: "by default",
};

/** One checked request body. */
interface Checked {
  readonly file: string;
  /** For HAR entries: which request. */
  readonly request?: { readonly entry: number; readonly method: string; readonly url: string };
  readonly model: string | undefined;
  readonly api: GeminiApi;
  readonly apiSource: ApiFrom;
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly changes?: readonly RepairChange[];
  readonly repaired?: unknown;
  /** Where a body that is not JSON breaks, with its line and a caret under the column. */
  readonly syntax?: { readonly line: number; readonly column: number; readonly excerpt: readonly string[] };
}

/**
 * Checks one body for `api` (`undefined`: the body's keys decide); `from` says where a given
 * `api` came from (the URL or --api).
 */
function checkBody(
  text: string | undefined,
  model: string | undefined,
  withRepair: boolean,
  api: GeminiApi | undefined,
  from: ApiFrom,
): Omit<Checked, "file" | "request"> {
  const apiSource = (source: ApiFrom): ApiFrom => (api === undefined ? source : from);
  let body: unknown = text;
  if (text === undefined) body = undefined;
  else {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // validate() answers a string with "parse the JSON text first"; say more precisely why.
    }
  }
  if (typeof body === "string" || body === undefined) {
    const error = text === undefined ? undefined : findJsonSyntaxError(text);
    const reason =
      text === undefined
        ? "the recording kept no request body"
        : error
          ? `it is not valid JSON: ${error.reason} at line ${error.line}, column ${error.column}`
          : "it is not valid JSON";
    const { severity, message } = describeFinding("invalid-body", { reason });
    const finding: Finding = { code: "invalid-body", severity, path: "", message };
    const syntax = error && text !== undefined ? { line: error.line, column: error.column, excerpt: excerpt(text, error) } : undefined;
    return { model, api: api ?? "generate-content", apiSource: apiSource("default"), ok: false, findings: [finding], ...(syntax && { syntax }) };
  }
  if (withRepair) {
    const result = repair(body, { model, api });
    return {
      model,
      api: result.api,
      apiSource: apiSource(result.apiSource),
      ok: !result.findings.some((f) => f.severity === "error"),
      findings: result.findings,
      changes: result.changes,
      repaired: result.body,
    };
  }
  const result = validate(body, { model, api });
  return { model, ...result, apiSource: apiSource(result.apiSource) };
}

/**
 * What a recorded request's URL itself gets wrong: the API key in the query, which the ESLint
 * rule of the same id reports in code. Its path is `""` and the text report shows it as the URL.
 */
function urlFindings(url: string): Finding[] {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return [];
  }
  if (!query.has("key")) return [];
  const { severity, message } = describeFinding("key-in-url", {});
  return [{ code: "key-in-url", severity, path: "", message }];
}

/** The model a HAR request's URL names, else the --model option. */
function modelOfUrl(url: string, fallback: string | undefined): string | undefined {
  const path = url.split("?")[0] ?? url;
  const resolved = resolveModel(path);
  return resolved.kind === "known" || resolved.name !== undefined ? path : fallback;
}

function textReport(results: readonly Checked[], withRepair: boolean): string {
  const lines: string[] = [];
  for (const result of results) {
    const where = result.request
      ? `${result.file} #${result.request.entry} ${result.request.method} ${result.request.url}`
      : result.file;
    const errors = result.findings.filter((f) => f.severity === "error").length;
    const warnings = result.findings.length - errors;
    const counts = [errors && `${errors} error${errors === 1 ? "" : "s"}`, warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`]
      .filter(Boolean)
      .join(", ");
    lines.push(`${where}: ${counts || "ok"} (${result.api}, ${API_FROM_WORDS[result.apiSource]})`);
    for (const change of result.changes ?? []) lines.push(`  fixed  ${change.path || "(body)"}  ${change.description}`);
    for (const finding of result.findings) {
      const at = finding.path || (finding.code === "key-in-url" ? "(URL)" : "(body)");
      lines.push(`  ${finding.severity}  ${at}  ${finding.code}: ${finding.message}`);
    }
    if (result.syntax) {
      // file:line:column (editors jump there); a HAR entry's body is not the file's text.
      const where = result.request ? `request body ${result.syntax.line}:${result.syntax.column}` : `${result.file}:${result.syntax.line}:${result.syntax.column}`;
      lines.push(`  at ${where}`, ...result.syntax.excerpt.map((line) => `    ${line}`));
    }
    if (withRepair && result.repaired !== undefined) {
      lines.push(JSON.stringify(result.repaired, null, 2).replace(/^/gmu, "  "));
    }
  }
  const failing = results.filter((r) => !r.ok).length;
  lines.push(`${results.length} request${results.length === 1 ? "" : "s"} checked, ${failing} with errors.`);
  return `${lines.join("\n")}\n`;
}

/** `gemini-image check`: validates request bodies in files, HAR captures or stdin. */
export const checkCommand: Command = {
  name: "check",
  summary: "validate generateContent and Interactions bodies (JSON files, HAR captures, stdin); --repair fixes them",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        model: { type: "string" },
        api: { type: "string" },
        format: { type: "string", default: "text" },
        repair: { type: "boolean", default: false },
      },
    });
    const { format, model } = values;
    if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not "${format}".`);
    if (values.api !== undefined && !(GEMINI_APIS as readonly string[]).includes(values.api)) {
      throw new UsageError(`--api must be ${GEMINI_APIS.join(" or ")}, not "${values.api}".`);
    }
    const api = values.api as GeminiApi | undefined;
    if (positionals.length === 0) throw new UsageError("name at least one file, or - to read a body from stdin.");
    if (model !== undefined) {
      const resolved = resolveModel(model);
      // A real id without published capabilities: check against every model's values, and say so.
      if (resolved.kind === "unknown" && resolved.listed) io.stderr.write(`note: ${listedModelNote(resolved.name!)}\n`);
      else modelOption(model);
    }

    const results: Checked[] = [];
    let ioFailed = false;
    for (const file of positionals) {
      let text: string;
      try {
        text = await readInput(file, io);
      } catch (error) {
        if (!(error instanceof InputProblem)) throw error;
        io.stderr.write(`gemini-image check: ${error.message}\n`);
        ioFailed = true;
        continue;
      }
      const name = file === "-" ? "<stdin>" : file;
      let document: unknown;
      try {
        document = JSON.parse(text) as unknown;
      } catch {
        document = undefined;
      }
      if (isHar(document)) {
        const requests = harGeminiRequests(document);
        if (requests.length === 0) io.stderr.write(`gemini-image check: ${name} holds no :generateContent or Interactions request.\n`);
        for (const request of requests) {
          // The URL says what was sent; it wins over --api.
          // An interaction's URL names no model: its body does.
          const urlModel = request.api === "interactions" ? model : modelOfUrl(request.url, model);
          const checked = checkBody(request.body, urlModel, values.repair, request.api, "url");
          const findings = [...checked.findings, ...urlFindings(request.url)];
          results.push({ file: name, request: { entry: request.entry, method: request.method, url: redactKey(request.url) }, ...checked, findings });
        }
      } else {
        results.push({ file: name, ...checkBody(text, model, values.repair, api, "option") });
      }
    }

    const single = results.length === 1 && results[0]!.request === undefined ? results[0] : undefined;
    if (format === "json") {
      io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    } else if (values.repair && single?.repaired !== undefined) {
      // One body: stdout is the repaired body alone, so `check --repair a.json > b.json` works.
      io.stdout.write(`${JSON.stringify(single.repaired, null, 2)}\n`);
      io.stderr.write(textReport(results, false));
    } else if (results.length > 0 || !ioFailed) {
      io.stdout.write(textReport(results, values.repair));
    }
    if (ioFailed) return EXIT.usage;
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.findings;
  },
};
