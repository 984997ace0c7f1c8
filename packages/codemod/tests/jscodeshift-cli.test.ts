import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const JSCODESHIFT = require.resolve("jscodeshift/bin/jscodeshift.js");
const TRANSFORM = fileURLToPath(new URL("../dist/transform.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../__testfixtures__/", import.meta.url));

describe("the real jscodeshift CLI", () => {
  it("runs the built transform over files, as `npx jscodeshift -t` does", () => {
    const dir = mkdtempSync(join(tmpdir(), "jscodeshift-cli-"));
    const cases = ["seed-server.input.js", "genai-sdk.input.ts", "not-gemini.input.ts", "react-handler.input.tsx"];
    for (const name of cases) copyFileSync(join(FIXTURES, name), join(dir, name));
    const result = spawnSync(process.execPath, [JSCODESHIFT, "-t", TRANSFORM, "--extensions=js,ts,tsx", "--no-babel", dir], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 errors/u);
    expect(result.stdout).toMatch(/3 ok/u);
    expect(result.stdout).toMatch(/1 unmodified/u);
    for (const name of cases) {
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(readFileSync(join(FIXTURES, name.replace(".input.", ".output.")), "utf8"));
    }
  });

  it("takes --to=interactions as `npx jscodeshift -t <transform> --to=interactions` passes it", () => {
    const dir = mkdtempSync(join(tmpdir(), "jscodeshift-to-"));
    const cases = ["genai-sdk.input.ts", "rest.input.mjs", "untouched.input.ts"];
    for (const name of cases) copyFileSync(join(FIXTURES, "to-interactions", name), join(dir, name));
    const result = spawnSync(process.execPath, [JSCODESHIFT, "-t", TRANSFORM, "--extensions=mjs,ts", "--no-babel", "--to=interactions", dir], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/2 ok/u);
    for (const name of cases) {
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(readFileSync(join(FIXTURES, "to-interactions", name.replace(".input.", ".output.")), "utf8"));
    }
  });
});
