/**
 * `pnpm exec tsx scripts/acceptance.ts <dir> <labels.json>`: the acceptance measurement of issue
 * 11 on a folder of real files kept outside the repository (see docs/acceptance.md). Prints the
 * table per finding id and tool, then every false positive, miss, crash and damaged file. Build
 * first (`pnpm build`): the audit and migrate run as the CLI, from the packages' dist.
 */
import { resolve } from "node:path";
import { formatMeasurement, measure, readLabels } from "../test/acceptance.js";

const [dir, labelsPath] = process.argv.slice(2);
if (!dir || !labelsPath) {
  process.stderr.write("Usage: tsx scripts/acceptance.ts <dir> <labels.json>\n");
  process.exit(2);
}
const labels = readLabels(resolve(labelsPath));
const measurement = await measure(resolve(dir), labels);
process.stdout.write(`${formatMeasurement(measurement, labels)}\n`);
