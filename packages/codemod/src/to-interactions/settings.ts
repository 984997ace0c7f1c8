import { API_SHAPES, camelName, CAMEL_TO_SNAKE, GENERATION_SETTINGS_FOR_INTERACTIONS, INTERACTION_RESPONSE, INTERACTION_VALUES } from "@gemini-image/protocol";
import { fullText, modalityElements, quoted, scopeOf, type FieldEntry, type LocatorContext, type ObjectView } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { all, done, refused, type Outcome } from "./outcome.js";

const CARRIED: ReadonlySet<string> = new Set(GENERATION_SETTINGS_FOR_INTERACTIONS);
/** generateContent's image setting names to the Interactions ones, from the protocol's API table. */
const IMAGE_SETTINGS: ReadonlyMap<string, string> = new Map(
  (["aspectRatioField", "imageSizeField"] as const).map((field) => [API_SHAPES["generate-content"][field], API_SHAPES.interactions[field]]),
);

/** A key in its camelCase name, whichever spelling the code used. */
const camel = (key: string): string => camelName(key) ?? key;

/**
 * The top-level properties of the interaction that carry a generateContent request's settings
 * (facts page "The Interactions API"; SOURCES.genaiDeclarations `CreateModelInteraction`):
 * `response_format` from `responseModalities` and `imageConfig`, `system_instruction` as a string,
 * and `generation_config` with the settings that mean the same there. A setting with no
 * counterpart, or one the codemod cannot read, refuses the whole request.
 */
export function interactionSettings(ctx: LocatorContext, config: ObjectView | undefined, systemInstruction: FieldEntry | undefined): Outcome<string[]> {
  const { sourceCode } = ctx;
  if (config && (config.mayHaveUnknownKeys || !config.node || config.entries.some((entry) => entry.object !== config.node))) {
    return refused("its config is built where the codemod cannot read all of it (a spread or a later assignment)");
  }
  let modalities: string[] | undefined;
  let image: Outcome<string[]> = done([]);
  let instruction = systemInstruction;
  const carried: string[] = [];
  for (const entry of config?.entries ?? []) {
    const key = camel(entry.key);
    if (key === "responseModalities") {
      const asked = askedModalities(ctx, entry);
      if (!asked) return refused(`\`${sourceCode.getText(entry.node)}\` asks for more than text and image, or cannot be read`);
      modalities = asked;
    } else if (key === "imageConfig") {
      image = imageSettings(ctx, config!, entry);
    } else if (key === "systemInstruction") {
      instruction = entry;
    } else if (CARRIED.has(key)) {
      carried.push(`${CAMEL_TO_SNAKE[key] ?? key}: ${sourceCode.getText(entry.value)}`);
    } else {
      return refused(`\`${entry.key}\` has no counterpart in an interaction's generation_config`);
    }
  }
  if (!image.ok) return image;
  const properties: string[] = [`response_format: ${responseFormat(ctx, modalities ?? ["text", "image"], image.value)}`];
  if (instruction) {
    const text = instructionText(ctx, instruction);
    if (!text.ok) return text;
    properties.push(`system_instruction: ${text.value}`);
  }
  if (carried.length > 0) properties.push(`generation_config: { ${carried.join(", ")} }`);
  return done(properties);
}

/**
 * `response_format`: the image entry with its settings, after a text entry when text is asked
 * for too. The same form the validator's repair and the deprecated-field fix write; whether the
 * deprecated `response_modalities` would also be needed for text is UNCONFIRMED, and the SDK marks
 * it deprecated in favour of `response_format` (SOURCES.genaiDeclarations), so it is not written.
 */
function responseFormat(ctx: LocatorContext, modalities: readonly string[], settings: readonly string[]): string {
  const q = (value: string) => quoted(ctx.sourceCode, value);
  const image = `{ type: ${q(INTERACTION_RESPONSE.imageContentType)}${settings.map((s) => `, ${s}`).join("")} }`;
  return modalities.includes(INTERACTION_VALUES.textType) ? `[{ type: ${q(INTERACTION_VALUES.textType)} }, ${image}]` : image;
}

/** The modalities asked for, lowercased, when they are image (and text) only. */
function askedModalities(ctx: LocatorContext, entry: FieldEntry): string[] | undefined {
  const values = modalityElements(ctx, entry.value)?.map((element) => element.value?.trim().toLowerCase());
  if (!values?.includes("image") || values.some((value) => value !== "image" && value !== "text")) return undefined;
  return values as string[];
}

/** `aspectRatio`/`imageSize` in their Interactions spelling, as written in the code. */
function imageSettings(ctx: LocatorContext, config: ObjectView, entry: FieldEntry): Outcome<string[]> {
  const view = config.child(entry.key);
  if (!view?.node || view.mayHaveUnknownKeys || view.entries.some((e) => e.object !== view.node)) {
    return refused(`\`${entry.key}\` is built where the codemod cannot read all of it`);
  }
  return all(
    view.entries.map((setting) => {
      const name = IMAGE_SETTINGS.get(camel(setting.key));
      if (!name) return refused(`\`${entry.key}.${setting.key}\` has no counterpart in an interaction's response_format`);
      return done(`${name}: ${ctx.sourceCode.getText(setting.value)}`);
    }),
  );
}

/**
 * `system_instruction` takes a string (SOURCES.genaiDeclarations, `CreateModelInteraction`): a
 * string as it is, or the one text part of a Content (`{ parts: [{ text }] }`).
 */
function instructionText(ctx: LocatorContext, entry: FieldEntry): Outcome<string> {
  const value = entry.value;
  if (isString(ctx, value)) return done(ctx.sourceCode.getText(value));
  const text = value.type === AST_NODE_TYPES.ObjectExpression ? singleTextPart(value) : undefined;
  return text ? done(ctx.sourceCode.getText(text)) : refused(`\`${entry.key}\` is not a string or one text part, and an interaction's system_instruction is a string`);
}

/** The text of a Content whose only part is `{ text }`: `{ parts: [{ text: "…" }] }`, role aside. */
function singleTextPart(content: TSESTree.ObjectExpression): TSESTree.Node | undefined {
  const properties = content.properties.filter((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property);
  if (properties.length !== content.properties.length) return undefined;
  const parts = properties.find((p) => keyOf(p) === "parts")?.value;
  if (properties.some((p) => keyOf(p) !== "parts" && keyOf(p) !== "role") || parts?.type !== AST_NODE_TYPES.ArrayExpression || parts.elements.length !== 1) return undefined;
  const part = parts.elements[0];
  if (part?.type !== AST_NODE_TYPES.ObjectExpression || part.properties.length !== 1) return undefined;
  const only = part.properties[0]!;
  return only.type === AST_NODE_TYPES.Property && keyOf(only) === "text" ? only.value : undefined;
}

function keyOf(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === "string" ? property.key.value : undefined;
}

/**
 * True when a value is certainly a string: a string or template literal, a const holding one, or
 * a parameter annotated `string`. Anything else may be parts or a Content at run time.
 */
export function isString(ctx: LocatorContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (fullText(ctx, node) !== undefined) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(scopeOf(ctx, node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "Variable" && def.node.init?.type === AST_NODE_TYPES.TemplateLiteral && def.parent.kind === "const") return true;
  if (def?.type !== "Parameter" || def.name.type !== AST_NODE_TYPES.Identifier) return false;
  return def.name.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSStringKeyword;
}
