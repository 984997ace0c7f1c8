import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";

const FIXTURES = fileURLToPath(new URL("../__testfixtures__/", import.meta.url));
// Fixtures written against @google/genai; their outputs must compile against its real types.
const SDK_FIXTURES = ["genai-sdk", "genai-chat", "runtime-helper", "already-migrated", "text-models"];

/** Type errors of `text` compiled as a module inside this package (so node_modules resolve). */
function typeErrors(name: string, text: string): string[] {
  const project = new Project({
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      noEmit: true,
      skipLibCheck: true,
    },
    skipAddingFilesFromTsConfig: true,
  });
  const file = project.createSourceFile(fileURLToPath(new URL(`../tests/.typecheck-${name}.mts`, import.meta.url)), text, { overwrite: true });
  return file.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n"));
}

describe("codemod outputs type-check against @google/genai", () => {
  it.each(SDK_FIXTURES)("%s.output.ts compiles", (name) => {
    expect(typeErrors(name, readFileSync(`${FIXTURES}${name}.output.ts`, "utf8"))).toEqual([]);
  });

  it("flags only the size the codemod left with a follow-up in non-literal-size", () => {
    const errors = typeErrors("non-literal-size", readFileSync(`${FIXTURES}non-literal-size.output.ts`, "utf8"));
    expect(errors).toEqual(["Object literal may only specify known properties, and 'size' does not exist in type 'GenerateContentConfig'."]);
  });

  it("while the OpenAI-style input does not (the checker sees what the SDK would ignore)", () => {
    const errors = typeErrors("genai-sdk-input", readFileSync(`${FIXTURES}genai-sdk.input.ts`, "utf8"));
    expect(errors.join("\n")).toMatch(/'size' does not exist/u);
  });
});
