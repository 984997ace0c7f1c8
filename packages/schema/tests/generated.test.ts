import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ALL_ASPECT_RATIOS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  IMAGE_SIZES,
  INTERACTIONS_REQUEST_FIELDS,
  MODELS,
  REQUEST_FIELDS,
  RESPONSE_MODALITIES,
} from "@gemini-image/protocol";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const schemaText = readFileSync(`${packageDir}gemini-generate-content.schema.json`, "utf8");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document read key by key
const schema = JSON.parse(schemaText) as Record<string, any>;
const validatorsSource = readFileSync(`${packageDir}src/generated/validators.ts`, "utf8");
/** Every file the generator writes. */
const GENERATED_FILES = [
  "gemini-generate-content.schema.json",
  "src/generated/validators.ts",
  "src/generated/types.ts",
  "gemini-interactions.schema.json",
  "src/generated/interactions-validators.ts",
];

describe("the generated schema file", () => {
  it("is JSON Schema 2020-12 with an $id and says it is generated", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\/.+\/gemini-generate-content\.schema\.json$/);
    expect(Object.keys(schema)[0]).toBe("$comment");
    expect(schema.$comment).toMatch(/^generated, do not edit/);
  });

  it("takes its fields and enumerations from the protocol catalogs", () => {
    expect(Object.keys(schema.properties)).toEqual([...REQUEST_FIELDS]);
    expect(schema.required).toEqual(["contents"]);
    const generationConfig = schema.$defs.generationConfig;
    expect(Object.keys(generationConfig.properties)).toEqual([...GENERATION_CONFIG_FIELDS]);
    // Any letter case passes the schema (UNCONFIRMED at Google); the validator warns.
    const modality = new RegExp(generationConfig.properties.responseModalities.items.pattern as string, "u");
    for (const value of RESPONSE_MODALITIES) {
      expect(modality.test(value) && modality.test(value.toLowerCase())).toBe(true);
    }
    expect(modality.test("PICTURE")).toBe(false);
    expect(schema.$defs.imageConfig.properties.imageSize.enum).toEqual([...IMAGE_SIZES]);
    expect(schema.$defs.imageConfig.properties.aspectRatio.enum).toEqual([...ALL_ASPECT_RATIOS]);
  });

  it("has a schema per live model with that model's sets", () => {
    const pro = schema.$defs["model-gemini-3-pro-image"];
    expect(pro.$ref).toBe("#");
    const imageConfig = pro.properties.generationConfig.properties.imageConfig.properties;
    expect(imageConfig.imageSize.enum).toEqual(MODELS["gemini-3-pro-image"].imageSizes);
    expect(imageConfig.aspectRatio.enum).toEqual(MODELS["gemini-3-pro-image"].aspectRatios);
    expect(schema.$defs["model-gemini-2.5-flash-image-preview"]).toBeUndefined();
  });

  it("is what the generator writes today (the check mode passes)", () => {
    const result = spawnSync(process.execPath, ["scripts/generate.mjs", "--check"], { cwd: packageDir, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("check mode fails, naming the file, when an output is stale", () => {
    const copy = mkdtempSync(join(tmpdir(), "schema-check-"));
    mkdirSync(join(copy, "src/generated"), { recursive: true });
    for (const file of GENERATED_FILES) {
      copyFileSync(`${packageDir}${file}`, join(copy, file));
    }
    const check = () => spawnSync(process.execPath, ["scripts/generate.mjs", "--check", "--dir", copy], { cwd: packageDir, encoding: "utf8" });
    expect(check().status).toBe(0);
    writeFileSync(join(copy, "gemini-generate-content.schema.json"), schemaText.replace('"4K"', '"8K"'));
    const stale = check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("gemini-generate-content.schema.json is stale");
    writeFileSync(join(copy, "src/generated/interactions-validators.ts"), "// generated, do not edit\n");
    expect(check().stderr).toContain("interactions-validators.ts is stale");
  });

  it("loads in a plain ajv: other tools can use the file as is", () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate({ contents: [{ parts: [{ text: "a cat" }] }] })).toBe(true);
    expect(validate({ contents: [{ parts: [{ text: "a cat" }] }], size: "1024x1024" })).toBe(false);
    const pro = ajv.getSchema(`${schema.$id as string}#/$defs/model-gemini-3-pro-image`)!;
    const body = { contents: [{ parts: [{ text: "x" }] }], generationConfig: { imageConfig: { imageSize: "512" } } };
    expect(validate(body)).toBe(true);
    expect(pro(body)).toBe(false);
  });
});

const python = spawnSync("python3", ["-c", "import jsonschema"], { encoding: "utf8" });

describe("the schema file in Python's jsonschema", () => {
  // Other languages load the committed file by path; jsonschema is the common Python validator.
  it.skipIf(python.status !== 0)("validates good and bad bodies", () => {
    const script = [
      "import json, sys, jsonschema",
      "schema = json.load(open(sys.argv[1]))",
      "jsonschema.Draft202012Validator.check_schema(schema)",
      "v = jsonschema.Draft202012Validator(schema)",
      "good = {'contents': [{'parts': [{'inline_data': {'mime_type': 'image/png', 'data': 'iVBORw0KGgo='}}, {'text': 'x'}]}]}",
      "bad = {'contents': [{'parts': [{'text': 'x'}]}], 'size': '1024x1024'}",
      "print(json.dumps([v.is_valid(good), v.is_valid(bad)]))",
    ].join("\n");
    const result = spawnSync("python3", ["-c", script, `${packageDir}gemini-generate-content.schema.json`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([true, false]);
  });
});

describe("the standalone validators", () => {
  it("start with the generated marker and never build code at run time", () => {
    expect(validatorsSource.startsWith("// generated, do not edit")).toBe(true);
    expect(validatorsSource).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });

  it("run in a plain node ESM process (not only under vitest), through the built entry point", () => {
    // The validators ship inside the package's bundled entry (scripts/bundle.mjs); a model's
    // sets apply only when the model is known.
    const script = `
      import { validate } from "./dist/index.js";
      const good = { contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] } };
      const bad = { ...good, generationConfig: { ...good.generationConfig, imageConfig: { imageSize: "512" } } };
      const codes = (result) => result.findings.map((f) => [f.code, f.path]);
      console.log(JSON.stringify([codes(validate(good)), codes(validate(bad)), codes(validate(bad, { model: "gemini-3-pro-image" }))]));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([[], [], [["invalid-image-size", "/generationConfig/imageConfig/imageSize"]]]);
  });

  it("build no code at run time in what ships either (the bundled entry point)", () => {
    const built = readFileSync(`${packageDir}dist/index.js`, "utf8");
    expect(built).toContain("gemini-3-pro-image");
    expect(built).not.toMatch(/new Function|\beval\(/);
  });

  it("validate, repair and the guard's core need no Node globals (edge runtimes)", () => {
    // Node's own Request needs Buffer, so the fetch wrapper is tested in guard.test.ts; its
    // code beyond check() uses only Request, Response and Headers.
    const script = `
      delete globalThis.Buffer;
      delete globalThis.process;
      const { validate, repair, createGuard } = await import("./dist/index.js");
      const body = { contents: [{ parts: [{ inlineData: { mimeType: "image/jpeg", data: "iVBORw0KGgoAAAANSUhEUg==" } }] }] };
      const guard = createGuard({ mode: "reject", log: false });
      const decision = guard.check(JSON.stringify(body), { url: "/v1beta/models/gemini-3-pro-image:generateContent" });
      console.log(JSON.stringify([validate(body).findings.map((f) => f.code), repair(body).changes.length, decision.status]));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([["mime-type-mismatch"], 1, 400]);
  });

  it("export the schema file as <package>/schema.json for JSON imports", () => {
    const script = `import schema from "@gemini-image/schema/schema.json" with { type: "json" }; console.log(schema.$id);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(out.trim()).toBe(schema.$id);
  });

  it("serve the package entry point in plain node too", () => {
    const script = `
      import { validate } from "./dist/index.js";
      const result = validate({ contents: [{ parts: [{ text: "x" }] }], size: "1024x1024" }, { model: "gemini-3-pro-image" });
      console.log(JSON.stringify(result.findings.map((f) => f.code)));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(["openai-size"]);
  });
});

describe("the generated Interactions schema and validators", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document read key by key
  const interactions = JSON.parse(readFileSync(`${packageDir}gemini-interactions.schema.json`, "utf8")) as Record<string, any>;

  it("takes its fields and sets from the protocol's Interactions catalog and the model registry", () => {
    expect(interactions.$comment).toMatch(/^generated, do not edit/);
    expect(interactions.$id).toMatch(/\/gemini-interactions\.schema\.json$/);
    expect(Object.keys(interactions.properties)).toEqual([...INTERACTIONS_REQUEST_FIELDS]);
    expect(interactions.required).toEqual(["model"]);
    expect(Object.keys(interactions.$defs.imageResponseFormat.properties)).toEqual([...IMAGE_RESPONSE_FORMAT_FIELDS]);
    const lite = interactions.$defs["model-gemini-3.1-flash-lite-image"].properties.response_format.items.then.properties;
    expect(lite.image_size.enum).toEqual(MODELS["gemini-3.1-flash-lite-image"].imageSizes);
    expect(lite.aspect_ratio.enum).toEqual(MODELS["gemini-3.1-flash-lite-image"].aspectRatios);
  });

  it("loads in a plain ajv and applies a model's sets", () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(interactions);
    const body = { model: "gemini-3-pro-image", input: "x", response_format: [{ type: "text" }, { type: "image", image_size: "512" }] };
    expect(validate(body)).toBe(true);
    expect(ajv.getSchema(`${interactions.$id as string}#/$defs/model-gemini-3-pro-image`)!(body)).toBe(false);
    expect(validate({ ...body, responseFormat: {} })).toBe(false);
  });

  it("runs its standalone validators through the Interactions validate in a plain node ESM process", () => {
    const script = `
      import { validate } from "./dist/index.js";
      const good = { model: "gemini-3.1-flash-image", input: "a cat", response_format: [{ type: "image", image_size: "512" }] };
      const codes = (result) => [result.api, result.findings.map((f) => f.code)];
      console.log(JSON.stringify([codes(validate(good)), codes(validate({ ...good, model: "gemini-3-pro-image" })),
        codes(validate({ model: "gemini-3-pro-image", input: "x", responseFormat: { type: "image" } }))]));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([
      ["interactions", []],
      ["interactions", ["invalid-image-size"]],
      ["interactions", ["interactions-camel-case"]],
    ]);
  });

  it("is exported as <package>/interactions.schema.json for JSON imports", () => {
    const script = `import schema from "@gemini-image/schema/interactions.schema.json" with { type: "json" }; console.log(schema.$id);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
    expect(out.trim()).toBe(interactions.$id);
  });
});
