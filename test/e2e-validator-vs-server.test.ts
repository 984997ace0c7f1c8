/**
 * The validator's predictions against Google's behaviour (the strict test server): every
 * pitfall body from the seed article is sent, and the field paths the server's 400 names must
 * be exactly the paths of the validator's errors, except snake_case, which Google itself
 * accepts (the validator flags it for the SDK and gateways, so there the server answers 200).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validate } from "@gemini-image/schema";
import { startTestServer, type TestServer } from "@gemini-image/test-server";
import { CASES } from "../packages/schema/tests/cases.js";

const KEY = "e2e-key";
const GOOGLE_ACCEPTS = new Set(["snake-case-field", "snake-case-part-field"]);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: KEY });
});
afterAll(() => server.close());

const snake = (name: string): string => name.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);

/** `/generationConfig/imageConfig/imageSize` → `generation_config.image_config.image_size`; `/contents/0/parts/1` → `contents[0].parts[1]`. */
function googlePath(pointer: string): string {
  let path = "";
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    path += /^\d+$/u.test(segment) ? `[${segment}]` : `${path ? "." : ""}${snake(segment)}`;
  }
  return path;
}

/** The field paths a Google 400 names: `field`, or the parent and name of an "Unknown name". */
function serverPaths(body: unknown): string[] {
  const details = (body as { error?: { details?: { fieldViolations?: { field?: string; description: string }[] }[] } }).error?.details ?? [];
  return details.flatMap((d) =>
    (d.fieldViolations ?? []).map((v) => {
      const unknown = /Unknown name "([^"]+)"(?: at '([^']+)')?/u.exec(v.description);
      if (unknown) return unknown[2] ? `${unknown[2]}.${snake(unknown[1]!)}` : snake(unknown[1]!);
      return v.field ?? "";
    }),
  );
}

const pitfalls = CASES.filter((c) => c.description.startsWith("seed") && !c.valid);

describe("validator predictions vs the strict server", () => {
  it("covers the seed article's pitfalls, most of which Google rejects", () => {
    expect(pitfalls.length).toBeGreaterThanOrEqual(8);
    const rejectedByGoogle = pitfalls.filter((c) =>
      validate(c.data, { model: c.model ?? "gemini-3-pro-image" }).findings.some((f) => f.severity === "error" && !GOOGLE_ACCEPTS.has(f.code)),
    );
    expect(rejectedByGoogle.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pitfalls.map((c) => [c.description, c] as const))("%s", async (_description, testCase) => {
    const model = testCase.model ?? "gemini-3-pro-image";
    const predicted = validate(testCase.data, { model }).findings.filter((f) => f.severity === "error");
    const rejected = predicted.filter((f) => !GOOGLE_ACCEPTS.has(f.code));
    const response = await fetch(`${server.url}/v1beta/models/${model}:generateContent`, {
      method: "POST",
      headers: { "x-goog-api-key": KEY, "content-type": "application/json" },
      body: JSON.stringify(testCase.data),
    });
    const body: unknown = await response.json();
    if (rejected.length === 0) {
      expect(response.status, JSON.stringify(body)).toBe(200);
      return;
    }
    expect(response.status).toBe(400);
    expect(new Set(serverPaths(body))).toEqual(new Set(rejected.map((f) => googlePath(f.path))));
  });
});
