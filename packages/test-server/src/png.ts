import { crc32, deflateSync } from "node:zlib";

/** A colour as red, green, blue bytes. */
export type Rgb = readonly [number, number, number];

/** What a generated image looks like: a two-colour checkerboard. */
export interface CheckerboardPattern {
  readonly colors: readonly [Rgb, Rgb];
  /** Side of one square in pixels. */
  readonly cell: number;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** IHDR colour type 3: indexed colour through a PLTE palette. */
const COLOR_TYPE_PALETTE = 3;
/** Two palette entries fit in one bit per pixel, so a 4K image stays a few MB before deflate. */
const BIT_DEPTH = 1;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  // The CRC covers the type and the data, not the length.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** One scanline: filter byte 0 (None), then the pixels packed eight to a byte, MSB first. */
function scanline(width: number, cell: number, phase: 0 | 1): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  for (let x = 0; x < width; x++) {
    if ((Math.floor(x / cell) + phase) % 2 === 1) row[1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  return row;
}

/**
 * Encodes a valid PNG (signature, IHDR, PLTE, one IDAT, IEND, each with its CRC) of a
 * two-colour checkerboard. Only two distinct scanlines exist, so building and deflating even
 * a 4K image is cheap.
 */
export function encodePng(width: number, height: number, pattern: CheckerboardPattern): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`PNG size must be whole positive pixels, got ${width}x${height}.`);
  }
  const cell = Math.max(1, Math.floor(pattern.cell));
  const rows = [scanline(width, cell, 0), scanline(width, cell, 1)] as const;
  const stride = rows[0].length;
  const raw = Buffer.allocUnsafe(stride * height);
  for (let y = 0; y < height; y++) raw.set(rows[Math.floor(y / cell) % 2]!, y * stride);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = BIT_DEPTH;
  header[9] = COLOR_TYPE_PALETTE;
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.
  const palette = Uint8Array.from(pattern.colors.flat());

  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", palette),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * Width and height from a PNG's IHDR, or `undefined` when `bytes` is not a PNG. Used to match
 * an input image's aspect ratio when the request names none.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
