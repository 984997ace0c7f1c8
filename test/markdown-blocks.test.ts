/**
 * The reading of the code-block convention (docs/development.md, "Code blocks in the docs") that
 * test/user-path.test.ts relies on: which blocks run, what no-run and exit= say, which commands a
 * sh block may hold, and how printed values become checks.
 */
import { describe, expect, it } from "vitest";
import { COMMAND_FORM, checkPrintedValues, isRunnable, parseCodeBlocks, shellCommands } from "./markdown-blocks.js";

const FENCE = "```";
const markdown = [
  "# Title",
  `${FENCE}js`,
  'import { x } from "y";',
  FENCE,
  "## Shell",
  `${FENCE}sh exit=1`,
  "npx gemini-image check body.json   # one body",
  FENCE,
  `${FENCE}ts no-run: a fragment (app is yours)`,
  "app.use(guard);",
  FENCE,
  "- a list item:",
  "",
  `  ${FENCE}json`,
  '  { "a": 1 }',
  `  ${FENCE}`,
  `${FENCE}console`,
  "$ gemini-image sizes",
  FENCE,
  `${FENCE} \`inline\` code, not a fence`,
  "text",
].join("\n");

describe("parseCodeBlocks", () => {
  const blocks = parseCodeBlocks(markdown, "doc.md");

  it("finds every fence with its line, language, heading and text (indented ones unindented)", () => {
    expect(blocks.map((b) => [b.line, b.lang, b.heading])).toEqual([
      [2, "js", "Title"],
      [6, "sh", "Shell"],
      [9, "ts", "Shell"],
      [14, "json", "Shell"],
      [17, "console", "Shell"],
      [20, "", "Shell"],
    ]);
    expect(blocks[3]?.code).toBe('{ "a": 1 }\n');
  });

  it("reads no-run with its reason and exit=N, and runs only js, ts and sh blocks not marked", () => {
    expect(blocks[1]?.exit).toBe(1);
    expect(blocks[2]?.noRun).toBe("a fragment (app is yours)");
    expect(blocks.filter(isRunnable).map((b) => b.line)).toEqual([2, 6]);
  });

  it("keeps a fence line with a backtick in its info string as a block without language", () => {
    // GitHub shows what follows as text, so the convention test must name the line.
    expect(blocks[5]).toMatchObject({ line: 20, lang: "" });
  });
});

describe("shell commands", () => {
  it("drops comments and blank lines, but not a # inside a quoted body, and reads npm install's packages", () => {
    expect(shellCommands("npm install --save-dev eslint eslint-plugin-gemini-image\n\n# why\necho '{\"a\":\"#1\"}' | npx gemini-image check -   # stdin\n")).toEqual([
      { text: "npm install --save-dev eslint eslint-plugin-gemini-image", installs: ["eslint", "eslint-plugin-gemini-image"] },
      { text: "echo '{\"a\":\"#1\"}' | npx gemini-image check -" },
    ]);
  });

  it("accepts npm install, npx and echo | npx, and nothing else", () => {
    const accepted = ["npm i @gemini-image/cli", "npx gemini-image sizes 1792x1024", "echo '{}' | npx gemini-image check -"];
    const refused = ["pnpm exec gemini-image sizes", "gemini-image sizes", "npx gemini-image sizes && rm -rf src", "node script.js", "npx foo; curl x"];
    expect(accepted.filter((text) => !COMMAND_FORM.test(text))).toEqual([]);
    expect(refused.filter((text) => COMMAND_FORM.test(text))).toEqual([]);
  });
});

describe("checkPrintedValues", () => {
  it("turns a console.log with a value comment, and one with output lines under it, into checks", () => {
    const code = ['console.log(a.b, c); // "x" 1', "if (ok) console.log(list); // [\"y\"]", "console.log(text);", "// line one", "//   two", "other();"].join("\n");
    expect(checkPrintedValues(code).split("\n")).toEqual([
      '__docExpect(1, "\\"x\\" 1", a.b, c);',
      'if (ok) __docExpect(2, "[\\"y\\"]", list);',
      '__docExpectText(3, "line one\\n  two", text);',
      "// line one",
      "//   two",
      "other();",
    ]);
  });

  it("leaves a console.log without comment alone", () => {
    expect(checkPrintedValues("console.log(x);\nnext();")).toBe("console.log(x);\nnext();");
  });
});
