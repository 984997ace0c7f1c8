import { projectFileUrl, type Severity } from "@gemini-image/protocol";
import { ESLintUtils, type TSESLint } from "@typescript-eslint/utils";

/** Extra `meta.docs` fields of this plugin's rules; the configs are built from them. */
export interface PluginDocs {
  /** The first config that turns the rule on: `recommended` (and so `strict`), only `strict`, or only `all` (false). */
  readonly recommended: "recommended" | "strict" | false;
  /** The rule's level in `recommended`, from the finding catalog; `strict` and `all` use error. */
  readonly severity: Severity;
}

/** The repository path of a rule's docs page. */
export function ruleDocsPath(name: string): string {
  return `packages/eslint-plugin/docs/rules/${name}.md`;
}

/** A rule as this plugin defines it: typescript-eslint's named rule with {@link PluginDocs}. */
export type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>
>;

/**
 * Creates a rule with its docs URL in the project repository, like typescript-eslint's
 * `RuleCreator`, which deep-clones the default options with `structuredClone` each time ESLint
 * creates the rule, once per rule per file. A rule configured without options gets the frozen
 * defaults instead; options still go through typescript-eslint's own `applyDefault` merge.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  create,
}: RuleDefinition<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, PluginDocs> & { readonly name: string } {
  const defaults = Object.freeze(meta.defaultOptions ?? defaultOptions ?? ([] as unknown as Options));
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: projectFileUrl(ruleDocsPath(name)) } },
    defaultOptions: defaults,
    create(context) {
      return create(context, context.options.length === 0 ? defaults : ESLintUtils.applyDefault(defaults, context.options));
    },
  };
}
