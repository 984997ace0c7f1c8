import { readFileSync } from "node:fs";
import { FINDING_IDS, aspectRatioFinding, candidateCountFinding, getModel, imageSizeFinding, unconfirmedAspectRatioFinding } from "@gemini-image/protocol";
import { describe, expect, it } from "vitest";
import { RULE_FINDINGS, findingOf } from "../src/findings.js";
import { rules } from "../src/rules/index.js";

// A finding message is the catalog's sentence passed through as `{{message}}` (util/report.ts
// findingData); a suggestion message names its fix in its own words.
const FINDING_TEMPLATE = "{{message}}";

const table: Readonly<Record<string, Readonly<Record<string, string>>>> = RULE_FINDINGS;

describe("RULE_FINDINGS", () => {
  it("lists every rule, and for each exactly its finding messageIds", () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(rules).sort());
    for (const [name, rule] of Object.entries(rules)) {
      const messages: Readonly<Record<string, string>> = rule.meta.messages;
      const findingMessages = Object.keys(messages).filter((id) => messages[id] === FINDING_TEMPLATE);
      expect(Object.keys(table[name]!).sort(), name).toEqual(findingMessages.sort());
    }
  });

  it("maps only to protocol finding ids", () => {
    for (const byMessage of Object.values(table)) {
      for (const id of Object.values(byMessage)) expect(FINDING_IDS).toContain(id);
    }
  });

  it("names the finding each rule actually reports under that messageId", () => {
    // A rule reports a finding in one of three ways: the catalog entry by name
    // (`findingData("<id>", …)`), a protocol check that answers the finding (the value checks
    // shared with the audit, whose ids are asserted below by calling them), or a map from the
    // protocol's finding ids to its messageIds (`"<id>": "<messageId>"`).
    const checks: Readonly<Record<string, string | undefined>> = {
      imageSizeFinding: imageSizeFinding("1k", getModel("gemini-3-pro-image"))?.id,
      aspectRatioFinding: aspectRatioFinding("16x9", getModel("gemini-3-pro-image"))?.id,
      candidateCountFinding: candidateCountFinding(4, getModel("gemini-3-pro-image"))?.id,
      unconfirmedAspectRatioFinding: unconfirmedAspectRatioFinding("1:4", getModel("gemini-3.1-flash-lite-image"))?.id,
      // The locator's checks with their fixes, shared with the codemod, answer these protocol checks' findings.
      imageSizeCheck: imageSizeFinding("1k", getModel("gemini-3-pro-image"))?.id,
      aspectRatioChecks: aspectRatioFinding("16x9", getModel("gemini-3-pro-image"))?.id,
      openAiFieldChecks: candidateCountFinding(4, getModel("gemini-3-pro-image"))?.id,
    };
    for (const [name, byMessage] of Object.entries(table)) {
      const source = readFileSync(new URL(`../src/rules/${name}.ts`, import.meta.url), "utf8");
      for (const [messageId, id] of Object.entries(byMessage)) {
        const byName = new RegExp(`messageId: "${messageId}",\\s*data: findingData\\("${id}"`, "u").test(source);
        const byMap = source.includes(`"${id}": "${messageId}"`);
        const byCheck =
          source.includes(`messageId: "${messageId}"`) &&
          Object.entries(checks).some(([check, checkId]) => checkId === id && source.includes(`${check}(`));
        expect(byName || byMap || byCheck, `${name} ${messageId} → ${id}`).toBe(true);
      }
    }
  });

  it("answers undefined for suggestions and unknown rules", () => {
    expect(findingOf("no-openai-size", "openaiSize")).toBe("openai-size");
    expect(findingOf("no-openai-size", "removeSize")).toBeUndefined();
    expect(findingOf("no-such-rule", "openaiSize")).toBeUndefined();
    expect(findingOf("valid-model-id", "toString")).toBeUndefined();
  });
});
