// "eslint" in the page: its main entry is the Node API (ESLint class, file system, workers).
// The page needs only the Linter (ESLint's own browser entry, "eslint/universal"); the other
// names exist because @typescript-eslint/utils subclasses them when it loads.
export { Linter } from "eslint/universal";

/** A class that cannot be used in the page; subclassing it at load time still works. */
class NodeOnly {
  constructor() {
    throw new Error("This part of ESLint needs Node.js and is not in the playground.");
  }
}

export { NodeOnly as ESLint, NodeOnly as RuleTester, NodeOnly as SourceCode };
export default { FlatESLint: NodeOnly, LegacyESLint: NodeOnly };
