/**
 * The acceptance measurement of issue 11: the real tools on a folder of real public files that
 * is not in the repository, scored per finding id against hand-made labels. ESLint runs with
 * the plugin's `all` config, `gemini-image audit` and `gemini-image migrate` run as the CLI
 * (child processes), migrate on a temporary copy whose every output must parse, keep the code
 * outside the requests as it was, and be linted again. `scripts/acceptance.ts` is the command.
 *
 * The labels file says, per file, which finding ids a correct tool reports and on which line
 * (`endLine` when any line of a span is right, e.g. a missing field reported at the call or at
 * its config). A reported finding matches a label of the same file and id whose lines hold it;
 * each label is matched once, and the same id reported twice on one line counts once.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { locateRequests, type LocatedRequest } from "@gemini-image/locator";
import { parseSourceCode } from "@gemini-image/locator/node";
import { FINDING_IDS, type FindingId } from "@gemini-image/protocol";
import plugin from "eslint-plugin-gemini-image";
import { AUDIT_IDS } from "./audit-ids.js";
import { RULE_FINDINGS, findingOf } from "eslint-plugin-gemini-image/findings";

const CLI = fileURLToPath(new URL("../packages/cli/bin/gemini-image.js", import.meta.url));
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const PREFIX = "gemini-image/";

/** A syntax node as the locator hands it out. */
type Node = LocatedRequest["node"];

/** One expected finding: a correct tool reports `id` in `file` on `line` (or up to `endLine`). */
export interface Label {
  readonly file: string;
  readonly id: FindingId;
  readonly line: number;
  readonly endLine?: number;
}

/** The labels file: every measured file (files without labels must stay silent) and the labels. */
export interface LabelSet {
  readonly files: readonly string[];
  readonly labels: readonly Label[];
}

/** A finding as a tool reported it. */
export interface Reported {
  readonly file: string;
  readonly id: string;
  readonly line: number;
}

export type Tool = "eslint-all" | "audit" | "eslint-after-migrate";

export interface Score {
  readonly tool: Tool;
  readonly id: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** The unmatched findings and labels, for the report. */
  readonly falsePositives: readonly Reported[];
  readonly misses: readonly Label[];
}

/** Something a tool did wrong that is not a finding: a crash, a damaged file. */
export interface Incident {
  readonly tool: string;
  readonly file: string;
  readonly what: string;
}

export interface Measurement {
  readonly files: number;
  readonly labels: number;
  readonly scores: readonly Score[];
  readonly crashes: readonly Incident[];
  readonly damaged: readonly Incident[];
  /** Files whose migrate output gained a finding id the input did not have. */
  readonly migrateAdded: readonly Reported[];
  /** ESLint's findings per id before migrate and after it (unchanged files count as before). */
  readonly migrateEffect: readonly { readonly id: string; readonly before: number; readonly after: number }[];
  /** Ids no tool can report yet (no rule, not in the audit): their labels are all misses. */
  readonly uncovered: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Scoring.

/**
 * Scores one tool for one finding id: every reported finding that matches an unmatched label is
 * a true positive, every other one a false positive, every label left a miss.
 */
export function score(tool: Tool, id: string, reported: readonly Reported[], labels: readonly Label[]): Score {
  const expected = labels.filter((l) => l.id === id);
  const seen = new Set<string>();
  const unique = reported.filter((r) => r.id === id && !seen.has(`${r.file}:${r.line}`) && seen.add(`${r.file}:${r.line}`));
  const matched = new Set<Label>();
  const falsePositives: Reported[] = [];
  for (const r of unique) {
    const label = expected.find((l) => !matched.has(l) && l.file === r.file && r.line >= l.line && r.line <= (l.endLine ?? l.line));
    if (label) matched.add(label);
    else falsePositives.push(r);
  }
  const misses = expected.filter((l) => !matched.has(l));
  return { tool, id, tp: matched.size, fp: falsePositives.length, fn: misses.length, falsePositives, misses };
}

// ---------------------------------------------------------------------------------------------
// ESLint, with the plugin's `all` config, as a user's flat config would run it.

const parserConfig: Linter.Config[] = [
  { files: ["**/*.{js,jsx,mjs,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  // `<T>value` casts make JSX ambiguous in .ts files: TypeScript itself parses them without JSX.
  { files: ["**/*.{ts,mts}"], languageOptions: { parser: tsParser } },
  { files: ["**/*.{cjs,cts}"], languageOptions: { parser: tsParser, sourceType: "commonjs" } },
];

function eslintFor(dir: string): ESLint {
  return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...parserConfig, ...(plugin.configs.all as unknown as Linter.Config[])] });
}

/** The audit's ids, asked with any string a tool reported. */
const AUDITED: ReadonlySet<string> = AUDIT_IDS;

/** The ids the `all` config can report, through the plugin's RULE_FINDINGS. */
export const ESLINT_IDS: ReadonlySet<string> = new Set(
  Object.keys(plugin.configs.all.find((entry) => entry.rules)?.rules ?? {}).flatMap((name) => Object.values(RULE_FINDINGS[name.slice(PREFIX.length) as keyof typeof RULE_FINDINGS] ?? {})),
);

function toReported(file: string, result: ESLint.LintResult, tool: string, incidents: Incident[]): Reported[] {
  const found: Reported[] = [];
  for (const message of result.messages) {
    if (message.fatal) {
      incidents.push({ tool, file, what: `does not parse: ${message.message}` });
      continue;
    }
    const id = message.ruleId?.startsWith(PREFIX) && message.messageId ? findingOf(message.ruleId.slice(PREFIX.length), message.messageId) : undefined;
    if (id) found.push({ file, id, line: message.line });
  }
  return found;
}

async function lintEach(eslint: ESLint, dir: string, files: readonly string[], crashes: Incident[], unparsable: Incident[]): Promise<Reported[]> {
  const found: Reported[] = [];
  for (const file of files) {
    try {
      const [result] = await eslint.lintFiles([join(dir, file)]);
      found.push(...toReported(file, result!, "eslint", unparsable));
    } catch (error) {
      crashes.push({ tool: "eslint", file, what: String(error instanceof Error ? error.message : error).split("\n")[0]! });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The CLI.

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface AuditJson {
  readonly calls: readonly { readonly findings: readonly { readonly id: string; readonly file: string; readonly line: number }[] }[];
  readonly unreadable: readonly { readonly file: string; readonly error?: string }[];
}

async function auditFindings(dir: string, crashes: Incident[]): Promise<Reported[]> {
  const run = await cli(["audit", ".", "--format", "json"], dir);
  // Exit 0 and 1 are verdicts; anything else is a usage error or a crash.
  if (run.code > 1) {
    crashes.push({ tool: "audit", file: "(all)", what: `exit ${run.code}: ${run.stderr.trim().split("\n")[0] ?? ""}` });
    return [];
  }
  const report = JSON.parse(run.stdout) as AuditJson;
  for (const u of report.unreadable) crashes.push({ tool: "audit", file: u.file, what: `unreadable: ${u.error ?? ""}` });
  return report.calls.flatMap((call) => call.findings.map((f) => ({ file: f.file.split("\\").join("/"), id: f.id, line: f.line })));
}

// ---------------------------------------------------------------------------------------------
// migrate: what it may touch.

/** The lines of the requests the locator finds (calls, bodies, fields, model literals and settings). */
export function requestLines(text: string, path: string): Set<number> {
  const sourceCode = parseSourceCode(text, path);
  const lines = new Set<number>();
  const add = (node: Node | undefined): void => {
    if (!node) return;
    for (let line = node.loc.start.line; line <= node.loc.end.line; line++) lines.add(line);
  };
  for (const request of locateRequests({ sourceCode, settings: {} })) {
    add(request.node);
    add(request.input);
    add(request.root.node);
    for (const entry of request.root.entries) {
      add(entry.node);
      add(entry.object);
    }
    for (const model of [request.model, ...(request.candidates ?? [])]) {
      add(model?.node);
      add(model?.literal);
    }
  }
  return lines;
}

/**
 * The original lines a rewrite removed or changed, and the non-comment lines it inserted with
 * the original line they follow (0 = before the first), by a longest-common-subsequence diff.
 */
export function changedLines(before: string, after: string): { readonly removed: number[]; readonly inserted: { readonly after: number; readonly text: string }[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const removed: number[] = [];
  const inserted: { after: number; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      inserted.push({ after: i, text: b[j]! });
      j++;
    } else {
      removed.push(i + 1);
      i++;
    }
  }
  return { removed, inserted };
}

const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|$)/u;

/** What a migrate rewrite changed outside the requests, or `undefined` when it stayed inside. */
export function outsideChange(before: string, after: string, path: string): string | undefined {
  const allowed = requestLines(before, path);
  const { removed, inserted } = changedLines(before, after);
  const line = removed.find((l) => !allowed.has(l));
  if (line !== undefined) return `changed line ${line} outside every request`;
  // A follow-up comment may go anywhere; code may only be added next to or inside a request.
  const added = inserted.find((x) => !COMMENT_LINE.test(x.text) && !allowed.has(x.after) && !allowed.has(x.after + 1));
  return added ? `added code after line ${added.after} outside every request: ${added.text.trim()}` : undefined;
}

interface MigrateJson {
  readonly failed: readonly { readonly file: string; readonly error: string }[];
}

async function migrateCopy(dir: string, files: readonly string[], crashes: Incident[], damaged: Incident[]): Promise<Map<string, string>> {
  const copy = mkdtempSync(join(tmpdir(), "gemini-image-acceptance-"));
  try {
    cpSync(dir, copy, { recursive: true });
    const run = await cli(["migrate", ".", "--format", "json"], copy);
    if (run.code > 1) crashes.push({ tool: "migrate", file: "(all)", what: `exit ${run.code}: ${run.stderr.trim().split("\n")[0] ?? ""}` });
    else for (const f of (JSON.parse(run.stdout) as MigrateJson).failed) crashes.push({ tool: "migrate", file: f.file, what: f.error.split("\n")[0]! });
    const outputs = new Map<string, string>();
    for (const file of files) {
      const before = readFileSync(join(dir, file), "utf8");
      const after = readFileSync(join(copy, file), "utf8");
      if (after === before) continue;
      try {
        parseSourceCode(after, file);
      } catch (error) {
        damaged.push({ tool: "migrate", file, what: `output does not parse: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      const outside = outsideChange(before, after, file);
      if (outside) damaged.push({ tool: "migrate", file, what: outside });
      outputs.set(file, after);
    }
    return outputs;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The measurement.

export function readLabels(path: string): LabelSet {
  const set = JSON.parse(readFileSync(path, "utf8")) as LabelSet;
  for (const label of set.labels) if (!FINDING_IDS.includes(label.id)) throw new Error(`${label.file}: "${label.id}" is not a finding id`);
  return set;
}

/** Runs every tool on `dir` and scores it against `labels`. */
export async function measure(dir: string, labels: LabelSet): Promise<Measurement> {
  const files = readdirSync(dir).filter((f) => SOURCE_FILE.test(f)).sort();
  const crashes: Incident[] = [];
  const damaged: Incident[] = [];
  const unparsable: Incident[] = [];
  const eslint = eslintFor(dir);

  const eslintReported = await lintEach(eslint, dir, files, crashes, unparsable);
  // A file that does not parse cannot be judged; it is reported, never silently skipped.
  crashes.push(...unparsable.map((u) => ({ ...u, what: `input ${u.what}` })));
  const auditReported = await auditFindings(dir, crashes);
  const outputs = await migrateCopy(dir, files, crashes, damaged);

  // After migrate: ESLint again on every rewritten file, compared with what it saw before.
  const migrateAdded: Reported[] = [];
  const afterMigrate = eslintReported.filter((r) => !outputs.has(r.file));
  for (const [file, text] of outputs) {
    const [after] = await eslint.lintText(text, { filePath: join(dir, file) });
    const afterIds = toReported(file, after!, "eslint-after-migrate", damaged);
    const beforeIds = new Set(eslintReported.filter((r) => r.file === file).map((r) => r.id));
    migrateAdded.push(...afterIds.filter((r) => !beforeIds.has(r.id)));
    afterMigrate.push(...afterIds);
  }
  // One finding per file, line and id, as `score` counts them (a rule may report each value of a line).
  const count = (found: readonly Reported[], id: string): number => new Set(found.filter((r) => r.id === id).map((r) => `${r.file}:${r.line}`)).size;
  const migrateEffect = [...new Set(eslintReported.map((r) => r.id))].sort().map((id) => ({ id, before: count(eslintReported, id), after: count(afterMigrate, id) }));

  const ids = [...new Set([...labels.labels.map((l) => l.id), ...eslintReported.map((r) => r.id), ...auditReported.map((r) => r.id)])].sort();
  const scores: Score[] = [];
  for (const id of ids) {
    if (ESLINT_IDS.has(id)) scores.push(score("eslint-all", id, eslintReported, labels.labels));
    if (AUDITED.has(id)) scores.push(score("audit", id, auditReported, labels.labels));
  }
  const uncovered = ids.filter((id) => !ESLINT_IDS.has(id) && !AUDITED.has(id));
  return { files: files.length, labels: labels.labels.length, scores, crashes, damaged, migrateAdded, migrateEffect, uncovered };
}

// ---------------------------------------------------------------------------------------------
// The report.

const ratio = (n: number, d: number): string => (d === 0 ? "-" : (n / d).toFixed(3));

/** The measurement as Markdown: the table per finding id and tool, then every miss and false positive. */
export function formatMeasurement(m: Measurement, labels: LabelSet): string {
  const lines = [
    `${m.files} files, ${m.labels} labels; crashes: ${m.crashes.length}; damaged files: ${m.damaged.length}; findings migrate added: ${m.migrateAdded.length}`,
    "",
    "| finding id | tool | TP | FP | FN | precision | recall |",
    "|---|---|---|---|---|---|---|",
    ...m.scores.map((s) => `| \`${s.id}\` | ${s.tool} | ${s.tp} | ${s.fp} | ${s.fn} | ${ratio(s.tp, s.tp + s.fp)} | ${ratio(s.tp, s.tp + s.fn)} |`),
    ...m.uncovered.map((id) => {
      const n = labels.labels.filter((l) => l.id === id).length;
      return `| \`${id}\` | (no tool reports it) | 0 | 0 | ${n} | - | ${ratio(0, n)} |`;
    }),
  ];
  const effect = [
    "",
    "ESLint (`all`) findings before and after `gemini-image migrate`:",
    "",
    "| finding id | before | after |",
    "|---|---|---|",
    ...m.migrateEffect.map((e) => `| \`${e.id}\` | ${e.before} | ${e.after} |`),
  ];
  const details = [
    ...m.scores.flatMap((s) => s.falsePositives.map((r) => `- FP ${s.tool} \`${s.id}\` ${r.file}:${r.line}`)),
    ...m.scores.flatMap((s) => s.misses.map((l) => `- FN ${s.tool} \`${s.id}\` ${l.file}:${l.line}${l.endLine ? `-${l.endLine}` : ""}`)),
    ...m.crashes.map((c) => `- crash ${c.tool} ${c.file}: ${c.what}`),
    ...m.damaged.map((d) => `- damaged ${d.tool} ${d.file}: ${d.what}`),
    ...m.migrateAdded.map((r) => `- migrate added \`${r.id}\` ${r.file}:${r.line}`),
  ];
  return [...lines, ...effect, "", ...details].join("\n");
}
