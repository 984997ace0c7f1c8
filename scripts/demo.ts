/**
 * `pnpm demo`: a tour of gemini-image on this machine, offline. CLI steps run the real
 * `gemini-image` binary as a user would; library steps call the packages as an app would.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { createGeminiImageClient } from "@gemini-image/client";
import { estimateCost } from "@gemini-image/protocol";
import { startTestServer } from "@gemini-image/test-server";

const bin = fileURLToPath(new URL("../packages/cli/bin/gemini-image.js", import.meta.url));
// ESLint's exports map hides bin/, so find it next to its package.json.
const eslintBin = createRequire(import.meta.url).resolve("eslint/package.json").replace(/package\.json$/u, "bin/eslint.js");

interface Step {
  readonly title: string;
  readonly why: string;
  /** Prints what the step shows; answers whether it ran cleanly. */
  run(): Promise<boolean>;
}

/** A CLI step; `expected` lists the exit codes that mean it worked (migrate exits 1 when it leaves follow-ups). */
function cli(title: string, why: string, args: readonly string[], expected: readonly number[] = [0]): Step {
  return {
    title,
    why,
    async run() {
      process.stdout.write(`   $ gemini-image ${args.join(" ")}\n\n`);
      const { status } = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" });
      return status !== null && expected.includes(status);
    },
  };
}

const steps: readonly Step[] = [
  cli(
    "The Gemini image models, their status, tiers and prices",
    "Preview ids were shut down on 2026-06-25; the GA ids replace them. Only 3.1 Flash Image has 512 and the 1:4..8:1 ratios.",
    ["models"],
  ),
  cli(
    "What each OpenAI size becomes on each model",
    'Gemini has no `size`: "1792x1024" must become imageConfig { imageSize, aspectRatio }. Nearest ratio, smallest tier that covers it.',
    ["sizes"],
  ),
  cli("One size, one model: DALL-E 3's landscape on Nano Banana Pro", "The JSON form is what scripts consume.", [
    "sizes",
    "1792x1024",
    "--model",
    "gemini-3-pro-image",
    "--format",
    "json",
  ]),
  {
    title: "ESLint with eslint-plugin-gemini-image (recommended) on an example project",
    why: "The article's server.js, a @google/genai app and an AI SDK app are flagged; the OpenAI app beside them stays clean.",
    async run() {
      const args = ["-c", "packages/eslint-plugin/examples/examples.eslint.config.js", "packages/eslint-plugin/examples"];
      process.stdout.write(`   $ eslint ${args.join(" ")}\n`);
      // ESLint exits 1 when it reports errors, which is the point of this step.
      const { status } = spawnSync(process.execPath, [eslintBin, ...args], { stdio: "inherit" });
      return status === 1;
    },
  },
  cli(
    "Checking request bodies: the article's good body and its pitfall 1 (size next to imageConfig)",
    "The validator runs ahead-of-time compiled ajv plus checks that say the fix; errors exit 1, warnings alone exit 0.",
    ["check", "--model", "gemini-3-pro-image", "packages/cli/tests/fixtures/check/seed-good.json", "packages/cli/tests/fixtures/check/seed-pitfall-1-size.json"],
    [1],
  ),
  cli(
    "Checking a HAR capture from the browser's devtools",
    "Every request to a generateContent URL is checked for the model in its URL; the key is never shown.",
    ["check", "packages/cli/tests/fixtures/check/capture.har"],
    [1],
  ),
  cli(
    "Repairing the pitfall: the repaired body on stdout, the changes on stderr",
    "repair moves, renames and maps what it safely can; what it cannot stays a finding.",
    ["check", "--repair", "--model", "gemini-3-pro-image", "packages/cli/tests/fixtures/check/seed-pitfall-1-size.json"],
  ),
  cli(
    "The codemod on the article's server.js and on an OpenAI-habit REST call, as a dry run with diffs",
    "It rewrites size, n, snake_case and preview ids in place, keeps comments, and leaves a comment plus a report line where a person must decide.",
    [
      "migrate",
      "--dry",
      "--print",
      "packages/codemod/__testfixtures__/seed-server.input.js",
      "packages/codemod/__testfixtures__/rest-literal.input.ts",
      "packages/codemod/__testfixtures__/not-gemini.input.ts",
    ],
    [0, 1],
  ),
  cli(
    "Auditing a project: every image request, its model, size and price",
    "Requests are found by the ESLint rules' own locator; the type checker adds models imported from other files, path aliases and typed parameters. A chat is one request, text-only calls are left out, OpenAI calls are quoted for --model.",
    ["audit", "--project", "packages/audit/tests/fixtures/app/tsconfig.json", "--model", "gemini-3-pro-image"],
    [1],
  ),
  {
    title: "A 2K 16:9 image through the reference client, from the local test server",
    why: "The client validates the body, sends the key in a header, retries 429s and picks the final image; the strict server answers like Google.",
    async run() {
      const server = await startTestServer({ apiKey: "demo-key", thoughtImages: 2, textPart: true, failures: [{ kind: "rate-limit", retryDelaySeconds: 1 }] });
      try {
        const client = createGeminiImageClient({
          apiKey: "demo-key",
          baseUrl: server.url,
          onRetry: ({ status, waitMs }) => process.stdout.write(`   got HTTP ${status}; waiting ${waitMs} ms as Google's RetryInfo asks\n`),
        });
        const result = await client.generateImage({ model: "gemini-3-pro-image", prompt: "a lighthouse at dusk", imageSize: "2K", aspectRatio: "16:9" });
        const cost = estimateCost("gemini-3-pro-image", "2K");
        process.stdout.write(
          `   ${server.url} answered ${result.attempts} request(s); the response had ${result.images.length} final image after 2 thought images\n` +
            `   image: ${result.image.width}x${result.image.height} ${result.image.mimeType}, ${result.image.data.byteLength} bytes\n` +
            `   estimated price: $${cost.usdPerImage.toFixed(3)} per image (${cost.outputTokensPerImage} output tokens)\n`,
        );
        return result.image.width === 2752 && result.image.height === 1536;
      } finally {
        await server.close();
      }
    },
  },
];

let failed = 0;
for (const [index, step] of steps.entries()) {
  process.stdout.write(`\n== ${index + 1}. ${step.title}\n   ${step.why}\n`);
  if (!(await step.run())) failed++;
}
process.stdout.write(`\nTour finished: ${steps.length - failed} of ${steps.length} steps ran cleanly.\n`);
process.exitCode = failed === 0 ? 0 : 1;
