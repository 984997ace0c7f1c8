import { describe, expect, it } from "vitest";
import { compare, compareEachInWorkers, formatRatio, oursGoesFirst } from "./bench.js";

const FIXTURE_SIDE = new URL("./fixtures/bench-side.ts", import.meta.url);

describe("oursGoesFirst", () => {
  it("orders pairs AB BA BA AB on even items and the other way round on odd ones", () => {
    const order = (index: number) => Array.from({ length: 8 }, (_, pair) => (oursGoesFirst(index, pair) ? "AB" : "BA")).join(" ");
    expect(order(0)).toBe("AB BA BA AB AB BA BA AB");
    expect(order(1)).toBe("BA AB AB BA BA AB AB BA");
  });
});

describe("compare", () => {
  it("runs three untimed warm-up rounds of each side by default, or as many as asked (one for cold processes)", () => {
    const count = (warmup?: number) => {
      let ours = 0;
      let baseline = 0;
      const result = compare({ name: "count", ours: () => ours++, baseline: () => baseline++, iterations: 2, rounds: 4, warmup });
      return { ours, baseline, rounds: result.rounds };
    };
    expect(count()).toEqual({ ours: 14, baseline: 14, rounds: 4 });
    expect(count(1)).toEqual({ ours: 10, baseline: 10, rounds: 4 });
    expect(count(0)).toEqual({ ours: 8, baseline: 8, rounds: 4 });
  });
});

describe("compareEachInWorkers", () => {
  it("times each side in its own thread and shows a side that is 3x slower, with an interval around the ratio", async () => {
    const inputs: number[] = [];
    const result = await compareEachInWorkers({
      name: "threads",
      items: [2, 4, 6],
      input: (ms) => {
        inputs.push(ms);
        return { ms };
      },
      ours: { module: FIXTURE_SIDE, setup: { factor: 3 } },
      baseline: { module: FIXTURE_SIDE, setup: { factor: 1 } },
      pairs: 2,
    });
    // The input is made once per item, in this thread, whatever the number of runs.
    expect(inputs).toEqual([2, 4, 6]);
    // Busy-waits of 3x: the exact figure depends on the machine, never by a factor of 1.5.
    expect(result.ratio).toBeGreaterThan(2);
    expect(result.ratio).toBeLessThan(4.5);
    expect(result.baselineMs).toBeGreaterThanOrEqual(12);
    const [low, high] = result.interval!;
    expect(low).toBeLessThanOrEqual(result.ratio);
    expect(high).toBeGreaterThanOrEqual(result.ratio);
    expect(result).toMatchObject({ name: "threads", iterations: 3, rounds: 2 });
  });

  it("rejects with the side's own error when a run throws", async () => {
    await expect(
      compareEachInWorkers({
        name: "failing",
        items: [{ ms: 1 }],
        ours: { module: FIXTURE_SIDE, setup: { factor: 1, fail: true } },
        baseline: { module: FIXTURE_SIDE, setup: { factor: 1 } },
      }),
    ).rejects.toThrow(/fixture side told to fail on 1 ms/u);
  });

  it("says which module could not become a side", async () => {
    await expect(
      compareEachInWorkers({
        name: "no factory",
        items: [{ ms: 1 }],
        ours: { module: new URL("./fixtures/bench-no-factory.ts", import.meta.url) },
        baseline: { module: FIXTURE_SIDE, setup: { factor: 1 } },
      }),
    ).rejects.toThrow(/bench-no-factory\.ts could not start as a benchmark side: .*must default-export a function/u);
  });

  it("rejects a pair count that is not a whole number", async () => {
    await expect(
      compareEachInWorkers({
        name: "bad",
        items: [{ ms: 1 }],
        ours: { module: FIXTURE_SIDE, setup: { factor: 1 } },
        baseline: { module: FIXTURE_SIDE, setup: { factor: 1 } },
        pairs: 1.5,
      }),
    ).rejects.toThrow(/pairs must be a whole number/u);
  });
});

describe("formatRatio", () => {
  it("shows three decimals near 1, where targets such as 1.03 are judged", () => {
    const line = formatRatio({ name: "x", ratio: 1.0349, oursMs: 2, baselineMs: 1, iterations: 1, rounds: 1 });
    expect(line).toContain("x: 1.035x");
    expect(formatRatio({ name: "y", ratio: 2.5, oursMs: 2, baselineMs: 1, iterations: 1, rounds: 1 })).toContain("y: 2.50x");
  });

  it("shows the interval when the method gives one", () => {
    const line = formatRatio({ name: "z", ratio: 1.021, interval: [1.0123, 1.0301], oursMs: 2, baselineMs: 1, iterations: 1, rounds: 1 });
    expect(line).toContain("z: 1.021x [95% interval 1.012–1.030]");
  });
});
