/** A Playwright-style locator chain, as data: each step narrows or replaces the elements of the one before. */
export type TextMatch = { text: string; exact?: boolean } | { source: string; flags: string };

export type QueryStep =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: TextMatch; level?: number; checked?: boolean }
  | { kind: 'text'; match: TextMatch }
  | { kind: 'label'; match: TextMatch }
  | { kind: 'testid'; id: string }
  | { kind: 'nth'; index: number }
  | { kind: 'hasText'; match: TextMatch };

export function textMatch(value: string | RegExp, exact?: boolean): TextMatch {
  return typeof value === 'string'
    ? { text: value, exact: exact ?? false }
    : { source: value.source, flags: value.flags };
}
