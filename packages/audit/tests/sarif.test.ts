import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FINDING_IDS } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import { audit, toSarif } from "../src/index.ts";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

describe("toSarif", () => {
  it("has one rule per catalog id, indexed by its results, and a result per finding", () => {
    const report = audit({ paths: [fixture("untyped")], cwd: fixture("untyped"), types: false });
    const [run] = toSarif(report, "1.2.3").runs;
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(FINDING_IDS);
    expect(run?.results.map((result) => `${result.ruleId} ${run.tool.driver.rules[result.ruleIndex]?.id}`)).toEqual([
      "invalid-aspect-ratio invalid-aspect-ratio",
      "unknown-model unknown-model",
    ]);
    expect(run?.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "src/app.js", uriBaseId: "%SRCROOT%" },
      region: { startLine: 7, startColumn: 125 },
    });
    expect(run?.invocations[0]?.toolExecutionNotifications).toEqual([]);
  });

  it("names files that do not parse, in the report and as SARIF notifications", () => {
    // Written here rather than kept as a fixture: the repository's own lint would fail on it.
    const dir = mkdtempSync(join(tmpdir(), "audit-broken-"));
    writeFileSync(join(dir, "broken.js"), 'ai.models.generateContent({ model: "gemini-3-pro-image", contents: "x"\n');
    writeFileSync(join(dir, "good.js"), 'export const draw = () => ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a cat" });\n');
    const report = audit({ paths: [dir], cwd: dir, types: false });
    expect(report.unreadable.map((file) => file.file)).toEqual(["broken.js"]);
    expect(report.calls.map((call) => call.file)).toEqual(["good.js"]);
    const notes = toSarif(report, "1.2.3").runs[0]?.invocations[0]?.toolExecutionNotifications;
    expect(notes).toMatchObject([{ level: "warning", message: { text: expect.stringContaining("broken.js: not parsed") } }]);
  });
});
