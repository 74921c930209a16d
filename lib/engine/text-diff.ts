/** Where two versions of a text start and stop differing: how an edit is found, on every keystroke. */

/** Equal stretches are skipped a block at a time (native string comparison), then narrowed char by char. */
const BLOCK = 512;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.substring(i, i + BLOCK) === b.substring(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (
    i + BLOCK <= n &&
    a.substring(a.length - i - BLOCK, a.length - i) ===
      b.substring(b.length - i - BLOCK, b.length - i)
  ) {
    i += BLOCK;
  }
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
