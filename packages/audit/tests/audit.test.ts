import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AuditInputError, audit, type CallSite } from "../src/index.ts";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));
const APP = fixture("app");
const report = audit({ project: `${APP}tsconfig.json`, cwd: APP });

/** The call sites of one fixture file, in source order. */
const callsIn = (file: string): CallSite[] => report.calls.filter((c) => c.file === `src/${file}`);
const ids = (site: CallSite | undefined): string[] => site?.findings.map((f) => `${f.severity} ${f.id}`) ?? [];

describe("audit finds calls by their declared types", () => {
  it("reads a model const and an `as const` table imported from another file, with pixels and price", () => {
    const [banner, poster] = callsIn("generate.ts");
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

  it("follows an alias of ai.models and a GoogleGenAI held in a class field", () => {
    expect(callsIn("alias.ts")).toMatchObject([{ api: "genai", model: { id: "gemini-3.1-flash-image" }, imageSize: "512", usdPerImage: 0.045 }]);
    const [stream] = callsIn("wrapper.ts");
    expect(stream).toMatchObject({ method: "generateContentStream", model: { written: "nano-banana-pro", id: "gemini-3-pro-image" } });
    expect(ids(stream)).toEqual(["warning model-alias"]);
  });

  it("reports nothing for an imageConfig object in UI code or a user's own generateContent", () => {
    expect(callsIn("traps.ts")).toEqual([]);
  });

  it("reports a shut-down preview id as an error, once, though a chat's later calls inherit it", () => {
    expect(ids(callsIn("problems.ts")[0])).toEqual(["warning retired-model"]);
    const chat = callsIn("chat.ts");
    expect(chat.map((c) => c.method)).toEqual(["create", "sendMessage", "sendMessage"]);
    expect(chat.every((c) => c.model.id === "gemini-3.1-flash-image-preview" && c.model.lifecycle === "shut-down")).toBe(true);
    expect(chat.flatMap(ids)).toEqual(["warning retired-model"]);
  });

  it("reports an imageSize the model does not take, and a typo with the protocol's suggestion", () => {
    const [, tooSmall, typo] = callsIn("problems.ts");
    expect(ids(tooSmall)).toEqual(["error invalid-image-size"]);
    expect(tooSmall?.usdPerImage).toBeUndefined();
    expect(typo?.findings[0]?.message).toContain('Did you mean "gemini-3-pro-image"?');
    expect(typo?.model.id).toBeUndefined();
  });

  it("says unknown for a model from process.env and guesses nothing, except a size no model takes", () => {
    const [, , , fromEnv, lowercase] = callsIn("problems.ts");
    expect(fromEnv).toMatchObject({ model: { written: undefined, id: undefined }, imageSize: "2K", findings: [], usdPerImage: undefined, pixels: undefined });
    expect(lowercase).toMatchObject({ imageSize: "1k", aspectRatio: undefined, unknown: ["aspectRatio"] });
    expect(ids(lowercase)).toEqual(["error invalid-image-size"]);
  });

  it("leaves out text-model calls", () => {
    expect(callsIn("problems.ts").map((c) => c.line)).toEqual([4, 8, 12, 16, 24]);
  });

  it("reads the model of a REST call from a URL const built in another file", () => {
    expect(callsIn("rest.ts")).toMatchObject([
      { api: "rest", method: "fetch", model: { id: "gemini-3.1-flash-image" }, aspectRatio: "21:9", pixels: { width: 1584, height: 672 } },
    ]);
  });

  it("follows a legacy model to the getGenerativeModel call that made it", () => {
    const [factory, send] = callsIn("legacy.ts");
    expect(factory).toMatchObject({ api: "legacy", method: "getGenerativeModel", model: { id: "gemini-2.5-flash-image", lifecycle: "deprecated" } });
    expect(send).toMatchObject({ method: "generateContent", model: { id: "gemini-2.5-flash-image" }, findings: [] });
    expect(ids(factory)).toEqual(["warning deprecated-model"]);
  });

  it("lists Imagen and OpenAI calls without judging them as Gemini calls", () => {
    expect(callsIn("imagen.ts")).toMatchObject([{ api: "imagen", model: { written: "imagen-4.0-generate-001", id: undefined }, findings: [] }]);
    expect(callsIn("openai.ts")).toMatchObject([{ api: "openai", model: { written: "dall-e-3" }, openai: { size: "1792x1024", n: 1, mapping: undefined } }]);
    expect(callsIn("openai.ts")[0]?.openai?.note).toContain("pass --model to quote");
  });

  it("sums calls per api and model, unknown models and findings by severity", () => {
    expect(report.summary).toMatchObject({
      calls: 17,
      byApi: { genai: 9, "genai-chat": 3, legacy: 2, rest: 1, imagen: 1, openai: 1 },
      unknownModel: 3,
      findings: { error: 2, warning: 5 },
    });
    expect(report.summary.byModel["gemini-3-pro-image"]).toBe(4);
  });
});

describe("audit options", () => {
  it("quotes OpenAI sizes for --model", () => {
    const quoted = audit({ project: `${APP}tsconfig.json`, paths: [`${APP}src/openai.ts`], model: "gemini-3-pro-image", cwd: APP });
    expect(quoted.calls).toHaveLength(1);
    expect(quoted.calls[0]?.openai?.mapping).toMatchObject({ imageSize: "2K", aspectRatio: "16:9" });
  });

  it("reads plain JavaScript without a tsconfig", () => {
    const js = audit({ paths: [fixture("plain-js")], cwd: fixture("plain-js") });
    expect(js.calls).toMatchObject([{ file: "app.mjs", api: "genai", model: { id: "gemini-3-pro-image-preview" } }]);
    expect(js.summary.findings).toEqual({ error: 0, warning: 1 });
  });

  it("throws AuditInputError for paths that do not exist", () => {
    expect(() => audit({ paths: ["/no/such/dir"] })).toThrow(AuditInputError);
  });
});
