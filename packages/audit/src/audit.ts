import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { requireModel, type ModelRef } from "@gemini-image/protocol";
import { calleeName, type LocatedRequest } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { Node } from "./ts-morph.js";
import { callSiteOf, type AuditContext } from "./call-site.js";
import { classifyRequest, type ImageVerdict } from "./classify.js";
import { FieldReader } from "./field-reader.js";
import { auditedFiles } from "./files.js";
import { groupRequests } from "./group.js";
import { locateFile, type LocatedFile } from "./locate-file.js";
import type { AuditReport, CallSite, UnreadableFile } from "./report.js";
import { otherCallValues, requestValues, type RequestValues } from "./request-values.js";
import { packageOfFile } from "./sdk-call.js";
import { summarize } from "./summary.js";
import { TypeInfo } from "./type-info.js";
import { typedCalls, type TypedCall } from "./typed-calls.js";

/** What to audit. */
export interface AuditOptions {
  /** A tsconfig.json whose program is audited, with the projects it references. */
  readonly project?: string;
  /** Files or folders; with `project`, only these of its files; alone, every JS/TS file below them. */
  readonly paths?: readonly string[];
  /** The Gemini model OpenAI calls are quoted for; never assumed for Gemini calls that name none. */
  readonly model?: ModelRef;
  /** The folder file names are shown relative to (default: the working directory). */
  readonly cwd?: string;
  /**
   * Ask the type checker what one file cannot show (default true): constants imported from
   * other files, typed parameters, path aliases. `false` reads each file's syntax alone, faster.
   */
  readonly types?: boolean;
}

/** OpenAI and Imagen calls are image calls by their method alone. */
const IMAGES_API: ImageVerdict = { verdict: "image", evidence: "an images API" };

/**
 * True when the checker resolves the call to a method written in the project itself (a class
 * of the user's with a `generateContent` of its own): not an SDK call, whatever its name.
 */
function isOwnMethod(types: TypeInfo, path: string, request: LocatedRequest): boolean {
  if (request.origin !== "call" || request.shape === "rest") return false;
  // A same-file wrapper's caller (`run(params)`) is the user's function by design: the SDK call is inside it.
  if (request.shape === "interactions" && request.node.type === AST_NODE_TYPES.CallExpression && calleeName(request.node.callee) !== "create") return false;
  const call = types.nodeAt(path, request.node.range);
  if (!Node.isCallExpression(call)) return false;
  const declaration = call.getProject().getTypeChecker().getResolvedSignature(call)?.getDeclaration();
  if (!declaration) return false;
  const file = declaration.getSourceFile();
  return !file.isDeclarationFile() && packageOfFile(file.getFilePath()) === undefined;
}

/**
 * Lists every image-generation request in a project. Each file is read with the locator the
 * ESLint rules use (REST bodies, `@google/genai`, the legacy SDK, the AI SDK), so untyped
 * JavaScript and checkouts without node_modules work; the type checker, where available, adds
 * what one file cannot show. A chat or a legacy model with its calls is one request; requests
 * that are not image requests are counted, not listed. Throws AuditInputError for paths that
 * do not exist and the protocol's error for an unknown `model`.
 */
export function audit(options: AuditOptions): AuditReport {
  const cwd = options.cwd ?? process.cwd();
  const context: AuditContext = {
    cwd,
    quoteModel: options.model === undefined ? undefined : requireModel(options.model).id,
    reported: new Set(),
  };
  const groups = auditedFiles(options);
  const types = options.types === false ? undefined : new TypeInfo(groups);
  const unreadable: UnreadableFile[] = [];
  const located: { file: LocatedFile; text: string }[] = [];
  let files = 0;
  for (const group of groups) {
    for (const path of group.files) {
      files++;
      const text = readFileSync(path, "utf8");
      try {
        const file = locateFile(path, text);
        if (file) located.push({ file, text });
      } catch (error) {
        unreadable.push({ file: relative(cwd, path), message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const geminiFiles = located.filter(({ file }) => file.namesGemini).map(({ file }) => file.path);
  types?.prepare(located.map(({ file }) => file.path));

  const entries: { values: RequestValues; key: string | undefined }[] = [];
  const typed: TypedCall[] = [];
  for (const { file, text } of located) {
    const { path } = file;
    const reader = new FieldReader(file, types);
    const offsets = new Set<number>();
    for (const members of groupRequests(file.ctx, file.requests)) {
      for (const member of members) offsets.add(member.node.range[0]);
      const root = members[members.length - 1]!;
      if (types && members.some((member) => isOwnMethod(types, path, member))) continue;
      entries.push({ values: requestValues(reader, members), key: root.origin === "call" ? `${path}:${root.node.range[0]}` : undefined });
    }
    for (const other of file.others) entries.push({ values: otherCallValues(reader, other.api, other.method, other.node), key: undefined });
    if (types && file.namesGemini) typed.push(...typedCalls(types, path, text, offsets));
  }
  // A call sent through a chat or model made in another file joins that request.
  const byKey = new Map(entries.flatMap((entry) => (entry.key === undefined ? [] : [[entry.key, entry] as const])));
  for (const call of typed) {
    const factory = call.factory && byKey.get(`${call.factory.path}:${call.factory.offset}`);
    if (factory) factory.values = { ...factory.values, sends: [...factory.values.sends, { method: call.values.method, at: call.values.at }] };
    else entries.push({ values: call.values, key: undefined });
  }

  const calls: CallSite[] = [];
  let notImage = 0;
  let undecided = 0;
  for (const { values } of entries) {
    const verdict = values.api === "openai" || values.api === "imagen" ? IMAGES_API : classifyRequest(values);
    if (verdict.verdict === "not-image") notImage++;
    else if (verdict.verdict === "unknown") undecided++;
    else calls.push(callSiteOf(values, verdict, context));
  }
  calls.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const nothingFound =
    calls.length === 0 && geminiFiles.length > 0
      ? {
          message: `${geminiFiles.length} file(s) name Gemini, but no image-generation request was found in them${notImage + undecided > 0 ? ` (${notImage} request(s) are not image requests, ${undecided} could not be told)` : ""}.`,
          files: geminiFiles.map((path) => relative(cwd, path)),
        }
      : undefined;
  return {
    calls,
    summary: summarize(calls, files, { notImage, undecided }),
    ...(nothingFound ? { nothingFound } : {}),
    unreadable,
    types: types !== undefined,
  };
}
