import { requireModel, type ModelRef } from "@gemini-image/protocol";
import { Node } from "ts-morph";
import { callSiteOf, type AuditContext } from "./call-site.js";
import { loadProject } from "./project.js";
import type { AuditReport, CallSite } from "./report.js";
import { summarize } from "./summary.js";

/** What to audit. */
export interface AuditOptions {
  /** A tsconfig.json whose program is audited (its compiler options resolve the SDKs' types). */
  readonly project?: string;
  /** Files or folders; with `project`, only these of its files; alone, checked with `allowJs`. */
  readonly paths?: readonly string[];
  /** The Gemini model OpenAI calls are quoted for; never assumed for Gemini calls that name none. */
  readonly model?: ModelRef;
  /** The folder file names are shown relative to (default: the working directory). */
  readonly cwd?: string;
}

/**
 * Lists every image-generation call in a project, recognised by the type checker: calls whose
 * signature is declared by `@google/genai`, `@google/generative-ai` or `openai`, and REST calls
 * to `:generateContent` URLs. Each call comes with its model, imageConfig, price and findings.
 * Throws AuditInputError for paths that do not exist and the protocol's error for an unknown
 * `model`.
 */
export function audit(options: AuditOptions): AuditReport {
  const context: AuditContext = {
    cwd: options.cwd ?? process.cwd(),
    quoteModel: options.model === undefined ? undefined : requireModel(options.model).id,
    reported: new Set(),
  };
  const { files } = loadProject(options);
  const calls: CallSite[] = [];
  for (const file of files) {
    file.forEachDescendant((node) => {
      if (!Node.isCallExpression(node)) return;
      const site = callSiteOf(node, context);
      if (site) calls.push(site);
    });
  }
  return { calls, summary: summarize(calls, files.length) };
}
