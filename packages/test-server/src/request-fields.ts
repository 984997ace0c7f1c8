import {
  CONTENT_FIELDS,
  FILE_DATA_FIELDS,
  GENERATION_CONFIG_FIELDS,
  IMAGE_CONFIG_FIELDS,
  INLINE_DATA_FIELDS,
  PART_FIELDS,
  REQUEST_FIELDS,
  isBase64,
} from "@gemini-image/protocol";
import { base64Violation, unknownNameViolation, type FieldViolation } from "./google-errors.js";

/** The fields one request message has, and which of them hold messages, lists of messages or bytes. */
interface MessageShape {
  readonly fields: readonly string[];
  readonly messages?: Readonly<Record<string, MessageShape>>;
  readonly lists?: Readonly<Record<string, MessageShape>>;
  /** `bytes` fields: proto3 JSON carries them as base64. */
  readonly bytes?: readonly string[];
}

// The nesting of a generateContent body, built only from the protocol's field catalog.
// Objects the catalog does not describe (safetySettings, tools, thinkingConfig, ...) are passed
// through unchecked: flagging their contents would be guessing.
const INLINE_DATA: MessageShape = { fields: INLINE_DATA_FIELDS, bytes: ["data"] };
const FILE_DATA: MessageShape = { fields: FILE_DATA_FIELDS };
const PART: MessageShape = {
  fields: PART_FIELDS,
  messages: { inlineData: INLINE_DATA, fileData: FILE_DATA },
  bytes: ["thoughtSignature"],
};
const CONTENT: MessageShape = { fields: CONTENT_FIELDS, lists: { parts: PART } };
const IMAGE_CONFIG: MessageShape = { fields: IMAGE_CONFIG_FIELDS };
const GENERATION_CONFIG: MessageShape = { fields: GENERATION_CONFIG_FIELDS, messages: { imageConfig: IMAGE_CONFIG } };
const REQUEST: MessageShape = {
  fields: REQUEST_FIELDS,
  messages: { generationConfig: GENERATION_CONFIG, systemInstruction: CONTENT },
  lists: { contents: CONTENT },
};

/** What reading a body against the catalog found. */
export interface FieldReading {
  /** The body with every known field under its camelCase name and every unknown one removed. */
  readonly body: Record<string, unknown>;
  /** Google's words for each unknown name, in document order. */
  readonly unknown: readonly FieldViolation[];
  /** Google's words for each bytes field that is not base64, in document order. */
  readonly undecodable: readonly FieldViolation[];
  /** Paths of the unknown fields as the client wrote them (`size`, `generationConfig.imageConfig.outputMimeType`). */
  readonly unknownPaths: readonly string[];
}

/** The proto field name of a JSON name: `imageConfig` → `image_config`. Google's paths use it. */
export function protoName(camel: string): string {
  return camel.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);
}

/**
 * The catalog name `key` stands for: proto3 JSON accepts the camelCase name and the proto
 * (snake_case) name. With `camelOnly`, a snake_case spelling counts as unknown, as it does for
 * the `@google/genai` converter and the gateways that re-serialize bodies.
 */
function fieldName(shape: MessageShape, key: string, camelOnly: boolean): string | undefined {
  if (shape.fields.includes(key)) return key;
  return camelOnly ? undefined : shape.fields.find((f) => protoName(f) === key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const join = (base: string, name: string): string => (base ? `${base}.${name}` : name);

/**
 * Reads a request body the way Google's proto3 JSON parser does: known names in either
 * spelling, unknown names reported with the path of the message they sit in, bytes fields
 * checked for base64.
 */
export function readRequestFields(body: Record<string, unknown>, options: { camelOnly?: boolean } = {}): FieldReading {
  const camelOnly = options.camelOnly ?? false;
  const unknown: FieldViolation[] = [];
  const undecodable: FieldViolation[] = [];
  const unknownPaths: string[] = [];

  const visit = (value: Record<string, unknown>, shape: MessageShape, at: string, written: string): Record<string, unknown> => {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const name = fieldName(shape, key, camelOnly);
      if (name === undefined) {
        unknown.push(unknownNameViolation(key, at || undefined));
        unknownPaths.push(join(written, key));
        continue;
      }
      const path = join(at, protoName(name));
      const writtenPath = join(written, key);
      const message = shape.messages?.[name];
      const list = shape.lists?.[name];
      if (message && isRecord(child)) {
        copy[name] = visit(child, message, path, writtenPath);
      } else if (list && Array.isArray(child)) {
        copy[name] = child.map((item: unknown, i) =>
          isRecord(item) ? visit(item, list, `${path}[${i}]`, `${writtenPath}[${i}]`) : item,
        );
      } else {
        if (shape.bytes?.includes(name) && !isBase64(child)) undecodable.push(base64Violation(path, child));
        copy[name] = child;
      }
    }
    return copy;
  };

  return { body: visit(body, REQUEST, "", ""), unknown, undecodable, unknownPaths };
}
