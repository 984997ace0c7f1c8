import { describeFinding, type FindingId, type FindingParams } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";

/** The report data for a finding: its catalog message, so the editor shows the validator's words. */
export function findingData<I extends FindingId>(id: I, params: FindingParams<I>): { message: string } {
  return { message: describeFinding(id, params).message };
}

/**
 * A report function that reports a node once per message id: a field shared by several
 * requests (a spread const, a generationConfig const) is found through each of them.
 */
export function reportOnce<M extends string>(
  context: Readonly<TSESLint.RuleContext<M, readonly unknown[]>>,
): (descriptor: TSESLint.ReportDescriptor<M> & { node: { range: readonly [number, number] } }) => void {
  const seen = new Set<string>();
  return (descriptor) => {
    const key = `${descriptor.messageId}@${descriptor.node.range.join(":")}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report(descriptor);
  };
}
