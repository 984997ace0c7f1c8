/**
 * The acceptance measurement's own logic (test/acceptance.ts): how findings are matched to
 * labels, and what counts as migrate changing code outside the requests. The measurement itself
 * runs on files kept outside the repository (docs/acceptance.md).
 */
import { describe, expect, it } from "vitest";
import { changedLines, outsideChange, score, type Label, type Reported } from "./acceptance.js";

const label = (file: string, line: number, endLine?: number): Label => ({ file, id: "retired-model", line, ...(endLine ? { endLine } : {}) });
const found = (file: string, line: number, id = "retired-model"): Reported => ({ file, id, line });

describe("score", () => {
  it("matches a finding to a label of its file and id on the label's line or span", () => {
    const s = score("eslint-all", "retired-model", [found("a.ts", 3), found("b.ts", 7), found("b.ts", 9)], [label("a.ts", 3), label("b.ts", 5, 8)]);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.falsePositives).toEqual([found("b.ts", 9)]);
  });

  it("counts a label once, a repeated finding on one line once, and other ids not at all", () => {
    const s = score("audit", "retired-model", [found("a.ts", 3), found("a.ts", 3), found("a.ts", 4, "deprecated-model")], [label("a.ts", 3), label("a.ts", 10)]);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.misses).toEqual([label("a.ts", 10)]);
  });
});

describe("changedLines", () => {
  it("lists the original lines removed or changed and the lines inserted after each", () => {
    const { removed, inserted } = changedLines("a\nb\nc\nd", "a\nB\nc\nx\nd");
    expect(removed).toEqual([2]);
    expect(inserted).toEqual([
      { after: 1, text: "B" },
      { after: 3, text: "x" },
    ]);
  });
});

describe("outsideChange", () => {
  const before = [
    'import { GoogleGenAI } from "@google/genai";',
    "const ai = new GoogleGenAI({});",
    "export const run = () =>",
    "  ai.models.generateContent({",
    '    model: "gemini-3-pro-image-preview",',
    '    contents: "a red bicycle",',
    "  });",
    "",
  ].join("\n");

  it("accepts edits inside the request and follow-up comments anywhere", () => {
    const after = before
      .replace("gemini-3-pro-image-preview", "gemini-3-pro-image")
      .replace('contents: "a red bicycle",', 'contents: "a red bicycle",\n    config: { responseModalities: ["IMAGE"] },')
      .replace("const ai", "// TODO(gemini-image): check the key\nconst ai");
    expect(outsideChange(before, after, "x.ts")).toBeUndefined();
  });

  it("reports a changed line outside every request", () => {
    expect(outsideChange(before, before.replace("const ai", "let ai"), "x.ts")).toMatch(/changed line 2 outside/u);
  });

  it("reports code added away from every request", () => {
    expect(outsideChange(before, before.replace("const ai", 'import "x";\n\nconst ai'), "x.ts")).toMatch(/added code after line 1/u);
  });
});
