// Writes the schema file and the ajv validators compiled ahead of time, or with --check fails
// when the committed copies differ from what the protocol package produces today.
//
//   node packages/schema/scripts/generate.mjs --write   (the package's build runs this)
//   node packages/schema/scripts/generate.mjs --check   (exit 1 when stale)
//   add --dir <path> to write or check a copy in another directory
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { SCHEMA_FILE, SCHEMA_ID, checkableModels, modelDefName, schemaDocument } from "./schema-document.mjs";
import { INTERACTIONS_SCHEMA_FILE, INTERACTIONS_SCHEMA_ID, interactionsSchemaDocument } from "./interactions-schema-document.mjs";
import { typesModule } from "./typescript-types.mjs";

// --dir <path> writes or checks a copy elsewhere (the tests use it); default: this package.
const dirFlag = process.argv.indexOf("--dir");
const packageDir = dirFlag > 0 ? `${process.argv[dirFlag + 1].replace(/\/$/u, "")}/` : fileURLToPath(new URL("..", import.meta.url));
const schemaPath = `${packageDir}${SCHEMA_FILE}`;
const validatorsPath = `${packageDir}src/generated/validators.ts`;
const typesPath = `${packageDir}src/generated/types.ts`;
const interactionsSchemaPath = `${packageDir}${INTERACTIONS_SCHEMA_FILE}`;
const interactionsValidatorsPath = `${packageDir}src/generated/interactions-validators.ts`;

/** The export name of a model's validator: `model_gemini_3_pro_image`. */
const exportName = (id) => `model_${id.replace(/[^A-Za-z0-9]/gu, "_")}`;

/**
 * ajv's standalone ESM still calls `require("ajv/dist/runtime/<name>")` for helpers such as
 * `ucs2length`, which plain Node ESM cannot run. Turn each into a static import.
 */
function replaceRequires(code) {
  const imports = new Map();
  const body = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)/giu, (_, name) => {
    const local = `runtime_${name}`;
    imports.set(local, `import ${local} from "ajv/dist/runtime/${name}.js";`);
    return local;
  });
  if (/\brequire\(/u.test(body)) throw new Error("ajv standalone code still contains require(); extend replaceRequires.");
  return { imports: [...imports.values()], body };
}

/** The standalone module of `schema` (whose `$id` is `schemaId`): `validateBody` and one validator per live model. */
function validatorsModule(schema, schemaId = SCHEMA_ID) {
  // strictRequired is off only because `anyOf: [{ required: [camel] }, { required: [snake] }]` names
  // properties declared one level up; union types are the proto3 JSON "number or numeric string".
  const ajv = new Ajv2020.default({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, code: { source: true, esm: true } });
  ajv.addSchema(schema);
  const exports = { validateBody: schemaId };
  for (const id of checkableModels()) exports[exportName(id)] = `${schemaId}#/$defs/${modelDefName(id)}`;
  const { imports, body } = replaceRequires(standaloneCode.default(ajv, exports));
  const byModel = checkableModels()
    .map((id) => `  ${JSON.stringify(id)}: ${exportName(id)},`)
    .join("\n");
  return [
    "// generated, do not edit: packages/schema/scripts/generate.mjs compiles it with ajv from the schema file.",
    "/* eslint-disable */",
    "// @ts-nocheck",
    ...imports,
    body.replace(/^"use strict";/u, ""),
    "",
    "/** The validator of each model that is not shut down. */",
    `export const byModel = {\n${byModel}\n};`,
    "",
  ].join("\n");
}

const schema = schemaDocument();
const interactionsSchema = interactionsSchemaDocument();
const outputs = [
  [schemaPath, `${JSON.stringify(schema, null, 2)}\n`],
  [validatorsPath, validatorsModule(schema)],
  [typesPath, typesModule(schema)],
  [interactionsSchemaPath, `${JSON.stringify(interactionsSchema, null, 2)}\n`],
  [interactionsValidatorsPath, validatorsModule(interactionsSchema, INTERACTIONS_SCHEMA_ID)],
];

const mode = process.argv[2];
if (mode === "--write") {
  for (const [path, text] of outputs) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
} else if (mode === "--check") {
  const stale = outputs.filter(([path, text]) => {
    try {
      return readFileSync(path, "utf8") !== text;
    } catch {
      return true;
    }
  });
  for (const [path] of stale) {
    console.error(`${relative(process.cwd(), path)} is stale: run \`pnpm --filter @gemini-image/schema generate\`.`);
  }
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  console.error("Usage: node scripts/generate.mjs --write | --check");
  process.exitCode = 2;
}
