/**
 * The codemod over every JS/TS file of the installed packages (code nobody here wrote): it
 * must never fail, and must change nothing, since none of these files sends a Gemini image
 * request with OpenAI habits (the SDKs' own request builders included).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mayContainGeminiRequest, migrateSource } from "@gemini-image/codemod";
import { listCorpusFiles } from "./corpus.js";

describe("codemod on real code", () => {
  it("fails on no file and changes none", { timeout: 600_000 }, () => {
    const files = listCorpusFiles();
    const failed: string[] = [];
    const changed: string[] = [];
    let parsed = 0;
    for (const file of files) {
      const text = readFileSync(file.path, "utf8");
      if (!file.declaration && mayContainGeminiRequest(text)) parsed++;
      try {
        if (migrateSource(text, file.path).changed) changed.push(file.relativePath);
      } catch (error) {
        failed.push(`${file.packageName}/${file.relativePath}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(20_000);
    // The prefilter must still let the Gemini SDKs' own sources through to the parser.
    expect(parsed).toBeGreaterThan(20);
    expect(failed).toEqual([]);
    expect(changed).toEqual([]);
  });
});
