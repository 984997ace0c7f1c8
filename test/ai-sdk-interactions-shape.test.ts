/**
 * Checks the protocol's picture of the AI SDK's Interactions model (`google.interactions(id)`)
 * against the installed `@ai-sdk/google` declarations, so a provider release that renames an
 * option or changes a value list fails here first (SOURCES.aiSdkGoogleDeclarations).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AI_SDK_IMAGE_FORMAT_FIELDS, AI_SDK_INTERACTIONS_OPTIONS, ALL_ASPECT_RATIOS, IMAGE_SIZES, INTERACTIONS_RESPONSE_MODALITIES } from "@gemini-image/protocol";

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => {
  const entry = require.resolve(name);
  return entry.slice(0, entry.lastIndexOf("/dist/"));
};
const parse = (name: string): ts.SourceFile =>
  ts.createSourceFile(`${name}.d.ts`, readFileSync(join(packageDir(name), "dist", "index.d.ts"), "utf8"), ts.ScriptTarget.Latest, true);
const google = parse("@ai-sdk/google");
const ai = parse("ai");

/** The object type inside `declare const googleInteractionsLanguageModelOptions: LazySchema<{ … }>`. */
function optionsType(): ts.TypeLiteralNode {
  for (const statement of google.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(google) !== "googleInteractionsLanguageModelOptions") continue;
      const type = declaration.type;
      const argument = type && ts.isImportTypeNode(type) ? type.typeArguments?.[0] : undefined;
      if (argument && ts.isTypeLiteralNode(argument)) return argument;
    }
  }
  throw new Error("@ai-sdk/google declares no googleInteractionsLanguageModelOptions schema");
}

const names = (type: ts.TypeLiteralNode): string[] => type.members.flatMap((m) => (ts.isPropertySignature(m) ? [m.name.getText(google)] : []));
const member = (type: ts.TypeLiteralNode, name: string): ts.TypeNode => {
  const found = type.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText(google) === name);
  if (!found?.type) throw new Error(`no ${name}`);
  return found.type;
};

/** Every string literal anywhere in a type node (`"1K" | "2K" | null | undefined`). */
function strings(node: ts.Node): string[] {
  const found: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isLiteralTypeNode(child) && ts.isStringLiteral(child.literal)) found.push(child.literal.text);
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** The object types of a union, through arrays, parentheses and `| null | undefined`. */
function objectMembers(node: ts.Node): ts.TypeLiteralNode[] {
  if (ts.isTypeLiteralNode(node)) return [node];
  const found: ts.TypeLiteralNode[] = [];
  ts.forEachChild(node, (child) => {
    found.push(...objectMembers(child));
  });
  return found;
}

describe("@ai-sdk/google's google.interactions options", () => {
  const options = optionsType();

  it("has exactly the providerOptions.google keys the protocol lists", () => {
    expect([...names(options)].sort()).toEqual([...AI_SDK_INTERACTIONS_OPTIONS].sort());
  });

  it("takes responseFormat as a list whose image entry has the protocol's fields and values", () => {
    const responseFormat = member(options, "responseFormat");
    expect(ts.isUnionTypeNode(responseFormat) && responseFormat.types.some(ts.isArrayTypeNode)).toBe(true);
    const image = objectMembers(responseFormat).find((entry) => strings(member(entry, "type")).includes("image"))!;
    expect(names(image)).toEqual([...AI_SDK_IMAGE_FORMAT_FIELDS]);
    expect(strings(member(image, "imageSize")).sort()).toEqual([...IMAGE_SIZES].sort());
    expect(strings(member(image, "aspectRatio")).sort()).toEqual([...ALL_ASPECT_RATIOS].sort());
  });

  it("takes the deprecated imageConfig with the same two settings, and lowercase responseModalities", () => {
    const imageConfig = objectMembers(member(options, "imageConfig"))[0]!;
    expect(names(imageConfig)).toEqual(["aspectRatio", "imageSize"]);
    expect(strings(member(options, "responseModalities"))).toEqual([...INTERACTIONS_RESPONSE_MODALITIES]);
  });

  it("is a language model: generateText and streamText take it, generateImage (an ImageModel) does not", () => {
    const provider = google.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "GoogleProvider")!;
    const interactions = provider.members.find((m): m is ts.MethodSignature => ts.isMethodSignature(m) && m.name.getText(google) === "interactions")!;
    expect(interactions.type?.getText(google)).toBe("LanguageModelV4");
    const imageModel = ai.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === "ImageModel")!;
    expect(imageModel.type.getText(ai)).not.toMatch(/LanguageModel/u);
  });
});
