import type { TSESLint } from "@typescript-eslint/utils";

const styles = new WeakMap<object, string>();

/**
 * A string literal in the file's own quote style: the quote of its first string token
 * (`'` or `"`), double quotes when it has none. Values written here are model ids, ratios and
 * sizes, which hold no quotes to escape.
 */
export function quoted(sourceCode: Readonly<TSESLint.SourceCode>, value: string): string {
  let quote = styles.get(sourceCode);
  if (quote === undefined) {
    const first = sourceCode.ast.tokens.find((token) => token.type === "String");
    quote = first?.value.startsWith("'") ? "'" : '"';
    styles.set(sourceCode, quote);
  }
  return `${quote}${value}${quote}`;
}
