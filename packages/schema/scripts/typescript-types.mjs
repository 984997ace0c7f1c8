// Writes TypeScript types from the schema document, so the types and the schema cannot drift:
// both come from one object. Handles the subset the schema uses: $ref to $defs, objects with
// properties and required, arrays, enums, and the JSON types.

const TYPE_NAMES = {
  content: "Content",
  part: "Part",
  inlineData: "InlineData",
  fileData: "FileData",
  generationConfig: "GenerationConfig",
  imageConfig: "ImageConfig",
};

import { ALL_ASPECT_RATIOS, IMAGE_SIZES, RESPONSE_MODALITIES } from "@gemini-image/protocol";
import { anyCasePattern } from "./schema-document.mjs";

/** Enumerations that are protocol catalogs are written as the protocol's types, not as literals. */
const CATALOG_TYPES = [
  [ALL_ASPECT_RATIOS, "AspectRatio"],
  [IMAGE_SIZES, "ImageSize"],
  [RESPONSE_MODALITIES, "(typeof RESPONSE_MODALITIES)[number]"],
];

function catalogType(values) {
  const found = CATALOG_TYPES.find(([catalog]) => catalog.length === values.length && catalog.every((v, i) => v === values[i]));
  if (!found) throw new Error(`enum ${JSON.stringify(values)} is not a protocol catalog`);
  return found[1];
}

const PRIMITIVES = { string: "string", number: "number", integer: "number", boolean: "boolean" };

function refName(ref) {
  const name = ref.replace("#/$defs/", "");
  const type = TYPE_NAMES[name];
  if (!type) throw new Error(`no TypeScript name for ${ref}`);
  return type;
}

function typeOf(schema, indent) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return catalogType(schema.enum);
  // The schema tolerates any case (UNCONFIRMED); the types say what to write: uppercase.
  if (schema.pattern === anyCasePattern(RESPONSE_MODALITIES)) return catalogType(RESPONSE_MODALITIES);
  if (schema.type === "array") {
    const item = typeOf(schema.items ?? {}, indent);
    return /^[\w<>, ]+$/u.test(item) && !item.includes(" ") ? `${item}[]` : item.startsWith("Record<") ? `${item}[]` : `Array<${item}>`;
  }
  if (schema.type === "object") {
    if (!schema.properties) return "Record<string, unknown>";
    return objectType(schema, indent);
  }
  // A union such as ["number", "string"] is written as its first type: what to write.
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return PRIMITIVES[type] ?? "unknown";
}

function objectType(schema, indent) {
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  const lines = Object.entries(schema.properties).map(
    ([key, value]) => `${inner}${/^[A-Za-z_$][\w$]*$/u.test(key) ? key : JSON.stringify(key)}${required.has(key) ? "" : "?"}: ${typeOf(value, inner)};`,
  );
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** The module text of the request body types. */
export function typesModule(schema) {
  const declarations = [
    `/** The body of POST models/{model}:generateContent, as ${"`gemini-generate-content.schema.json`"} describes it. */\nexport interface GenerateContentRequest ${objectType(schema, "")}`,
  ];
  for (const [name, type] of Object.entries(TYPE_NAMES)) {
    declarations.push(`export interface ${type} ${objectType(schema.$defs[name], "")}`);
  }
  return [
    "// generated, do not edit: packages/schema/scripts/generate.mjs writes it from the schema file.",
    'import type { AspectRatio, ImageSize, RESPONSE_MODALITIES } from "@gemini-image/protocol";',
    "",
    declarations.join("\n\n"),
    "",
  ].join("\n");
}
