/**
 * Protocol hot paths against the plain parsing they replace. `resolveModel` runs on every
 * string literal the ESLint rules and the codemod look at, so it is measured on real SDK code
 * as well as on model texts; `toImageConfig` runs for every OpenAI size the codemod maps.
 */
import { readFileSync } from "node:fs";
import { compare, type RatioResult } from "../../../test/bench.js";
import { listCorpusFiles } from "../../../test/corpus.js";
import { MODELS, MODEL_ALIASES, MODEL_IDS, OPENAI_IMAGE_SIZES, OPENAI_SIZES, resolveModel, toImageConfig } from "../src/index.js";

// What a naive resolver does: read every text as a URL against the API base and take the path.
const API_BASE = "https://generativelanguage.googleapis.com/v1beta/";
const SIZE = /^(\d+)x(\d+)$/u;

export default async function protocolBench(): Promise<RatioResult[]> {
  const { named, other } = modelTexts();
  // Guard against timing a resolver that no longer does the job.
  const wrong = [...named.filter((text) => resolveModel(text).kind !== "known"), ...other.filter((text) => resolveModel(text).kind === "known")];
  if (wrong.length > 0) throw new Error(`resolveModel answers wrongly for ${wrong.length} bench texts, such as "${wrong[0]}".`);
  const literals = sdkStringLiterals(3000);

  const liveModels = MODEL_IDS.filter((id) => MODELS[id].tiers.length > 0);
  const sizeCases = liveModels.flatMap((model) => OPENAI_SIZES.map((size) => ({ model, size })));

  return [
    compare({
      name: `resolveModel, ${named.length} texts naming a model (ids, URLs, prefixes, aliases) vs new URL()`,
      ours: () => countKnown(named),
      baseline: () => countPaths(named),
    }),
    compare({
      name: `resolveModel, ${other.length} near misses and other models' texts vs new URL()`,
      ours: () => countKnown(other),
      baseline: () => countPaths(other),
    }),
    compare({
      name: `resolveModel, ${literals.length} string literals from SDK code vs new URL()`,
      ours: () => countKnown(literals),
      baseline: () => countPaths(literals),
    }),
    compare({
      name: `toImageConfig, ${OPENAI_SIZES.length} OpenAI sizes x ${liveModels.length} models vs a WxH regex`,
      ours: () => {
        let exact = 0;
        for (const { model, size } of sizeCases) if (toImageConfig(size, { model }).exact) exact++;
        return exact;
      },
      baseline: () => {
        let pixels = 0;
        for (const { size } of sizeCases) {
          const match = SIZE.exec(size);
          if (match) pixels += Number(match[1]) * Number(match[2]);
        }
        return pixels;
      },
    }),
  ];
}

function countKnown(texts: readonly string[]): number {
  let known = 0;
  for (const text of texts) if (resolveModel(text).kind === "known") known++;
  return known;
}

function countPaths(texts: readonly string[]): number {
  let length = 0;
  for (const text of texts) length += new URL(text, API_BASE).pathname.length;
  return length;
}

/** Model names as code and traffic write them (`named`), and near misses and unrelated texts (`other`). */
function modelTexts(): { named: string[]; other: string[] } {
  const names = [...MODEL_IDS, ...Object.keys(MODEL_ALIASES)];
  const typos = MODEL_IDS.flatMap((id) => [id.replace("image", "imge"), id.toUpperCase(), `${id}-001`]);
  const others = [...Object.keys(OPENAI_IMAGE_SIZES), "gemini-2.5-flash", "gemini-3-pro-preview", "imagen-4.0-generate-001"];
  const hosts = [
    "https://generativelanguage.googleapis.com/v1beta",
    "https://generativelanguage.googleapis.com/v1alpha",
    "https://us-central1-aiplatform.googleapis.com/v1/projects/demo-project/locations/us-central1/publishers/google",
    "https://aiplatform.googleapis.com/v1/projects/p-123/locations/global/publishers/google",
    "https://gateway.example.com/proxy/v1beta",
  ];
  const methods = ["", ":generateContent", ":streamGenerateContent?alt=sse", ":countTokens"];
  const unrelated = [
    "https://api.openai.com/v1/images/generations",
    "https://api.openai.com/v1/images/edits",
    "https://example.com/assets/banana.png?w=1024&h=1024",
    "https://storage.googleapis.com/bucket/models/weights.bin",
    "/v1/chat/completions",
    "./images/output-1024x1024.png",
    "Generate a photo of a nano banana on a table",
    "application/json",
  ];
  const forms = (name: string) => [
    name,
    `models/${name}`,
    `google/${name}`,
    `openrouter/google/${name}`,
    ` ${name} `,
    ...hosts.flatMap((host) => methods.map((method) => `${host}/models/${name}${method}`)),
  ];
  const other = [...typos, ...others].flatMap(forms);
  for (let i = 0; i < 20; i++) other.push(...unrelated.map((text) => `${text}${i === 0 ? "" : `#${i}`}`));
  return { named: names.flatMap(forms), other };
}

/** Up to `limit` distinct double-quoted string literals from the SDKs' own code. */
function sdkStringLiterals(limit: number): string[] {
  const files = listCorpusFiles({ packages: ["@google/genai", "openai", "ai", "@ai-sdk/google"], extensions: [".mjs", ".js"], limit: 400 });
  const literals = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file.path, "utf8").matchAll(/"([^"\\\n]{1,120})"/gu)) {
      // The baseline must not throw: keep texts that parse as a URL (nearly all of them).
      if (URL.canParse(match[1]!, API_BASE)) literals.add(match[1]!);
      if (literals.size >= limit) return [...literals];
    }
  }
  return [...literals];
}
