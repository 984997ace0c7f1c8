import { CAMEL_TO_SNAKE, FINDINGS } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { mayHoldRequests, onRequests, type FieldEntry, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import { childObject, configOf, configPath, field, literalProperty } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { insertProperty, removeProperty, renameKey } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "misplacedField";
export type Options = [];

/** Where each image field belongs, below the config object. */
const HOME: Readonly<Record<string, readonly string[]>> = {
  imageConfig: [],
  responseModalities: [],
  aspectRatio: ["imageConfig"],
  imageSize: ["imageConfig"],
};

export default createRule<Options, MessageIds>({
  name: "no-misplaced-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow image fields at a level where Gemini ignores them",
      recommended: "recommended",
      severity: FINDINGS["misplaced-field"].severity,
    },
    fixable: "code",
    messages: { misplacedField: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;
    const creating = new Set<string>();

    /**
     * Moves a property to `path` below `container`, creating the missing objects. Only when the
     * move is certain: the property is in an object literal and its destination is still free.
     */
    function moveFix(
      entry: FieldEntry,
      container: ObjectView | undefined,
      path: readonly string[],
      key: string,
    ): TSESLint.ReportFixFunction | null {
      const property = literalProperty(entry);
      if (!property || !container) return null;
      let view: ObjectView = container;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i]!;
        const next = childObject(view, segment);
        if (next) {
          view = next;
          continue;
        }
        if (field(view, segment) || !view.node) return null;
        // Two fields creating the same object in one pass would write the key twice; the
        // second one moves on the next pass, into the object the first created.
        const created = `${view.node.range.join(":")}/${segment}`;
        if (creating.has(created)) return null;
        creating.add(created);
        const wrapped = path.slice(i).reduceRight((inner, name) => `${name}: { ${inner} }`, sourceCode.getText(property));
        return into(view.node, property, wrapped);
      }
      if (field(view, key) || !view.node) return null;
      return into(view.node, property, sourceCode.getText(property));
    }

    function into(object: TSESTree.ObjectExpression, property: TSESTree.Property, text: string): TSESLint.ReportFixFunction {
      if (property.parent === object) return (fixer) => fixer.replaceText(property, text);
      return (fixer) => [removeProperty(fixer, sourceCode, property), insertProperty(fixer, sourceCode, object, text)];
    }

    function checkLevel(
      view: ObjectView | undefined,
      at: string,
      names: readonly string[],
      container: ObjectView | undefined,
      containerPath: string,
      prefix: readonly string[],
    ): void {
      for (const name of names) {
        const entry = view?.find(name, CAMEL_TO_SNAKE[name]);
        if (!entry) continue;
        const path = [...prefix, ...HOME[name]!];
        const expected = [containerPath, ...HOME[name]!, name].join(".");
        report({
          node: entry.keyNode,
          messageId: "misplacedField",
          data: findingData("misplaced-field", { field: entry.key, at, expected }),
          fix: moveFix(entry, container, path, name),
        });
      }
    }

    function check(request: LocatedRequest): void {
      // This table is generateContent's; an interaction's fields are the validator's and the
      // Interactions rules' (no-deprecated-interaction-fields) business.
      if (request.shape === "interactions") return;
      const target = configPath(request);
      const config = configOf(request);
      if (request.shape !== "ai-sdk") {
        const at = request.shape === "rest" ? "the top level of the request body" : "the top level of the call's parameters";
        checkLevel(request.root, at, Object.keys(HOME), request.root, target, [target]);
      }
      checkLevel(config, `\`${target}\``, ["aspectRatio", "imageSize"], config, target, []);
      if (request.shape === "genai") {
        const entry = field(request.root, "generationConfig");
        if (!entry) return;
        const property = literalProperty(entry);
        // @google/genai reads `config`; renaming is certain only when there is no `config` yet.
        const fixable = property && !request.root.get("config");
        report({
          node: entry.keyNode,
          messageId: "misplacedField",
          data: findingData("misplaced-field", { field: entry.key, at: "the top level of @google/genai parameters", expected: "config" }),
          fix: fixable ? (fixer) => renameKey(fixer, sourceCode, property, "config") : null,
        });
      }
    }

    return onRequests(context, check);
  },
});
