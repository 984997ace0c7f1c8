import { describe, expect, it } from "vitest";
import { startTestServer, type ScriptedFailure } from "../src/index.js";
import { generate, imageRequest, post } from "./helpers.js";

const PRO = generate("gemini-3-pro-image");

describe("scripted failures", () => {
  it("answers 429 (Google), 429 (gateway), 503, then success, in order", async () => {
    const server = await startTestServer({
      failures: [{ kind: "rate-limit", retryDelaySeconds: 10 }, { kind: "gateway-rate-limit" }, { kind: "unavailable" }],
    });
    try {
      const google = await post(server, PRO, imageRequest());
      expect(google.status).toBe(429);
      expect(google.headers.get("retry-after")).toBeNull();
      expect(google.json).toEqual({
        error: {
          code: 429,
          message:
            "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. Please retry in 10s.",
          status: "RESOURCE_EXHAUSTED",
          details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "10s" }],
        },
      });

      const gateway = await post(server, PRO, imageRequest());
      expect(gateway.status).toBe(429);
      expect(gateway.json).toEqual({
        error: { message: "Upstream load for this group is saturated, please try again later", type: "upstream_error", code: 429 },
      });

      const overloaded = await post(server, PRO, imageRequest());
      expect(overloaded.status).toBe(503);
      expect(overloaded.json).toEqual({
        error: { code: 503, message: "The model is overloaded. Please try again later.", status: "UNAVAILABLE" },
      });

      expect((await post(server, PRO, imageRequest())).status).toBe(200);
      expect(server.requests.map((r) => [r.status, r.failure?.kind])).toEqual([
        [429, "rate-limit"],
        [429, "gateway-rate-limit"],
        [503, "unavailable"],
        [200, undefined],
      ]);
    } finally {
      await server.close();
    }
  });

  it("formats fractional delays like Google (53.01s in the message, 53s in RetryInfo) and omits RetryInfo without one", async () => {
    const server = await startTestServer({ failures: [{ kind: "rate-limit", retryDelaySeconds: 53.0123 }, { kind: "rate-limit" }] });
    try {
      const first = await post(server, PRO, imageRequest());
      expect(first.json.error.message).toMatch(/ Please retry in 53\.01s\.$/u);
      expect(first.json.error.details).toEqual([{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "53s" }]);
      const second = await post(server, PRO, imageRequest());
      expect(second.status).toBe(429);
      expect(second.json.error.details).toBeUndefined();
      expect(second.json.error.message).not.toContain("retry in");
    } finally {
      await server.close();
    }
  });

  it("does not spend a failure on a request whose key is refused", async () => {
    const server = await startTestServer({ failures: [{ kind: "unavailable" }] });
    try {
      expect((await post(server, PRO, imageRequest(), {})).status).toBe(403);
      expect(server.pendingFailures).toHaveLength(1);
      expect((await post(server, PRO, imageRequest())).status).toBe(503);
      expect(server.pendingFailures).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("appends failures with script() on a running server", async () => {
    const server = await startTestServer();
    try {
      expect((await post(server, PRO, imageRequest())).status).toBe(200);
      server.script({ kind: "unavailable" }, { kind: "gateway-rate-limit" });
      expect(server.pendingFailures.map((f) => f.kind)).toEqual(["unavailable", "gateway-rate-limit"]);
      expect((await post(server, PRO, imageRequest())).status).toBe(503);
      expect((await post(server, PRO, imageRequest())).status).toBe(429);
      expect((await post(server, PRO, imageRequest())).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("delays a slow answer by at least delayMs, then answers it normally", async () => {
    const server = await startTestServer({ failures: [{ kind: "slow", delayMs: 200 }] });
    try {
      const started = performance.now();
      const pending = post(server, PRO, imageRequest({ aspectRatio: "3:4" }));
      const reply = await pending;
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(reply.status).toBe(200);
      expect(server.requests[0]!.failure).toEqual({ kind: "slow", delayMs: 200 });
    } finally {
      await server.close();
    }
  });

  it("cancels a slow answer when the server closes, without waiting for it", async () => {
    const server = await startTestServer({ failures: [{ kind: "slow", delayMs: 60_000 }] });
    const pending = post(server, PRO, imageRequest());
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.requests[0]!.status).toBeUndefined();
    await server.close();
    await expect(pending).rejects.toThrow();
  });

  it("rejects malformed failures with a message that says what to write", async () => {
    await expect(startTestServer({ failures: [{ kind: "timeout" } as unknown as ScriptedFailure] })).rejects.toThrow(
      /Unknown scripted failure \{"kind":"timeout"\}\. Use \{ kind: "rate-limit", retryDelaySeconds\? \}/u,
    );
    await expect(startTestServer({ failures: [{ kind: "slow" } as unknown as ScriptedFailure] })).rejects.toThrow(/needs delayMs/u);
    await expect(startTestServer({ thoughtImages: -1 })).rejects.toThrow(/thoughtImages must be a whole number/u);
    await expect(startTestServer({ mode: "loose" as "strict" })).rejects.toThrow(/mode must be "strict" or "lenient"/u);
  });
});
