import { availableParallelism } from "node:os";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * The files that take longest, longest first. Vitest orders files by their last run's duration,
 * but a fresh clone (CI) has no last run and gets the largest files first instead; these small
 * files then start last and leave one core working alone at the end. Order only: a file missing
 * from this list runs all the same.
 */
const SLOWEST_FIRST = [
  "test/eslint-corpus.test.ts",
  "packages/cli/tests/audit.test.ts",
  "test/codemod-corpus.test.ts",
  "packages/cli/tests/migrate.test.ts",
  "test/agreement.test.ts",
  "packages/audit/tests/audit.test.ts",
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = SLOWEST_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["packages/*/tests/**/*.test.ts", "test/**/*.test.ts"],
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 30_000,
    // One worker per core: vitest's default leaves one core to its main process, which is idle
    // while the tests run, so on a 2-core machine it would run every file on one core.
    maxWorkers: availableParallelism(),
    // Test files share their worker's module cache instead of re-importing TypeScript, ESLint and
    // the packages for each of the ~100 files (that import alone cost more than half the CPU
    // time). The tests keep no state in modules: servers and temporary folders are per file,
    // and the one file that fakes timers restores them.
    isolate: false,
    sequence: { sequencer: SlowestFirst },
  },
});
