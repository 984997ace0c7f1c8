/**
 * docs/interactions.md says what it shows: every example marked `generate-content` or
 * `interactions` passes that API's validator with no finding (JSON bodies as they are; SDK code
 * run against a stand-in `ai`, its generateContent parameters turned into the REST body the SDK
 * sends), the SDK examples read back the final image and not an interim one, the findings-by-API
 * table lists every finding once and agrees with what the validator reports per API, and every
 * relative link resolves.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FINDING_IDS, GENAI_PARAMS, type GeminiApi } from "@gemini-image/protocol";
import { validate } from "@gemini-image/schema";
import { CASES } from "../packages/schema/tests/cases.js";
import { INTERACTIONS_CASES } from "../packages/schema/tests/interactions-cases.js";

const PAGE = fileURLToPath(new URL("../docs/interactions.md", import.meta.url));
const markdown = readFileSync(PAGE, "utf8");

interface Example {
  readonly lang: string;
  readonly api: GeminiApi;
  readonly model: string | undefined;
  readonly code: string;
  readonly line: number;
}

/** The fenced blocks whose info string names an API (`json interactions`, `js generate-content model=…`). */
const EXAMPLES: readonly Example[] = [...markdown.matchAll(/^```(\w+) ([^\n]*)\n([\s\S]*?)^```$/gmu)].flatMap((match) => {
  const [, lang, info, code] = match as unknown as [string, string, string, string];
  const words = info.split(/\s+/u);
  const api = words.find((w): w is GeminiApi => w === "generate-content" || w === "interactions");
  if (api === undefined) return [];
  const model = words.find((w) => w.startsWith("model="))?.slice("model=".length);
  return [{ lang, api, model, code, line: markdown.slice(0, match.index).split("\n").length }];
});

const THOUGHT = "VEhPVUdIVA==";
const INTERIM = "SU5URVJJTQ==";
const FINAL = "RklOQUw=";

/** A GenerateContentResponse with text, a thought image and the final image, in Google's order. */
const generateContentAnswer = {
  candidates: [
    {
      content: {
        role: "model",
        parts: [
          { text: "Here it is." },
          { inlineData: { mimeType: "image/png", data: THOUGHT }, thought: true },
          { inlineData: { mimeType: "image/png", data: FINAL } },
        ],
      },
    },
  ],
};

/** An interaction with a thought image, an interim output image and the final one, as the SDK returns it. */
const interactionAnswer = {
  status: "completed",
  steps: [
    { type: "thought", summary: [{ type: "image", data: THOUGHT, mime_type: "image/png" }] },
    { type: "model_output", content: [{ type: "text", text: "Here it is." }, { type: "image", data: INTERIM, mime_type: "image/png" }] },
    { type: "model_output", content: [{ type: "image", data: FINAL, mime_type: "image/png" }] },
  ],
  output_image: { type: "image", data: FINAL, mime_type: "image/png" },
};

/** The REST body `ai.models.generateContent(params)` sends: `config` split into generationConfig and top-level fields. */
function restBody(params: { contents: unknown; config?: Record<string, unknown> }): Record<string, unknown> {
  const topLevel = new Set<string>(GENAI_PARAMS.extraConfigFields);
  const body: Record<string, unknown> = {
    contents: typeof params.contents === "string" ? [{ role: "user", parts: [{ text: params.contents }] }] : params.contents,
  };
  const generationConfig: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params.config ?? {})) {
    if (!topLevel.has(key)) generationConfig[key] = value;
    else body[key] = key === "systemInstruction" && typeof value === "string" ? { parts: [{ text: value }] } : value;
  }
  if (Object.keys(generationConfig).length > 0) body.generationConfig = generationConfig;
  return body;
}

interface Sent {
  readonly api: GeminiApi;
  readonly model: string;
  readonly body: Record<string, unknown>;
}

/** Runs an SDK example against a stand-in `ai`; answers what it sent and what it saved. */
async function runSdkExample(code: string): Promise<{ sent: Sent[]; saved: unknown[] }> {
  const sent: Sent[] = [];
  const saved: unknown[] = [];
  const ai = {
    models: {
      generateContent: (params: { model: string; contents: unknown; config?: Record<string, unknown> }) => {
        sent.push({ api: "generate-content", model: params.model, body: restBody(params) });
        return Promise.resolve(structuredClone(generateContentAnswer));
      },
    },
    interactions: {
      create: (params: Record<string, unknown>) => {
        sent.push({ api: "interactions", model: String(params.model), body: params });
        return Promise.resolve(structuredClone(interactionAnswer));
      },
    },
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction("ai", "save", code)(ai, (value: unknown) => saved.push(value));
  return { sent, saved };
}

describe("docs/interactions.md examples", () => {
  it("has JSON and SDK examples for both APIs", () => {
    const kinds = new Set(EXAMPLES.map((e) => `${e.lang} ${e.api}`));
    expect(kinds).toEqual(new Set(["json generate-content", "json interactions", "js generate-content", "js interactions"]));
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  for (const example of EXAMPLES) {
    it(`line ${example.line}: the ${example.lang} ${example.api} example passes its validator with no finding${example.lang === "js" ? " and reads the final image" : ""}`, async () => {
      if (example.lang === "json") {
        const body = JSON.parse(example.code) as unknown;
        if (example.api === "generate-content") expect(example.model, "a generateContent body needs model= in its info string").toBeDefined();
        const result = validate(body, { api: example.api, model: example.model });
        expect(result.findings).toEqual([]);
        // The body's own keys name the same API, so `check` without --api agrees.
        expect(validate(body, { model: example.model }).api).toBe(example.api);
        return;
      }
      const { sent, saved } = await runSdkExample(example.code);
      expect(sent.map((s) => s.api)).toEqual([example.api]);
      for (const { api, model, body } of sent) expect(validate(body, { api, model }).findings).toEqual([]);
      expect(saved, "the example reads the final image, not a thought or interim one").toEqual([FINAL]);
    });
  }
});

/** The rows of the findings-by-API table: id, and whether each API gets it. */
function findingsTable(): { id: string; apis: Set<GeminiApi> }[] {
  const section = markdown.slice(markdown.indexOf("## Findings by API"));
  return [...section.matchAll(/^\| \[`([a-z0-9-]+)`\]\(findings\/\1\.md\) \|\s*(✓?)\s*\|\s*(✓?)\s*\|/gmu)].map(([, id, gc, ia]) => ({
    id: id!,
    apis: new Set<GeminiApi>([...(gc ? (["generate-content"] as const) : []), ...(ia ? (["interactions"] as const) : [])]),
  }));
}

describe("docs/interactions.md findings by API", () => {
  const rows = findingsTable();

  it("lists every finding of the catalog once, each for at least one API", () => {
    expect(rows.map((r) => r.id)).toEqual(FINDING_IDS);
    for (const row of rows) expect(row.apis.size, row.id).toBeGreaterThan(0);
  });

  it("marks every finding the validator reports on its test cases for that API", () => {
    const reported = (api: GeminiApi, cases: readonly { codes: readonly string[] }[]) => new Set(cases.flatMap((c) => c.codes).map((id) => `${api} ${id}`));
    const marked = new Set(rows.flatMap((r) => [...r.apis].map((api) => `${api} ${r.id}`)));
    const missing = [...reported("generate-content", CASES), ...reported("interactions", INTERACTIONS_CASES)].filter((entry) => !marked.has(entry));
    expect(missing).toEqual([]);
  });
});

describe("docs/interactions.md on the AI SDK's google.interactions", () => {
  const section = markdown.slice(markdown.indexOf("### Through the AI SDK's `google.interactions`"), markdown.indexOf("Google's own Interactions image samples"));
  const rows = [...section.matchAll(/^\| (\[`.*?) \| (.+) \|$/gmu)].map(([, ids, what]) => ({ ids: [...ids!.matchAll(/\[`([a-z0-9-]+)`\]/gu)].map((m) => m[1]!), what: what! }));

  it("names catalog ids only", () => {
    expect(rows.length).toBeGreaterThan(4);
    for (const id of rows.flatMap((r) => r.ids)) expect(FINDING_IDS, id).toContain(id);
  });

  it("says reported for every id the agreement corpus expects on such calls, and never for none of them", () => {
    const dir = fileURLToPath(new URL("fixtures/agreement/ai-sdk/", import.meta.url));
    const expected = new Set(
      readdirSync(dir)
        .filter((f) => f.startsWith("interactions-"))
        .flatMap((f) => /^\/\/ expect: (.+)$/mu.exec(readFileSync(join(dir, f), "utf8"))![1]!.split(/\s*,\s*/u))
        .filter((id) => id !== "none"),
    );
    expect(expected.size).toBeGreaterThan(3);
    const reported = new Set(rows.filter((r) => r.what.startsWith("reported")).flatMap((r) => r.ids));
    const never = new Set(rows.filter((r) => r.what.startsWith("never")).flatMap((r) => r.ids));
    for (const id of expected) {
      expect(reported, id).toContain(id);
      expect(never, id).not.toContain(id);
    }
  });
});

describe("docs/interactions.md links", () => {
  it("every relative link resolves, and README.md and the findings index link the page", () => {
    const targets = [...markdown.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/gu)].map(([, target]) => target!).filter((t) => !/^[a-z]+:/u.test(t));
    expect(targets.length).toBeGreaterThan(40);
    const broken = targets.filter((t) => !existsSync(join(dirname(PAGE), t)));
    expect(broken).toEqual([]);
    const root = fileURLToPath(new URL("..", import.meta.url));
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(docs/interactions.md)");
    expect(readFileSync(join(root, "docs/findings/README.md"), "utf8")).toContain("(../interactions.md#findings-by-api)");
  });
});
