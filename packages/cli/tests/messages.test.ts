import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runMain } from "./run-cli.js";

// What a person sees for the common mistakes: the first from the real binary (stderr alone, as
// a terminal shows it), the rest from the CLI's main in this process.

describe("messages for mistyped commands and options", () => {
  it("suggests the flag meant, in one line plus where to read more, exit 2", async () => {
    const { status, stderr } = runCli(["check", "--modle", "gemini-3-pro-image", "a.json"]);
    expect(status).toBe(2);
    expect(stderr).toBe('gemini-image check: unknown option --modle; did you mean --model?\nRun "gemini-image check --help" for its options.\n');
    expect((await runMain(["migrate", "--dyr", "src"])).stderr).toContain("unknown option --dyr; did you mean --dry?");
    expect((await runMain(["check", "--rep", "a.json"])).stderr).toContain("unknown option --rep; did you mean --repair?");
    expect((await runMain(["serve", "--prot", "8080"])).stderr).toContain("unknown option --prot; did you mean --port?");
  });

  it("lists the options when nothing is close, and never leaves a quote open", async () => {
    const { status, stderr } = await runMain(["sizes", "-x"]);
    expect(status).toBe(2);
    expect(stderr).toContain("unknown option -x. sizes takes --model, --format, -h, --help.");
    expect(stderr).not.toMatch(/'--|To specify a positional argument/u);
  });

  it("says what a flag without its value needs, and that a switch takes none", async () => {
    expect((await runMain(["check", "a.json", "--model"])).stderr).toContain("--model needs a value: write --model <id>.");
    expect((await runMain(["check", "--repair=yes", "a.json"])).stderr).toContain("--repair takes no value.");
    expect((await runMain(["serve", "extra"])).stderr).toContain('serve takes no arguments besides its options, and "extra" is not one of them.');
  });

  it("suggests the command meant", async () => {
    const { status, stderr } = await runMain(["chek", "a.json"]);
    expect(status).toBe(2);
    expect(stderr).toBe('gemini-image: unknown command "chek". Did you mean "check"?\n');
    expect((await runMain(["--verison"])).stderr).toContain('unknown option "--verison". Did you mean --version?');
    expect((await runMain(["frobnicate"])).stderr).toContain('unknown command "frobnicate". Commands: sizes, models, check, migrate, audit, serve.');
  });
});

describe("messages for inputs that hold no body", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-messages-"));
  mkdirSync(join(dir, "bodies"));
  writeFileSync(join(dir, "empty.json"), "\n");

  it("gives a folder, a missing path and an empty file or stdin one plain sentence each, exit 2", async () => {
    const cases: [string[], string | undefined, string][] = [
      [["check", join(dir, "bodies")], undefined, `${join(dir, "bodies")} is a folder; name the files in it instead (for example ${join(dir, "bodies")}/*.json).`],
      [["check", join(dir, "nope.json")], undefined, `${join(dir, "nope.json")} does not exist.`],
      [["check", join(dir, "empty.json")], undefined, `${join(dir, "empty.json")} is empty: there is no request body in it.`],
      [["check", "-"], "  \n", "stdin is empty: there is no request body in it."],
    ];
    for (const [args, input, sentence] of cases) {
      const { status, stdout, stderr } = await runMain(args, input);
      expect(status, sentence).toBe(2);
      expect(stderr).toBe(`gemini-image check: ${sentence}\n`);
      expect(stdout).toBe("");
    }
  });

  it("shows invalid JSON at file:line:column with the line and a caret", async () => {
    const file = join(dir, "trailing.json");
    writeFileSync(file, '{\n  "contents": [{ "parts": [{ "text": "a cat" }] }],\n}\n');
    const { status, stdout } = await runMain(["check", file]);
    expect(status).toBe(1);
    expect(stdout).toContain('it is not valid JSON: a comma before "}" (JSON has no trailing commas) at line 2, column 51.');
    expect(stdout).toContain(`  at ${file}:2:51\n    2 |   "contents": [{ "parts": [{ "text": "a cat" }] }],\n      |                                                   ^\n`);
  });
});
