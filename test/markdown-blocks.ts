/**
 * The fenced code blocks of the documentation, read by the convention in docs/development.md
 * ("Code blocks in the docs"): `js`, `ts` and `sh` blocks run unless their info string says
 * `no-run: <reason>`; every other language is shown, not run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./pack.js";

/** Languages whose blocks the user-path test runs. */
export const RUNNABLE = ["js", "ts", "sh"] as const;
export type RunnableLanguage = (typeof RUNNABLE)[number];

/**
 * Spellings of the runnable languages that would let a block dodge the test; a block must use the
 * short tag instead.
 */
export const REFUSED_TAGS: Readonly<Record<string, RunnableLanguage>> = {
  javascript: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  typescript: "ts",
  mts: "ts",
  tsx: "ts",
  bash: "sh",
  shell: "sh",
  zsh: "sh",
};

/** One fenced block: where it is, its info string read, and its text. */
export interface CodeBlock {
  /** Path relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The info string's first word ("" when the fence has none). */
  readonly lang: string;
  /** The info string's other words. */
  readonly words: readonly string[];
  /** The text after `no-run`, or undefined when the block is not marked. */
  readonly noRun: string | undefined;
  /** `exit=N` on a `sh` block: the exit code every command must give. */
  readonly exit: number | undefined;
  /** The nearest heading above the block. */
  readonly heading: string;
  /** The block's text, its fence's indentation removed. */
  readonly code: string;
}

/** `file:line (lang)`, the block's name in test output. */
export function blockName(block: CodeBlock): string {
  return `${block.file}:${block.line} (${block.lang || "no language"})`;
}

/** The fenced blocks of one Markdown text (backtick and tilde fences, indented ones in lists too). */
export function parseCodeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  let heading = "";
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? "";
    const title = /^#{1,6}\s+(.*)$/u.exec(text);
    if (title) heading = title[1] ?? "";
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/u.exec(text);
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    // CommonMark: a backtick fence's info string holds no backtick; such a line is no fence, and
    // what follows it is shown as text. Kept as a block with no language, so the test names it.
    if (fence.startsWith("`") && info.includes("`")) {
      blocks.push({ file, line: index + 1, lang: "", words: [], noRun: undefined, exit: undefined, heading, code: "" });
      continue;
    }
    const body: string[] = [];
    let end = index + 1;
    const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`, "u");
    while (end < lines.length && !close.test(lines[end] ?? "")) {
      const line = lines[end] ?? "";
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
      end++;
    }
    const [lang = "", ...words] = info.trim().split(/\s+/u).filter(Boolean);
    const noRunAt = info.indexOf("no-run");
    const exit = words.find((word) => /^exit=\d+$/u.test(word));
    blocks.push({
      file,
      line: index + 1,
      lang,
      words,
      noRun: noRunAt === -1 ? undefined : info.slice(noRunAt + "no-run".length).replace(/^[:\s]+/u, "").trim(),
      exit: exit === undefined ? undefined : Number(exit.slice("exit=".length)),
      heading,
      code: `${body.join("\n")}\n`,
    });
    index = end;
  }
  return blocks;
}

/** The documentation a user reads: the root README, every package README and `docs/*.md`. */
export function documentationFiles(): string[] {
  const packages = readdirSync(join(ROOT, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}/README.md`)
    .filter((file) => {
      try {
        readFileSync(join(ROOT, file));
        return true;
      } catch {
        return false;
      }
    });
  const docs = readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`);
  return ["README.md", ...packages.sort(), ...docs.sort()];
}

/** Every fenced block of the documentation. */
export function documentationBlocks(): CodeBlock[] {
  return documentationFiles().flatMap((file) => parseCodeBlocks(readFileSync(join(ROOT, file), "utf8"), file));
}

/** Whether the convention runs the block. */
export function isRunnable(block: CodeBlock): block is CodeBlock & { lang: RunnableLanguage } {
  return (RUNNABLE as readonly string[]).includes(block.lang) && block.noRun === undefined;
}

/** One command of a `sh` block: its text without the trailing comment. */
export interface ShellCommand {
  readonly text: string;
  /** `npm install` / `npm i`: the packages it names (flags left out). */
  readonly installs?: readonly string[];
}

/**
 * The commands of a `sh` block: one per line, `#` comments and blank lines dropped. A `#` inside
 * single quotes (a JSON body piped in) is not a comment.
 */
export function shellCommands(code: string): ShellCommand[] {
  return code
    .split("\n")
    .map((line) => stripComment(line).trim())
    .filter(Boolean)
    .map((text) => {
      const install = /^npm (?:install|i)\s+(.*)$/u.exec(text);
      if (!install) return { text };
      return { text, installs: (install[1] ?? "").split(/\s+/u).filter((word) => word && !word.startsWith("-")) };
    });
}

function stripComment(line: string): string {
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === "'") quoted = !quoted;
    else if (char === "#" && !quoted && (index === 0 || /\s/u.test(line[index - 1] ?? ""))) return line.slice(0, index);
  }
  return line;
}

/**
 * The command forms a runnable `sh` block may hold: an `npm install` of packages, `npx <bin> …`,
 * or `echo '<text>' | npx <bin> …`. Anything else (pnpm in a checkout, other tools) is marked
 * `no-run` with its reason.
 */
export const COMMAND_FORM = /^(?:npm (?:install|i) [^;&|`$]+|(?:echo '[^']*' \| )?npx [\w@/.-]+(?: [^;&|`$]*)?)$/u;

/**
 * Makes the values a block shows checkable: `console.log(x); // value` becomes
 * `__docExpect(line, "value", x)`, and a `console.log(x);` followed by `//` lines becomes
 * `__docExpectText(line, "those lines", x)` (the text printed, line for line).
 * test/fixtures/run-blocks.mjs compares them, so what a README says a call prints is what it prints.
 */
export function checkPrintedValues(code: string): string {
  const lines = code.split("\n");
  return lines
    .map((line, index) => {
      const printed = /^(.*?)\bconsole\.log\((.*\);)\s*\/\/\s*(.+)$/u.exec(line);
      if (printed) {
        const [, before = "", call = "", comment = ""] = printed;
        return `${before}__docExpect(${index + 1}, ${JSON.stringify(comment.trim())}, ${call}`;
      }
      const bare = /^(.*?)\bconsole\.log\((.*\);)\s*$/u.exec(line);
      const below: string[] = [];
      for (let next = index + 1; /^\s*\/\/( |$)/u.test(lines[next] ?? ""); next++) below.push((lines[next] ?? "").replace(/^\s*\/\/ ?/u, ""));
      if (!bare || below.length === 0) return line;
      const [, before = "", call = ""] = bare;
      return `${before}__docExpectText(${index + 1}, ${JSON.stringify(below.join("\n"))}, ${call}`;
    })
    .join("\n");
}
