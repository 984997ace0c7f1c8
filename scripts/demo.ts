/**
 * `pnpm demo`: a tour of gemini-image on this machine, offline. Each step runs the real
 * `gemini-image` binary as a user would and prints what it answers.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../packages/cli/bin/gemini-image.js", import.meta.url));

interface Step {
  readonly title: string;
  readonly why: string;
  readonly args: readonly string[];
}

const steps: readonly Step[] = [
  {
    title: "The Gemini image models, their status, tiers and prices",
    why: "Preview ids were shut down on 2026-06-25; the GA ids replace them. Only 3.1 Flash Image has 512 and the 1:4..8:1 ratios.",
    args: ["models"],
  },
  {
    title: "What each OpenAI size becomes on each model",
    why: 'Gemini has no `size`: "1792x1024" must become imageConfig { imageSize, aspectRatio }. Nearest ratio, smallest tier that covers it.',
    args: ["sizes"],
  },
  {
    title: "One size, one model: the article's DALL-E 3 landscape on Nano Banana Pro",
    why: "The JSON form is what scripts and the codemod consume.",
    args: ["sizes", "1792x1024", "--model", "gemini-3-pro-image", "--format", "json"],
  },
];

let failed = 0;
for (const [index, step] of steps.entries()) {
  process.stdout.write(`\n== ${index + 1}. ${step.title}\n   ${step.why}\n   $ gemini-image ${step.args.join(" ")}\n\n`);
  const result = spawnSync(process.execPath, [bin, ...step.args], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.stdout.write(`\nTour finished: ${steps.length - failed} of ${steps.length} steps ran cleanly.\n`);
process.exitCode = failed === 0 ? 0 : 1;
