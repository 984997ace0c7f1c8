import { describe, expect, it } from "vitest";
import { compareEachAsync, formatRatio } from "./bench.js";

describe("compareEachAsync", () => {
  it("runs both sides on every item, warm-up plus each pair, alternating which goes first", async () => {
    const calls: string[] = [];
    const result = await compareEachAsync({
      name: "order",
      items: ["a", "b"],
      ours: async (item) => calls.push(`ours:${item}`),
      baseline: async (item) => calls.push(`base:${item}`),
      pairs: 2,
    });
    expect(calls).toEqual([
      // warm-up, one run of each side per item
      "ours:a", "base:a", "ours:b", "base:b",
      // item 0: ours first, then baseline first
      "ours:a", "base:a", "base:a", "ours:a",
      // item 1: baseline first, then ours first
      "base:b", "ours:b", "ours:b", "base:b",
    ]);
    expect(result).toMatchObject({ name: "order", iterations: 2, rounds: 2 });
  });

  it("weights each item's ratio by its baseline time, so a slow side shows in the ratio", async () => {
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    // Ours takes 3x the baseline on every item; the exact figure depends on the machine.
    const result = await compareEachAsync({
      name: "slow",
      items: [1, 4],
      ours: async (ms) => busy(ms * 3),
      baseline: async (ms) => busy(ms),
    });
    expect(result.ratio).toBeGreaterThan(1.5);
    expect(result.oursMs).toBeGreaterThan(result.baselineMs);
  });

  it("rejects a pair count that is not a whole number", async () => {
    await expect(compareEachAsync({ name: "bad", items: [1], ours: async () => 0, baseline: async () => 0, pairs: 0 })).rejects.toThrow(
      /pairs must be a whole number/u,
    );
  });
});

describe("formatRatio", () => {
  it("shows three decimals near 1, where targets such as 1.03 are judged", () => {
    const line = formatRatio({ name: "x", ratio: 1.0349, oursMs: 2, baselineMs: 1, iterations: 1, rounds: 1 });
    expect(line).toContain("x: 1.035x");
    expect(formatRatio({ name: "y", ratio: 2.5, oursMs: 2, baselineMs: 1, iterations: 1, rounds: 1 })).toContain("y: 2.50x");
  });
});
