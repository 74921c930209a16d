/**
 * The pixels of a PNG, for telling whether a new screenshot shows anything new: two encodings of the same
 * picture (other filters, other compression) count as the same. Decoded by pngjs; a file it cannot read is
 * compared byte for byte.
 */
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, whatever the file's own colour type. */
  data: Buffer;
}

/** The picture in a PNG, or null when it is not one. CRCs are not checked: a screenshot is read from our own disk. */
export function decodePng(png: Uint8Array): Pixels | null {
  try {
    const { width, height, data } = PNG.sync.read(Buffer.from(png), { checkCRC: false });
    return { width, height, data };
  } catch {
    return null;
  }
}

/** Whether two PNGs show the same pixels. */
export function samePixels(a: Uint8Array, b: Uint8Array): boolean {
  const left = decodePng(a);
  const right = decodePng(b);
  if (!left || !right) return Buffer.from(a).equals(Buffer.from(b));
  return left.width === right.width && left.height === right.height && left.data.equals(right.data);
}
