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

/**
 * A CLI step; `expected` lists the exit codes that mean it worked (check and audit exit 1 when
 * they report findings, the point of those steps). `stdout: "ignore"` hides a long output.
 */
function cli(title: string, why: string, args: readonly string[], expected: readonly number[] = [0], stdout: "inherit" | "ignore" = "inherit"): Step {
  return {
    title,
    why,
    async run() {
      process.stdout.write(`   $ gemini-image ${args.join(" ")}${stdout === "ignore" ? " > repaired.json" : ""}\n`);
      const { status } = spawnSync(process.execPath, [bin, ...args], { stdio: ["inherit", stdout, "inherit"] });
      return status !== null && expected.includes(status);
    },
  };
}

const demo = (file: string) => `scripts/demo/${file}`;

const steps: readonly Step[] = [
  cli("DALL-E 3's landscape size on every Gemini image model", 'Gemini has no `size`: "1792x1024" becomes imageConfig { imageSize, aspectRatio }.', [
    "sizes",
    "1792x1024",
  ]),
  {
    title: "ESLint with eslint-plugin-gemini-image (recommended)",
    why: "A fetch written with DALL-E habits: an OpenAI size and a lowercase tier.",
    async run() {
      const args = ["-c", "packages/eslint-plugin/examples/examples.eslint.config.js", demo("openai-habits.js")];
      process.stdout.write(`   $ eslint ${args.join(" ")}\n`);
      // ESLint exits 1 when it reports errors, which is the point of this step. Its report is
      // printed without the blank lines that frame it.
      const { status, stdout } = spawnSync(process.execPath, [eslintBin, ...args], { encoding: "utf8", stdio: ["inherit", "pipe", "inherit"] });
      process.stdout.write(`${stdout.trim()}\n`);
      return status === 1;
    },
  },
  cli("The codemod fixes the same file (a dry run with its diff)", "It rewrites in place, keeps the layout, and leaves a comment where a person must decide.", [
    "migrate",
    "--dry",
    "--print",
    demo("openai-habits.js"),
  ]),
  cli("Checking a request body before it is sent", "A correct generateContent body passes with no finding.", [
    "check",
    "--model",
    "gemini-3-pro-image",
    demo("good-body.json"),
  ]),
  cli(
    "Repairing the article's pitfall 1 (size next to imageConfig)",
    "The findings and what repair changed go to stderr; the repaired body to stdout (hidden here).",
    ["check", "--repair", "--model", "gemini-3-pro-image", "packages/cli/tests/fixtures/check/seed-pitfall-1-size.json"],
    [0],
    "ignore",
  ),
  cli("An Interactions API body: snake_case everywhere", "check picks the API from the body; camelCase is what Google rejects here.", ["check", demo("interaction.json")], [1]),
  cli("Auditing a project: each image request, its model, size and price", "The ESLint rules' locator on every file; a shut-down preview id is flagged.", [
    "audit",
    "--no-types",
    "packages/audit/tests/fixtures/plain-js",
  ]),
  {
    title: "A 2K 16:9 image through the reference client from the local test server",
    why: "It validates first, retries a 429 and picks the final image.",
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
  process.stdout.write(`\n== ${index + 1}. ${step.title}. ${step.why}\n`);
  if (!(await step.run())) failed++;
}
process.stdout.write(`\nTour finished: ${steps.length - failed} of ${steps.length} steps ran cleanly.\n`);
process.exitCode = failed === 0 ? 0 : 1;
