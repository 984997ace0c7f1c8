import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migrateSource } from "../src/migrate-source.js";
import type { TransformOptions } from "../src/options.js";
import { parseSourceCode } from "@gemini-image/locator/node";
import { generatedRequest, type GeneratedRequest, type Shape, type WrittenComment } from "./request-literals.js";

// fast-check prints the seed and path of a failure; GEMINI_IMAGE_FC_SEED=<seed> replays it and
// GEMINI_IMAGE_FC_RUNS raises the count for a longer search.
const SEED = Number(process.env.GEMINI_IMAGE_FC_SEED ?? 20261130);
const RUNS = Number(process.env.GEMINI_IMAGE_FC_RUNS ?? 25);
const OPTIONS: readonly TransformOptions[] = [{}, { model: "gemini-3.1-flash-image" }];
/** Keys no transform removes, renames or moves: a comment on one must stay on it. */
const SURVIVORS = new Set(["contents", "temperature", "maxOutputTokens", "safetySettings", "model", "prompt"]);

describe.each<Shape>(["rest", "genai", "legacy", "ai-sdk"])("migrate over generated %s requests", (shape) => {
  it("never throws; the output parses, a second run changes nothing, comments stay, code outside the request stays byte for byte", () => {
    fc.assert(
      fc.property(generatedRequest(shape), fc.constantFrom(...OPTIONS), (request, options) => {
        const { output } = migrateSource(request.text, request.path, options);
        let parsed: TSESLint.SourceCode | undefined;
        expect(() => (parsed = parseSourceCode(output, request.path)), "the output parses").not.toThrow();
        expect(migrateSource(output, request.path, options).output, "a second run changes nothing").toBe(output);
        expectOutsideUnchanged(request, output);
        expectCommentsKept(request, parsed!);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // About 3 s per kind alone; a machine shared with other jobs can take several times that.
  }, 120_000);
});

function expectOutsideUnchanged(request: GeneratedRequest, output: string): void {
  expect(output.startsWith(request.prefix), "the code before the request is unchanged").toBe(true);
  expect(output.endsWith(request.tail + request.suffix), "the code after the request is unchanged").toBe(true);
  const middle = output.slice(request.prefix.length);
  if (request.lead === "") expect(middle.startsWith(request.head), "the call around the request is unchanged").toBe(true);
  else expect(middle.startsWith("  // base: shared settings\n  const base = ") && middle.includes(request.head), "the spread const and the call stay").toBe(true);
}

/** Every comment the generator wrote is in the output (those outside the request are checked byte for byte). */
function expectCommentsKept(request: GeneratedRequest, sourceCode: TSESLint.SourceCode): void {
  const output = sourceCode.text;
  const after = sourceCode.getAllComments();
  const texts = after.map((c) => c.value.trim());
  for (const { text } of request.comments) expect(texts, "every comment of the input is in the output").toContain(text);
  for (const written of request.comments) {
    if (!SURVIVORS.has(written.key)) continue;
    const properties = propertiesNamed(sourceCode.ast, written.key);
    if (properties.length !== 1) continue;
    const comment = after.find((c) => c.value.trim() === written.text)!;
    expect(attached(output, written, comment, properties[0]!), `"${written.text}" stays ${written.kind} on ${written.key}`).toBe(true);
  }
}

/** A trailing comment follows its property with only a comma and other comments on the line between; a leading one precedes it with only comments between. */
function attached(text: string, written: WrittenComment, comment: TSESTree.Comment, property: TSESTree.Property): boolean {
  if (written.kind === "trailing") return /^[ \t]*(?:,[ \t]*)?(?:\/\*[^\n]*?\*\/[ \t]*(?:,[ \t]*)?)*$/u.test(text.slice(property.range[1], comment.range[0]));
  return /^\s*(?:(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*)\s*)*$/u.test(text.slice(comment.range[1], property.range[0]));
}

function propertiesNamed(root: TSESTree.Node, key: string): TSESTree.Property[] {
  const found: TSESTree.Property[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object" || !("type" in node)) return;
    const n = node as TSESTree.Node;
    if (n.type === "Property" && !n.computed && (n.key.type === "Identifier" ? n.key.name : n.key.type === "Literal" ? n.key.value : undefined) === key) found.push(n);
    for (const [name, child] of Object.entries(n)) if (name !== "parent" && name !== "loc" && name !== "range") visit(child);
  };
  visit(root);
  return found;
}
