import { relative } from "node:path";
import { parseArgs } from "node:util";
import type { MigrateSummary } from "@gemini-image/codemod";
import { MIGRATION_TARGETS, RESPONSE_MODALITIES } from "@gemini-image/protocol";
import type { Command } from "../command.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { modelOption } from "../model-option.js";
import { importOptional } from "../optional-package.js";
import { missingPaths } from "../read-input.js";

const usage = `Usage: gemini-image migrate <paths...> [--dry] [--print] [--model <id>]
                            [--modalities TEXT,IMAGE] [--keep-model-ids]
                            [--runtime-helper] [--to interactions] [--format text|json]

Rewrites OpenAI-style image requests into Gemini's shape, in place: size -> imageConfig
{ imageSize, aspectRatio }, snake_case -> camelCase, "1k" -> "1K", misplaced keys moved,
generationConfig -> config for @google/genai, responseModalities added, OpenAI-only fields
removed with a comment, shut-down preview ids -> GA ids. What it cannot do safely it leaves
as a "// gemini-image(<code>): ..." comment and lists below. Each call stays on the API it
uses (generateContent or Interactions) unless --to says otherwise.

  <paths...>          files or folders (.js .jsx .mjs .cjs .ts .tsx .mts .cts); .gitignore
                      is respected inside git work trees, node_modules always skipped
  --dry               change no file
  --print             print a unified diff of every change
  --model <id>        the model assumed where the code names none (else such sizes get a
                      follow-up instead of a guess)
  --modalities <m>    the responseModalities to add (default IMAGE; e.g. TEXT,IMAGE)
  --keep-model-ids    leave shut-down preview model ids as they are
  --runtime-helper    replace sizes known only at run time with toImageConfig(...) from
                      @gemini-image/protocol (added as an import)
  --to interactions   also move generateContent image requests (@google/genai
                      generateContent, REST :generateContent) to the Interactions API,
                      with the reads of their answers; what cannot be moved safely stays
                      as it was, with a follow-up (docs/codemod.md)
  --format <f>        text (default) or json (the summary as one JSON object)
  -h, --help          this text

A file that does not parse is "failed" with file:line:column; binary files are skipped.
Files without a Gemini word (gemini, generateContent, imageConfig, @google/genai, ...) are
not parsed, and count as unchanged.

Exit codes: 0 done with nothing left to do, 1 follow-ups remain or files failed,
2 usage error (no paths, a path that does not exist, an unknown model, a --to other
than interactions).`;

/** `gemini-image migrate`: the codemod over a codebase, with a report. */
export const migrateCommand: Command = {
  name: "migrate",
  summary: "rewrite OpenAI-style image requests to Gemini's imageConfig (codemod)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        dry: { type: "boolean", default: false },
        print: { type: "boolean", default: false },
        model: { type: "string" },
        modalities: { type: "string" },
        "keep-model-ids": { type: "boolean", default: false },
        "runtime-helper": { type: "boolean", default: false },
        to: { type: "string" },
        format: { type: "string", default: "text" },
      },
    });
    if (positionals.length === 0) throw new UsageError("name at least one file or folder to migrate.");
    if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}".`);
    if (values.model !== undefined) modelOption(values.model);
    if (values.to !== undefined && !(MIGRATION_TARGETS as readonly string[]).includes(values.to)) {
      throw new UsageError(`--to takes ${MIGRATION_TARGETS.join(", ")} (the API to move requests to), not "${values.to}".`);
    }
    const modalities = values.modalities?.split(",").map((m) => m.trim().toUpperCase());
    const unknown = modalities?.filter((m) => !(RESPONSE_MODALITIES as readonly string[]).includes(m));
    if (unknown && unknown.length > 0) throw new UsageError(`--modalities takes ${RESPONSE_MODALITIES.join(", ")}; not ${unknown.join(", ")}.`);

    // Loaded here, not at start-up: the codemod's parsers would cost every other command their load time.
    const { enableTypeScriptCompileCache, migrate } = await importOptional(() => import("@gemini-image/codemod"), "@gemini-image/codemod", "migrate");
    // TypeScript's compiled code kept on disk, as the bin's module.enableCompileCache() does on Node 22.
    enableTypeScriptCompileCache();
    const summary = await migrate({
      paths: positionals,
      dry: values.dry,
      sources: values.print,
      model: values.model,
      modalities,
      keepModelIds: values["keep-model-ids"],
      runtimeHelper: values["runtime-helper"],
      to: values.to,
    });
    if (summary.missing.length > 0) throw missingPaths(summary.missing);

    if (values.format === "json") io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else await printText(summary, values.print, values.dry, io);
    return summary.failed.length > 0 || summary.followUps.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

async function printText(summary: MigrateSummary, print: boolean, dry: boolean, io: CliIO): Promise<void> {
  const cwd = process.cwd();
  const show = (file: string): string => relative(cwd, file) || file;
  if (print && summary.sources.length > 0) {
    const { createTwoFilesPatch } = await import("diff");
    for (const { file, before, after } of summary.sources) {
      io.stdout.write(createTwoFilesPatch(`a/${show(file)}`, `b/${show(file)}`, before, after, undefined, undefined, { context: 3 }));
    }
  }
  const verb = dry ? "would change" : "changed";
  io.stdout.write(
    `\ngemini-image migrate: ${summary.files} file(s): ${summary.changed.length} ${verb}, ${summary.unchanged} unchanged, ` +
      `${summary.skipped} skipped, ${summary.failed.length} failed\n`,
  );
  for (const file of summary.changed) io.stdout.write(`  ${verb}: ${show(file)}\n`);
  // file:line:column, as compilers print it, so editors and terminals jump to the spot.
  for (const { file, error, line, column } of summary.failed) {
    io.stdout.write(`  failed: ${show(file)}${line === undefined ? "" : `:${line}:${column}`}: ${error}\n`);
  }
  for (const { file, reason } of summary.skippedFiles) io.stdout.write(`  skipped: ${show(file)} (${reason}, not source code)\n`);
  if (summary.followUps.length > 0) {
    io.stdout.write(`\nFollow-ups (${summary.followUps.length}), marked in the code with "// gemini-image(<code>):":\n`);
    for (const f of summary.followUps) io.stdout.write(`  ${show(f.file)}:${f.line}  ${f.message} [${f.code}]\n`);
  }
}
