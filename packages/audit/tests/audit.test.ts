import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AuditInputError, audit, type AuditReport, type CallSite } from "../src/index.ts";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));
const APP = fixture("app");
const report = audit({ project: `${APP}tsconfig.json`, cwd: APP });

/** A fixture copied where no node_modules can be found above it: no SDK types resolve. */
export function withoutNodeModules(name: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), "audit-bare-")), name);
  cpSync(fixture(name), copy, { recursive: true });
  return copy;
}

/** The call sites of one fixture file, in source order. */
const callsIn = (from: AuditReport, file: string): CallSite[] => from.calls.filter((c) => c.file === file);
const appCalls = (file: string): CallSite[] => callsIn(report, `src/${file}`);
const ids = (site: CallSite | undefined): string[] => site?.findings.map((f) => `${f.severity} ${f.id}`) ?? [];

describe("audit on the locator, with types from the project's tsconfig", () => {
  it("reads a model const and an `as const` table imported from another file, with pixels and price", () => {
    const [banner, poster] = appCalls("generate.ts");
    expect(banner).toMatchObject({
      api: "genai",
      method: "generateContent",
      line: 5,
      model: { written: "gemini-3-pro-image", id: "gemini-3-pro-image", lifecycle: "active" },
      imageSize: "2K",
      aspectRatio: "16:9",
      pixels: { width: 2752, height: 1536 },
      usdPerImage: 0.134,
      findings: [],
    });
    expect(poster).toMatchObject({ imageSize: "4K", aspectRatio: "3:2", usdPerImage: 0.24 });
  });

  it("follows an alias of ai.models, a GoogleGenAI held in a class field and a tsconfig path alias", () => {
    expect(appCalls("alias.ts")).toMatchObject([{ api: "genai", model: { id: "gemini-3.1-flash-image" }, imageSize: "512", usdPerImage: 0.045 }]);
    const [stream] = appCalls("wrapper.ts");
    expect(stream).toMatchObject({ method: "generateContentStream", model: { written: "nano-banana-pro", id: "gemini-3-pro-image" } });
    expect(ids(stream)).toEqual(["warning model-alias"]);
    expect(appCalls("aliased.ts")).toMatchObject([{ model: { id: "gemini-3.1-flash-image" }, imageSize: "1K", aspectRatio: "1:1", usdPerImage: 0.067 }]);
  });

  it("reports nothing for UI imageConfig objects, a user's own generateContent or own `models` object", () => {
    expect(appCalls("traps.ts")).toEqual([]);
    // The locator matches `x.models.generateContent` by name; the checker says it is the app's own method.
    expect(appCalls("own-models.ts")).toEqual([]);
  });

  it("counts text-only calls, JSON schemas and OpenRouter calls without listing them; an image model asked for TEXT only is listed", () => {
    // The shared verdict (protocol classifyEvidence): an image model decides, ["TEXT"] is the
    // conflict, which require-image-modality reports (the audit reports model and value findings).
    const listed = appCalls("text.ts");
    expect(listed.map((call) => [call.line, call.model.written, call.evidence])).toEqual([[9, "gemini-3-pro-image", "an image model"]]);
    expect(report.summary.notImage).toBeGreaterThanOrEqual(2);
  });

  it("lists an unknown model that asks for IMAGE output (Modality.IMAGE) with its model unknown, and reports it", () => {
    expect(appCalls("unknown-model.ts")).toMatchObject([
      { api: "genai", model: { written: "gemini-2.0-flash-preview-image-generation", id: undefined }, evidence: "IMAGE in responseModalities" },
    ]);
    // Its name says image, yet it is no current Google image model (protocol modelFindings).
    expect(ids(appCalls("unknown-model.ts")[0])).toEqual(["warning unknown-model"]);
  });

  it("lists a chat once where it is created, with its sendMessage calls, and reports its shut-down model once", () => {
    const chat = appCalls("chat.ts");
    expect(chat).toHaveLength(1);
    expect(chat[0]).toMatchObject({ api: "genai-chat", method: "chats.create", line: 4, model: { id: "gemini-3.1-flash-image-preview", lifecycle: "shut-down" } });
    expect(chat[0]?.sends.map((s) => `${s.method}@${s.line}`)).toEqual(["sendMessage@5", "sendMessage@6"]);
    expect(ids(chat[0])).toEqual(["warning retired-model"]);
  });

  it("lists a legacy getGenerativeModel and its generateContent calls, in this file and another, as one request", () => {
    const legacy = appCalls("legacy.ts");
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({ api: "legacy", method: "getGenerativeModel", model: { id: "gemini-2.5-flash-image", lifecycle: "deprecated" } });
    expect(legacy[0]?.sends.map((s) => `${s.file}:${s.line}`)).toEqual(["src/legacy.ts:7", "src/session.ts:10"]);
    expect(ids(legacy[0])).toEqual(["warning deprecated-model"]);
  });

  it("finds a send on a typed `Chat` parameter through the checker", () => {
    expect(appCalls("session.ts")).toMatchObject([{ api: "genai-chat", method: "sendMessage", line: 6, aspectRatio: "5:4", model: { written: undefined } }]);
  });

  it("reports findings where the value is written: an imageSize the model does not take, a typo with a suggestion", () => {
    const [, tooSmall, typo] = appCalls("problems.ts");
    expect(ids(tooSmall)).toEqual(["error invalid-image-size"]);
    expect(tooSmall?.findings[0]).toMatchObject({ line: 8, column: 121 });
    expect(tooSmall?.usdPerImage).toBeUndefined();
    expect(typo?.findings[0]?.message).toContain('Did you mean "gemini-3-pro-image"?');
    expect(typo?.model.id).toBeUndefined();
  });

  it("says unknown for a model from process.env and guesses nothing, except a size no model takes", () => {
    const [, , , fromEnv, lowercase] = appCalls("problems.ts");
    expect(fromEnv).toMatchObject({ model: { written: undefined, id: undefined }, imageSize: "2K", findings: [], usdPerImage: undefined, pixels: undefined });
    expect(lowercase).toMatchObject({ imageSize: "1k", aspectRatio: undefined, unknown: ["aspectRatio"] });
    expect(ids(lowercase)).toEqual(["error invalid-image-size"]);
    expect(appCalls("problems.ts").map((c) => c.line)).toEqual([4, 8, 12, 16, 24]);
  });

  it("reads the model of a REST call from a URL const built in another file", () => {
    expect(appCalls("rest.ts")).toMatchObject([
      { api: "rest", method: "fetch", model: { id: "gemini-3.1-flash-image" }, aspectRatio: "21:9", pixels: { width: 1584, height: 672 } },
    ]);
  });

  it("lists Imagen and OpenAI calls without judging them as Gemini calls, and never sends OpenAI calls to migrate", () => {
    expect(appCalls("imagen.ts")).toMatchObject([{ api: "imagen", model: { written: "imagen-4.0-generate-001", id: undefined }, findings: [] }]);
    const [openai] = appCalls("openai.ts");
    expect(openai).toMatchObject({ api: "openai", model: { written: "dall-e-3" }, openai: { size: "1792x1024", n: 1, mapping: undefined } });
    expect(openai?.openai?.note).toContain("pass --model to quote");
    expect(openai?.openai?.note).not.toContain("run gemini-image migrate");
  });

  it("sums requests per api and model, unknown models and findings by severity", () => {
    expect(report.summary).toMatchObject({
      files: 19,
      calls: 18,
      byApi: { genai: 12, "genai-chat": 2, legacy: 1, rest: 1, imagen: 1, openai: 1 },
      unknownModel: 5,
      findings: { error: 2, warning: 6 },
      undecided: 0,
    });
    expect(report.summary.byModel["gemini-3-pro-image"]).toBe(5);
  });

  it("without types (types: false) keeps every locator finding and loses only what imports carry", () => {
    const bare = audit({ project: `${APP}tsconfig.json`, cwd: APP, types: false });
    expect(bare.types).toBe(false);
    expect(callsIn(bare, "src/generate.ts")[0]).toMatchObject({ model: { written: undefined }, imageSize: "2K", aspectRatio: "16:9" });
    expect(callsIn(bare, "src/rest.ts")).toMatchObject([{ api: "rest", method: "shape", aspectRatio: "21:9", model: { written: undefined } }]);
    // The app's own `models.generateContent` looks like the SDK's to one file's syntax, as it does to the ESLint rules.
    expect(callsIn(bare, "src/own-models.ts")).toHaveLength(1);
    expect(bare.summary.findings).toEqual({ error: report.summary.findings.error + 1, warning: report.summary.findings.warning });
  });
});

describe("audit of a checkout without node_modules", () => {
  const dir = withoutNodeModules("untyped");
  const bare = audit({ project: join(dir, "tsconfig.json"), cwd: dir });

  it("finds SDK calls in plain JavaScript and untyped TypeScript, with findings", () => {
    expect(callsIn(bare, "src/app.js")).toMatchObject([
      { api: "genai", line: 7, model: { id: "gemini-3-pro-image" }, imageSize: "4K", aspectRatio: "16x9" },
      { api: "genai-chat", method: "chats.create", sends: [{ method: "sendMessage" }, { method: "sendMessage" }] },
    ]);
    expect(ids(callsIn(bare, "src/app.js")[0])).toEqual(["error invalid-aspect-ratio"]);
  });

  it("lists the legacy pair once, an unknown model with IMAGE output, and leaves text models out", () => {
    expect(callsIn(bare, "src/legacy.ts")).toMatchObject([
      { api: "legacy", line: 7, model: { written: "gemini-2.0-flash-preview-image-generation", id: undefined }, sends: [{ method: "generateContent", line: 11 }] },
    ]);
    expect(bare.summary.notImage).toBe(2);
  });

  it("finds REST calls and OpenAI images calls, not an OpenAI chat call", () => {
    expect(callsIn(bare, "src/rest.mjs")).toMatchObject([{ api: "rest", model: { id: "gemini-3.1-flash-image" }, aspectRatio: "21:9" }]);
    expect(callsIn(bare, "src/openai.js")).toMatchObject([{ api: "openai", method: "generate", openai: { size: "1536x1024" } }]);
    expect(bare.summary.calls).toBe(5);
  });

  it("reads paths alone without a tsconfig", () => {
    const paths = audit({ paths: [join(dir, "src")], cwd: dir });
    expect(paths.calls.map((c) => `${c.file}:${c.line}`)).toEqual(bare.calls.map((c) => `${c.file}:${c.line}`));
  });
});

describe("audit inputs", () => {
  it("follows the references of a tsconfig with `files: []`", () => {
    const solution = audit({ project: `${fixture("solution")}tsconfig.json`, cwd: fixture("solution") });
    expect(solution.calls.map((c) => `${c.file} ${c.api} ${c.model.id}`)).toEqual([
      "packages/a/src/index.ts genai gemini-3-pro-image",
      "packages/b/src/index.ts rest gemini-3.1-flash-image",
    ]);
    expect(solution.summary.files).toBe(2);
  });

  it("says so when files name Gemini but no request is found in them", () => {
    const none = audit({ project: `${fixture("no-request")}tsconfig.json`, cwd: fixture("no-request") });
    expect(none.calls).toEqual([]);
    expect(none.nothingFound?.files).toEqual(["src/gemini.ts"]);
    expect(none.nothingFound?.message).toContain("no image-generation request was found");
    expect(audit({ paths: [`${fixture("solution")}packages/a/tsconfig.json`] }).nothingFound).toBeUndefined();
  });

  it("quotes OpenAI sizes for --model", () => {
    const quoted = audit({ project: `${APP}tsconfig.json`, paths: [`${APP}src/openai.ts`], model: "gemini-3-pro-image", cwd: APP });
    expect(quoted.calls).toHaveLength(1);
    expect(quoted.calls[0]?.openai?.mapping).toMatchObject({ imageSize: "2K", aspectRatio: "16:9" });
    expect(quoted.calls[0]?.openai?.note).toMatch(/by hand .*imageConfig \{.*"imageSize":"2K"/u);
  });

  it("reads plain JavaScript without a tsconfig", () => {
    const js = audit({ paths: [fixture("plain-js")], cwd: fixture("plain-js") });
    expect(js.calls).toMatchObject([{ file: "app.mjs", api: "genai", model: { id: "gemini-3-pro-image-preview" } }]);
    expect(js.summary.findings).toEqual({ error: 0, warning: 1 });
  });

  it("reads the AI SDK generateImage's own aspectRatio option, where valid-aspect-ratio reads it", () => {
    const sdk = audit({ paths: [fixture("ai-sdk-image")], cwd: fixture("ai-sdk-image") });
    expect(sdk.calls).toMatchObject([
      { file: "hero.ts", line: 5, api: "ai-sdk", aspectRatio: "16x9" },
      { file: "hero.ts", line: 9, api: "ai-sdk", aspectRatio: "21:9" },
    ]);
    expect(sdk.calls.map(ids)).toEqual([["error invalid-aspect-ratio"], []]);
    expect(sdk.calls[0]?.findings[0]).toMatchObject({ line: 5, message: expect.stringContaining('Write "16:9"') });
  });

  it("throws AuditInputError for paths that do not exist", () => {
    expect(() => audit({ paths: ["/no/such/dir"] })).toThrow(AuditInputError);
  });
});
