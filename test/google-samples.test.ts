/**
 * Every request in Google's own Interactions image samples (googleapis/js-genai `sdk-samples/`,
 * reduced in test/fixtures/google-samples/) passes every tool: `check` (the real binary, on a
 * HAR capture of the requests, so each gets its API and model from its URL) reports nothing but
 * the true lifecycle warnings about the sample's own model, the guard forwards it untouched and
 * `repair` changes nothing; with the image model the samples name today there is no finding at
 * all, and the strict test server answers 200, to the body sent as is and to the same request
 * sent by the client.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeminiImageClient, type GenerateImageOptions } from "@gemini-image/client";
import { FINDINGS, generateContentUrl, interactionsUrl, type FindingId, type GeminiApi } from "@gemini-image/protocol";
import { createGuard, repair, validate } from "@gemini-image/schema";
import { startTestServer, type TestServer } from "@gemini-image/test-server";
import { checkFiles, harOf, idsOf, writeBodies } from "./check-cli.js";

interface Sample {
  readonly name: string;
  readonly sample: string;
  readonly api: GeminiApi;
  /** generateContent's model, which goes in the URL. */
  readonly model?: string;
  readonly body: Record<string, unknown>;
  readonly findings: readonly FindingId[];
  readonly currentModel?: string;
  readonly client?: Pick<GenerateImageOptions, "prompt" | "responseModalities">;
}

const DIR = new URL("fixtures/google-samples/", import.meta.url);
const SAMPLES: readonly Sample[] = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({ name: file, ...(JSON.parse(readFileSync(new URL(file, DIR), "utf8")) as Omit<Sample, "name">) }));

/** The sample's request with `model` in place of its own, where each API keeps the model. */
function withModel(sample: Sample, model: string | undefined): { url: string; body: Record<string, unknown>; model?: string } {
  if (sample.api === "generate-content") {
    const id = model ?? sample.model!;
    return { url: generateContentUrl(id), body: sample.body, model: id };
  }
  return { url: interactionsUrl(), body: model === undefined ? sample.body : { ...sample.body, model } };
}

/** The model-lifecycle warnings: true findings about a sample's own (old) model, never about its request. */
const LIFECYCLE: readonly FindingId[] = ["retired-model", "deprecated-model"];

const KEY = "test-key-google-samples";
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: KEY, mode: "strict" });
});
afterAll(async () => {
  await server.close();
});

describe("Google's Interactions image samples", () => {
  it("are all here: every interactions_* image sample of sdk-samples", () => {
    expect(new Set(SAMPLES.map((s) => s.sample))).toEqual(
      new Set([
        "sdk-samples/interactions_multimodal_response_image.ts",
        "sdk-samples/interactions_multimodal_response_image_with_generate_content.ts",
        "sdk-samples/interactions_multimodal_input_text_and_image.ts",
      ]),
    );
  });

  const published = checkFiles([writeBodies({ published: harOf(SAMPLES.map((s) => withModel(s, undefined))) }).published!]);
  const current = SAMPLES.filter((s) => s.currentModel !== undefined);
  const today = checkFiles([writeBodies({ current: harOf(current.map((s) => withModel(s, s.currentModel))) }).current!]);

  it("pass check as published: exit 0, and the only findings are warnings about the sample's own model", () => {
    expect(published.status).toBe(0);
    for (const finding of SAMPLES.flatMap((s) => s.findings)) {
      expect(LIFECYCLE, finding).toContain(finding);
      expect(FINDINGS[finding].severity).toBe("warning");
    }
  });

  SAMPLES.forEach((sample, i) => {
    describe(sample.name, () => {
      it("check reports only the expected findings, for the API its URL names", () => {
        const result = published.results[i]!;
        expect([result.api, result.apiSource]).toEqual([sample.api, "url"]);
        expect(idsOf(result)).toEqual([...sample.findings].sort());
        const { body, model } = withModel(sample, undefined);
        expect(validate(body, { api: sample.api, model }).findings.map((f) => f.code)).toEqual(sample.findings);
        // The body's own keys say its API too.
        expect(validate(body, { model }).api).toBe(sample.api);
      });

      it("the guard forwards it untouched even in repair mode, and repair changes nothing", () => {
        const { url, body, model } = withModel(sample, undefined);
        const decision = createGuard({ mode: "repair", log: false }).check(JSON.stringify(body), { method: "POST", url });
        expect(decision).toMatchObject({ action: "forward", changed: false, body });
        expect(repair(body, { api: sample.api, model }).changes).toEqual([]);
      });

      if (sample.currentModel === undefined || sample.client === undefined) return;
      const currentModel = sample.currentModel;
      const client = sample.client;

      it(`with today's ${currentModel}: no finding from check`, () => {
        const result = today.results[current.indexOf(sample)]!;
        expect(result.api).toBe(sample.api);
        expect(result.findings).toEqual([]);
      });

      it(`with today's ${currentModel}: the strict server answers 200 to the body as the sample sends it`, async () => {
        const { body } = withModel(sample, currentModel);
        const path = sample.api === "interactions" ? "/v1beta/interactions" : `/v1beta/models/${currentModel}:generateContent`;
        const response = await fetch(`${server.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-goog-api-key": KEY },
          body: JSON.stringify(body),
        });
        expect(response.status, await response.clone().text()).toBe(200);
        const answer = (await response.json()) as { steps?: unknown[]; candidates?: unknown[] };
        expect(sample.api === "interactions" ? answer.steps : answer.candidates).toBeDefined();
      });

      it(`with today's ${currentModel}: the client sends the same request and gets the image`, async () => {
        const result = await createGeminiImageClient({ apiKey: KEY, baseUrl: server.url }).generateImage({
          api: sample.api,
          model: currentModel,
          ...client,
        });
        expect(server.requests.at(-1)!.status).toBe(200);
        expect(result.api).toBe(sample.api);
        expect(result.image.width).toBeGreaterThan(0);
      });
    });
  });

  it("the text-model sample is no image request: the image test server does not serve its model", async () => {
    const text = SAMPLES.find((s) => s.currentModel === undefined)!;
    const response = await fetch(`${server.url}/v1beta/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": KEY },
      body: JSON.stringify(text.body),
    });
    expect(response.status).toBe(404);
  });
});
