import { projectFileUrl, type Severity } from "@gemini-image/protocol";
import { ESLintUtils } from "@typescript-eslint/utils";

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

/** Creates a rule with its docs URL in the project repository. */
export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => projectFileUrl(ruleDocsPath(name)));
