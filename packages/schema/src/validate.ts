import { modelLifecycle, resolveModel, type Lifecycle, type ModelId, type ModelRef } from "@gemini-image/protocol";
import { findingsFromAjv, type AjvError } from "./ajv-findings.js";
import { checkContents } from "./content-checks.js";
import type { Finding, FixOperation, ValidationResult } from "./finding.js";
import { checkResponseModalities } from "./generation-checks.js";
import { byModel, validateBody } from "./generated/validators.js";
import { makeFinding } from "./make-finding.js";
import { PatchConflict, applyPatch } from "./patch.js";
import { modelContext, type ModelContext } from "./model-context.js";
import { structureProblem } from "./structure.js";

/** Options of `validate`. */
export interface ValidateOptions {
  /**
   * The model the body is sent to: an id, `models/<id>`, a URL or a gateway alias. Its
   * imageSize, aspectRatio, input-image and candidateCount limits apply; without one, the
   * union of every current model's.
   */
  readonly model?: ModelRef;
  /** The day lifecycle warnings are computed for (default: today). */
  readonly date?: Date;
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Today's lifecycle per model, recomputed once a minute: `new Date()` per body is measurable. */
const lifecycleToday = new Map<ModelId, { stage: Lifecycle; until: number }>();

function lifecycleOf(id: ModelId, date: Date | undefined): Lifecycle {
  if (date !== undefined) return modelLifecycle(id, date);
  const now = Date.now();
  const cached = lifecycleToday.get(id);
  if (cached && cached.until > now) return cached.stage;
  const stage = modelLifecycle(id, new Date(now));
  lifecycleToday.set(id, { stage, until: now + 60_000 });
  return stage;
}

/** Warnings about the model name itself: a gateway alias, an unknown id, a retired model. */
function modelFindings(context: ModelContext, date: Date | undefined): Finding[] {
  if (context.input === undefined) return [];
  if (context.id === undefined) {
    const resolved = resolveModel(context.input);
    const name = resolved.kind === "unknown" && resolved.name !== undefined ? resolved.name : context.input;
    return [makeFinding("unknown-model", "", { model: name, suggestion: resolved.kind === "unknown" ? resolved.suggestion : undefined })];
  }
  const findings: Finding[] = [];
  if (context.alias !== undefined) findings.push(makeFinding("model-alias", "", { alias: context.alias, id: context.id }));
  const stage = lifecycleOf(context.id, date);
  const { status } = context.model!;
  if (stage === "shut-down") {
    findings.push(makeFinding("retired-model", "", { model: context.id, replacement: status.replacement }));
  } else if (stage === "deprecated" && status.shutdown) {
    findings.push(makeFinding("deprecated-model", "", { model: context.id, date: status.shutdown.date, replacement: status.replacement }));
  }
  return findings;
}

const MOVE_CODES: ReadonlySet<string> = new Set(["snake-case-field", "misplaced-field"]);
/** How many levels of moved blocks inside moved blocks are looked into. */
const MAX_MOVE_NESTING = 3;

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/** Maps a pointer in the moved-home body back to the body as written, undoing moves last to first. */
function unmove(path: string, moves: readonly { from: string; path: string }[]): string {
  let result = path;
  for (let i = moves.length - 1; i >= 0; i--) {
    const move = moves[i]!;
    if (under(result, move.path)) result = move.from + result.slice(move.path.length);
  }
  return result;
}

function unmoveFix(fix: readonly FixOperation[], moves: readonly { from: string; path: string }[]): FixOperation[] {
  return fix.map((op) => (op.op === "move" ? { ...op, from: unmove(op.from, moves), path: unmove(op.path, moves) } : { ...op, path: unmove(op.path, moves) }));
}

/**
 * What a misplaced or snake_case block hides: `image_config: { image_size: "2k" }` is not
 * checked where it stands, so the block is moved home on a copy, checked there, and the
 * findings inside it are reported at the paths as written.
 */
function findingsInsideMoves(body: unknown, findings: readonly Finding[], context: ModelContext, nesting: number): Finding[] {
  if (nesting >= MAX_MOVE_NESTING) return [];
  let moved = body;
  const moves: { from: string; path: string }[] = [];
  for (const finding of findings) {
    if (!MOVE_CODES.has(finding.code) || !finding.fix) continue;
    try {
      moved = applyPatch(moved, finding.fix);
      for (const op of finding.fix) if (op.op === "move") moves.push({ from: op.from, path: op.path });
    } catch (error) {
      if (!(error instanceof PatchConflict)) throw error;
    }
  }
  if (moves.length === 0) return [];
  return bodyFindings(moved, context, nesting + 1)
    .filter((f) => moves.some((move) => under(f.path, move.path)))
    .map((f) => {
      const { fix, ...finding } = f;
      const mapped = fix ? unmoveFix(fix, moves) : undefined;
      // A fix that only makes sense after the block's own move (its target parent does not
      // exist yet) is left to repair's next round.
      return mapped && applies(body, mapped) ? { ...finding, path: unmove(f.path, moves), fix: mapped } : { ...finding, path: unmove(f.path, moves) };
    });
}

function applies(body: unknown, fix: readonly FixOperation[]): boolean {
  try {
    applyPatch(body, fix);
    return true;
  } catch (error) {
    if (error instanceof PatchConflict) return false;
    throw error;
  }
}

/** The findings about the body itself (not the model name). */
function bodyFindings(body: unknown, context: ModelContext, nesting: number): Finding[] {
  const problem = structureProblem(body);
  if (problem) return [makeFinding("invalid-body", "", { reason: problem })];
  const findings: Finding[] = [];
  const validator = ((context.id && (byModel as Record<string, CompiledValidator>)[context.id]) || validateBody) as CompiledValidator;
  if (!validator(body)) {
    findings.push(...findingsFromAjv(validator.errors ?? [], body, context));
    findings.push(...findingsInsideMoves(body, findings, context, nesting));
  }
  const object = body as Record<string, unknown>;
  checkResponseModalities(object, findings, context.input);
  checkContents(object, context, findings);
  return findings;
}

/** The findings of `body` without the `ok` summary. Never throws. */
export function collectFindings(body: unknown, options: ValidateOptions = {}): Finding[] {
  const context = modelContext(options.model);
  const findings = modelFindings(context, options.date);
  try {
    findings.push(...bodyFindings(body, context, 0));
  } catch (error) {
    // Getters that throw, Proxies and the like: report, never crash the caller.
    const reason = `reading it failed (${error instanceof Error ? error.message : String(error)})`;
    findings.push(makeFinding("invalid-body", "", { reason }));
  }
  return findings;
}

/**
 * Checks a generateContent request body. `ok` is false when any finding is an error; each
 * finding carries the protocol's message and, where safe, a JSON Patch `fix`.
 */
export function validate(body: unknown, options: ValidateOptions = {}): ValidationResult {
  const findings = collectFindings(body, options);
  return { ok: !findings.some((f) => f.severity === "error"), findings };
}

/** The error `assertValid` throws: its message lists every finding. */
export class RequestBodyError extends Error {
  override readonly name = "RequestBodyError";
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    const lines = findings.map((f) => `- ${f.path || "(body)"}: ${f.message}`);
    super(`The generateContent body has ${findings.length} problem${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.findings = findings;
  }
}

/** Throws a RequestBodyError listing every finding when `body` has an error; returns it otherwise. */
export function assertValid<T>(body: T, options: ValidateOptions = {}): T {
  const { ok, findings } = validate(body, options);
  if (!ok) throw new RequestBodyError(findings);
  return body;
}
