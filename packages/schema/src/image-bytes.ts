/**
 * Reading inline base64 without paying for its length: only the first and last KB are looked
 * at, with plain loops (a regex over a multi-megabyte string costs as much as the string).
 */

/** How many characters at each end of `inlineData.data` are checked for the base64 alphabet. */
export const BASE64_SAMPLE = 1024;

/** 1 for characters of standard or URL-safe base64 (proto3 JSON accepts both), else 0. */
const ALPHABET = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=") ALPHABET[ch.charCodeAt(0)] = 1;
// Line breaks from MIME-style encoders (Python's encodebytes) are tolerated rather than flagged.
ALPHABET[10] = 1;
ALPHABET[13] = 1;

/** Index of the first character outside base64 in `text[start, end)`, or -1. */
function firstBad(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || ALPHABET[code] === 0) return i;
  }
  return -1;
}

/** True when the first and last KB of `data` are base64 characters. */
export function looksLikeBase64(data: string): boolean {
  const head = Math.min(data.length, BASE64_SAMPLE);
  if (firstBad(data, 0, head) !== -1) return false;
  return firstBad(data, Math.max(head, data.length - BASE64_SAMPLE), data.length) === -1;
}

const DECODE = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((ch, i) => {
  DECODE[ch.charCodeAt(0)] = i;
});
DECODE["-".charCodeAt(0)] = 62;
DECODE["_".charCodeAt(0)] = 63;

/** Decodes the bytes of the first `chars` base64 characters (a multiple of 4), stopping at padding. */
export function decodeHead(data: string, chars = 24): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < Math.min(chars, data.length); i++) {
    const code = data.charCodeAt(i);
    if (code === 10 || code === 13) continue;
    const value = code < 128 ? DECODE[code]! : -1;
    if (value < 0) break;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
