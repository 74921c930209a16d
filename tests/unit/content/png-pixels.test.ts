import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodePng, samePixels } from '../../e2e/content/png-pixels';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  // The CRC is not checked by the reader; zeros keep the test short.
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

/** An RGBA PNG of `pixels` (width × height × 4 bytes), every row with the given filter (0 none, 1 sub, 2 up). */
function encode(width: number, height: number, pixels: number[], filter: 0 | 1 | 2, level: number) {
  const stride = width * 4;
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(filter);
    for (let x = 0; x < stride; x++) {
      const value = pixels[y * stride + x]!;
      const predicted =
        filter === 1
          ? x >= 4
            ? pixels[y * stride + x - 4]!
            : 0
          : filter === 2 && y > 0
            ? pixels[(y - 1) * stride + x]!
            : 0;
      rows.push((value - predicted) & 0xff);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const picture = Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);

describe('PNG pixels (screenshots are rewritten only when they show something new)', () => {
  test('two encodings of the same picture are the same pixels, though their bytes differ', () => {
    const plain = encode(3, 2, picture, 0, 9);
    const filtered = encode(3, 2, picture, 2, 1);
    const sub = encode(3, 2, picture, 1, 5);
    expect(plain.equals(filtered)).toBe(false);
    expect(decodePng(plain)?.data).toEqual(Buffer.from(picture));
    expect(samePixels(plain, filtered)).toBe(true);
    expect(samePixels(plain, sub)).toBe(true);
  });

  test('one pixel changed, or another size, is a new picture', () => {
    const changed = [...picture];
    changed[5] = (changed[5]! + 1) % 256;
    expect(samePixels(encode(3, 2, picture, 0, 9), encode(3, 2, changed, 0, 9))).toBe(false);
    expect(samePixels(encode(3, 2, picture, 0, 9), encode(2, 3, picture, 0, 9))).toBe(false);
  });

  test("a browser's own screenshot reads back at its size, and equals itself", () => {
    const png = readFileSync(resolve(__dirname, '../../../docs/screenshots/card-800x600-top.png'));
    const pixels = decodePng(png);
    expect(pixels).toMatchObject({ width: 800, height: 600 });
    expect(samePixels(png, png)).toBe(true);
  });
});
