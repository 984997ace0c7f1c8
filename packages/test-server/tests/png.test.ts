import { describe, expect, it } from "vitest";
import { encodePng, pngSize } from "../src/png.js";
import { decodePng } from "./helpers.js";

const pattern = { colors: [[255, 0, 0], [0, 0, 255]], cell: 4 } as const;

describe("encodePng", () => {
  it("writes signature, IHDR, PLTE, IDAT and IEND with valid CRCs", () => {
    const png = decodePng(encodePng(10, 6, pattern));
    expect(png.chunkTypes).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
    expect({ width: png.width, height: png.height, bitDepth: png.bitDepth, colorType: png.colorType }).toEqual({
      width: 10,
      height: 6,
      bitDepth: 1,
      colorType: 3,
    });
    expect(png.palette).toEqual([
      [255, 0, 0],
      [0, 0, 255],
    ]);
  });

  it("draws a checkerboard of `cell`-pixel squares", () => {
    const png = decodePng(encodePng(10, 9, pattern));
    expect([png.index(0, 0), png.index(3, 3), png.index(4, 0), png.index(9, 0)]).toEqual([0, 0, 1, 0]);
    expect([png.index(0, 4), png.index(4, 4), png.index(8, 8), png.index(5, 8)]).toEqual([1, 0, 0, 1]);
  });

  it("encodes the largest protocol sizes (4K 8:1 and 4K 1:1) as decodable images", () => {
    for (const [width, height] of [
      [12288, 1536],
      [4096, 4096],
    ] as const) {
      const png = decodePng(encodePng(width, height, pattern));
      expect([png.width, png.height]).toEqual([width, height]);
    }
  });

  it("rejects sizes that are not whole positive pixels", () => {
    expect(() => encodePng(0, 10, pattern)).toThrow(/whole positive pixels, got 0x10/u);
    expect(() => encodePng(10.5, 10, pattern)).toThrow(RangeError);
  });
});

describe("pngSize", () => {
  it("reads width and height from IHDR", () => {
    expect(pngSize(encodePng(1600, 900, pattern))).toEqual({ width: 1600, height: 900 });
  });

  it("answers undefined for bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a and more bytes to pass the length"))).toBeUndefined();
    expect(pngSize(new Uint8Array(4))).toBeUndefined();
  });
});
