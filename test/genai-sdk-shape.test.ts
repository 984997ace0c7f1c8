/**
 * Checks the protocol's picture of the `@google/genai` SDK against the SDK's own published
 * types (the installed genai.d.ts), so an SDK release that renames a field fails here first.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  GENAI_PARAMS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  VERTEX_ONLY_IMAGE_CONFIG_FIELDS,
} from "@gemini-image/protocol";

const require = createRequire(import.meta.url);
// The package root: the resolved entry sits in dist/ (or a subfolder of it).
const entry = require.resolve("@google/genai");
const genaiDir = entry.slice(0, entry.lastIndexOf("/dist/"));
const source = ts.createSourceFile("genai.d.ts", readFileSync(join(genaiDir, "dist", "genai.d.ts"), "utf8"), ts.ScriptTarget.Latest);

/** The property names of an exported interface in genai.d.ts. */
function interfaceMembers(name: string): string[] {
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) {
      return statement.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : []));
    }
  }
  throw new Error(`genai.d.ts has no interface ${name}`);
}

describe("@google/genai types agree with the protocol's field catalog", () => {
  it("takes { model, contents, config } and has no generationConfig parameter", () => {
    const params = interfaceMembers("GenerateContentParameters");
    expect(params).toEqual(expect.arrayContaining([...GENAI_PARAMS.fields]));
    expect(params).not.toContain("generationConfig");
  });

  it("accepts every generationConfig field of the catalog inside config", () => {
    const config = interfaceMembers("GenerateContentConfig");
    // responseFormat is an UNCONFIRMED newer REST spelling; the SDK need not have it.
    const expected = GENERATION_CONFIG_FIELDS.filter((f) => f !== "responseFormat");
    expect(expected.filter((f) => !config.includes(f))).toEqual([]);
    expect(GENAI_PARAMS.extraConfigFields.filter((f) => !config.includes(f))).toEqual([]);
  });

  it("types imageConfig with the Gemini fields, and the Vertex-only ones the Gemini API rejects", () => {
    const imageConfig = interfaceMembers("ImageConfig");
    expect(imageConfig).toEqual(expect.arrayContaining([...IMAGE_CONFIG_FIELDS, ...VERTEX_ONLY_IMAGE_CONFIG_FIELDS]));
  });
});
