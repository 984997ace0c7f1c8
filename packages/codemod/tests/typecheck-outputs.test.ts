import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SDK_REQUEST_TYPES } from "@gemini-image/protocol";
import fc from "fast-check";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { migrateSource } from "../src/migrate-source.js";
import { compilingRequest, type CompilingKind } from "./request-literals.js";

const FIXTURES = fileURLToPath(new URL("../__testfixtures__/", import.meta.url));
// Fixtures written against @google/genai or @google/generative-ai; their outputs must compile against the real types.
const SDK_FIXTURES = ["genai-sdk", "genai-chat", "runtime-helper", "already-migrated", "legacy-typed", "typed-annotations", "text-models", "interactions"];
// Inputs that compile: what the codemod writes into them must keep them compiling.
const COMPILING_INPUTS = ["legacy-typed", "typed-annotations", "already-migrated"];

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

/** Type errors of `text` compiled as a module inside this package (so node_modules resolve). */
function typeErrors(name: string, text: string): string[] {
  const file = project.createSourceFile(fileURLToPath(new URL(`../tests/.typecheck-${name}.mts`, import.meta.url)), text, { overwrite: true });
  return file.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n"));
}

describe("codemod outputs type-check against the SDKs' declarations", () => {
  it.each(SDK_FIXTURES)("%s.output.ts compiles", (name) => {
    expect(typeErrors(name, readFileSync(`${FIXTURES}${name}.output.ts`, "utf8"))).toEqual([]);
  });

  // `--to interactions`: the moved calls compile against `CreateModelInteraction` and `Interaction`.
  it.each(["genai-sdk", "follow-ups", "untouched"])("to-interactions/%s.output.ts compiles", (name) => {
    expect(typeErrors(`to-interactions-${name}`, readFileSync(`${FIXTURES}to-interactions/${name}.output.ts`, "utf8"))).toEqual([]);
  });

  it("the moved SDK fixture would not compile with a generateContent read left in it", () => {
    const moved = readFileSync(`${FIXTURES}to-interactions/genai-sdk.output.ts`, "utf8");
    expect(typeErrors("to-interactions-broken", moved.replace("response.output_text", "response.text")).join("\n")).toMatch(/'text' does not exist/u);
  });

  it.each(COMPILING_INPUTS)("%s.input.ts compiles too", (name) => {
    expect(typeErrors(`${name}-input`, readFileSync(`${FIXTURES}${name}.input.ts`, "utf8"))).toEqual([]);
  });

  it("flags only the size the codemod left with a follow-up in non-literal-size", () => {
    const errors = typeErrors("non-literal-size", readFileSync(`${FIXTURES}non-literal-size.output.ts`, "utf8"));
    expect(errors).toEqual(["Object literal may only specify known properties, and 'size' does not exist in type 'GenerateContentConfig'."]);
  });

  it("while the OpenAI-style input does not (the checker sees what the SDK would ignore)", () => {
    const errors = typeErrors("genai-sdk-input", readFileSync(`${FIXTURES}genai-sdk.input.ts`, "utf8"));
    expect(errors.join("\n")).toMatch(/'size' does not exist/u);
  });

  it("leaves follow-ups where the edit would not compile: the legacy SDK, a narrow local type, a cast, a typed parameter", () => {
    // An image model alone asks for nothing, so the compiling legacy fixture is left alone...
    const fixture = readFileSync(`${FIXTURES}legacy-typed.input.ts`, "utf8");
    expect(migrateSource(fixture, "legacy-typed.ts").followUps).toEqual([]);
    // ...while an imageConfig that asks for responseModalities gets a follow-up, never the edit.
    const asking = fixture.replace("temperature: 0.4 }", 'temperature: 0.4, imageConfig: { aspectRatio: "16:9" } }');
    const { followUps } = migrateSource(asking, "legacy-typed.ts");
    expect(followUps.map((f) => f.code)).toEqual(["undeclared-field"]);
    expect(followUps[0]!.message).toContain("`GenerationConfig` (@google/generative-ai 0.24.1 dist/generative-ai.d.ts) declares no `responseModalities`");
    const typed = migrateSource(readFileSync(`${FIXTURES}typed-annotations.input.ts`, "utf8"), "typed-annotations.ts");
    expect(typed.followUps.map((f) => f.line)).toEqual([21, 31, 36]);
  });

  it("the edit the follow-up stands for would indeed not compile (TS2353), and compiles in plain JS", () => {
    const fixture = readFileSync(`${FIXTURES}legacy-typed.input.ts`, "utf8");
    const legacy = fixture.replace("temperature: 0.4 }", 'temperature: 0.4, responseModalities: ["IMAGE"] }');
    expect(typeErrors("legacy-edited", legacy)).toEqual([
      "Object literal may only specify known properties, and 'responseModalities' does not exist in type 'GenerationConfig'.",
    ]);
    // Untyped JavaScript gets the edit: the legacy SDK sends generationConfig on as it is.
    const js = fixture
      .replace('process.env.GEMINI_API_KEY ?? ""', "process.env.GEMINI_API_KEY")
      .replace("prompt: string", "prompt")
      .replace("temperature: 0.4 }", 'temperature: 0.4, imageConfig: { aspectRatio: "16:9" } }');
    expect(migrateSource(js, "legacy.js").output).toContain('generationConfig: { temperature: 0.4, imageConfig: { aspectRatio: "16:9" }, responseModalities: ["IMAGE"] }, // calm');
    expect(migrateSource(`// @ts-check\n${js}`, "legacy.js").followUps.map((f) => f.code)).toContain("undeclared-field");
  });
});

describe("SDK_REQUEST_TYPES (protocol) against the installed declarations", () => {
  const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));
  const declarations = {
    "@google/generative-ai": project.addSourceFileAtPath(`${modules}@google/generative-ai/dist/generative-ai.d.ts`),
    "@google/genai": project.addSourceFileAtPath(`${modules}@google/genai/dist/genai.d.ts`),
  } as const;

  it.each(Object.values(SDK_REQUEST_TYPES).map((t) => [t.name, t] as const))("%s lists every field the SDK declares, and no other", (_name, type) => {
    const file = declarations[type.package as keyof typeof declarations];
    const declared = file.getInterface(type.name) ?? file.getTypeAlias(type.name);
    expect(declared, type.name).toBeDefined();
    const names = declared!.getType().getProperties().map((p) => p.getName());
    expect(Object.keys(type.fields).sort()).toEqual(names.sort());
    for (const [field, child] of Object.entries(type.fields)) if (child) expect(SDK_REQUEST_TYPES[child], `${type.name}.${field}`).toBeDefined();
  });
});

describe("generated requests that compile still compile after migrate (fast-check, ts-morph)", () => {
  // Each check type-checks against the SDKs' declarations, so few runs; the seed is fixed as in properties.test.ts.
  const seed = Number(process.env.GEMINI_IMAGE_FC_SEED ?? 20261130);
  const numRuns = Number(process.env.GEMINI_IMAGE_FC_TYPED_RUNS ?? 4);

  it.each<CompilingKind>(["genai", "legacy", "rest-typed"])("%s", (kind) => {
    fc.assert(
      fc.property(compilingRequest(kind), fc.constantFrom({}, { model: "gemini-3.1-flash-image" }), (text, options) => {
        const { output } = migrateSource(text, "request.ts", options);
        expect(typeErrors(`generated-${kind}`, output), output).toEqual([]);
      }),
      { seed, numRuns },
    );
  });
});
