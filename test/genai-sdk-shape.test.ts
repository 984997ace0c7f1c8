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
  IMAGE_RESPONSE_FORMAT_DELIVERIES,
  IMAGE_RESPONSE_FORMAT_FIELDS,
  IMAGE_RESPONSE_FORMAT_MIME_TYPES,
  IMAGE_SIZES,
  INTERACTIONS_CONTENT_FIELDS,
  INTERACTIONS_GENERATION_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_CONFIG_FIELDS,
  INTERACTIONS_IMAGE_MIME_TYPES,
  INTERACTIONS_REQUEST_FIELDS,
  INTERACTIONS_RESPONSE_MODALITIES,
  INTERACTION_RESPONSE,
  INTERACTION_STREAM_EVENTS,
  INTERACTION_VALUES,
  ALL_ASPECT_RATIOS,
  MODEL_IDS,
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

/** The declaration of a type alias in genai.d.ts. */
function typeAlias(name: string): ts.TypeNode {
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return statement.type;
  }
  throw new Error(`genai.d.ts has no type ${name}`);
}

/** The property names of a type alias of an object type (`declare type X = { … }`). */
function aliasMembers(name: string): string[] {
  const type = typeAlias(name);
  if (!ts.isTypeLiteralNode(type)) throw new Error(`${name} is not an object type`);
  return type.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : []));
}

/** The string literals of a union alias (`"a" | "b" | (string & {})`). */
function aliasStrings(name: string): string[] {
  const type = typeAlias(name);
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  return members.flatMap((m) => (ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal) ? [m.literal.text] : []));
}

/** `type: "x"` (or another member's string literal) of an object alias. */
function typeTag(name: string, tag = "type"): string | undefined {
  const type = typeAlias(name);
  if (!ts.isTypeLiteralNode(type)) return undefined;
  for (const member of type.members) {
    if (ts.isPropertySignature(member) && member.name.getText(source) === tag && member.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) {
      return member.type.literal.text;
    }
  }
  return undefined;
}

const sorted = (values: readonly string[]) => [...values].sort();

describe("@google/genai types agree with the protocol's Interactions catalog", () => {
  it("has exactly the catalog's top-level fields on a model interaction", () => {
    expect(sorted(aliasMembers("CreateModelInteraction"))).toEqual(sorted(INTERACTIONS_REQUEST_FIELDS));
  });

  it("has the catalog's generation_config and deprecated image_config fields", () => {
    expect(sorted(aliasMembers("GenerationConfig_2"))).toEqual(sorted(INTERACTIONS_GENERATION_CONFIG_FIELDS));
    expect(sorted(aliasMembers("ImageConfig_2"))).toEqual(sorted(INTERACTIONS_IMAGE_CONFIG_FIELDS));
  });

  it("types the image response_format with the catalog's fields and values", () => {
    expect(sorted(aliasMembers("ImageResponseFormat_2"))).toEqual(sorted(IMAGE_RESPONSE_FORMAT_FIELDS));
    expect(typeTag("ImageResponseFormat_2")).toBe("image");
    expect(sorted(aliasStrings("ImageResponseFormatImageSize"))).toEqual(sorted(IMAGE_SIZES));
    expect(sorted(aliasStrings("ImageResponseFormatAspectRatio"))).toEqual(sorted(ALL_ASPECT_RATIOS));
    expect(aliasStrings("ImageResponseFormatMimeType")).toEqual([...IMAGE_RESPONSE_FORMAT_MIME_TYPES]);
    expect(sorted(aliasStrings("ImageResponseFormatDelivery"))).toEqual(sorted(IMAGE_RESPONSE_FORMAT_DELIVERIES));
  });

  it("spells input contents and response modalities as the catalog does", () => {
    expect(sorted(aliasMembers("ImageContent"))).toEqual(sorted(INTERACTIONS_CONTENT_FIELDS.image));
    expect(sorted(aliasMembers("TextContent"))).toEqual(sorted(INTERACTIONS_CONTENT_FIELDS.text));
    expect(sorted(aliasStrings("ImageContentMimeType"))).toEqual(sorted(INTERACTIONS_IMAGE_MIME_TYPES));
    expect(sorted(aliasStrings("ResponseModality"))).toEqual(sorted(INTERACTIONS_RESPONSE_MODALITIES));
  });

  it("returns steps whose model_output and thought steps are tagged as the catalog says", () => {
    expect(typeTag("ModelOutputStep")).toBe(INTERACTION_RESPONSE.outputStepType);
    expect(typeTag("ThoughtStep")).toBe(INTERACTION_RESPONSE.thoughtStepType);
    expect(aliasMembers("ModelOutputStep")).toContain("content");
  });

  it("names the stream events, statuses and step parts the test server and the client use", () => {
    const events = { created: "InteractionCreatedEvent", stepStart: "StepStart", stepDelta: "StepDelta", stepStop: "StepStop", completed: "InteractionCompletedEvent", error: "ErrorEvent_2" } as const;
    for (const [key, alias] of Object.entries(events)) expect(typeTag(alias, "event_type"), alias).toBe(INTERACTION_STREAM_EVENTS[key as keyof typeof events]);
    expect(aliasStrings("InteractionStatus_2")).toEqual(expect.arrayContaining([INTERACTION_VALUES.completedStatus, INTERACTION_VALUES.inProgressStatus]));
    expect(aliasMembers("ThoughtStep")).toContain(INTERACTION_VALUES.thoughtSummary);
    expect(typeTag("UserInputStep")).toBe(INTERACTION_VALUES.userInputStepType);
    expect(typeTag("TextContent")).toBe(INTERACTION_VALUES.textType);
    expect(aliasMembers("Interaction")).toEqual(expect.arrayContaining(["id", "status", "model", INTERACTION_RESPONSE.steps, "usage"]));
  });

  it("lists every GA image model of the registry among its model ids", () => {
    const sdkModels = aliasStrings("Model_2");
    const ga = MODEL_IDS.filter((id) => !id.endsWith("-preview"));
    expect(ga.filter((id) => !sdkModels.includes(id))).toEqual([]);
  });
});

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
