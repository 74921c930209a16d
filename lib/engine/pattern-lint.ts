/**
 * compromise's match syntax silently fails on some constructs (found by testing 14.17). This names them so a test
 * keeps the rules clear of them:
 * - a group inside a group, or a wildcard inside a group;
 * - a multi-word option in a repeated or optional group, or right after a wildcard;
 * - a repeated or optional group followed by a slot that accepts one of its words (there is no backtracking).
 */
interface Token {
  options: string[];
  /** `{m,n}`, `*` or `+`. */
  repeated: boolean;
  /** Any quantifier, `?` included. */
  optional: boolean;
  wildcard: boolean;
}

function tokenize(match: string, problems: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < match.length) {
    const c = match[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    let body: string;
    if (c === '(') {
      const close = match.indexOf(')', i);
      if (close < 0) {
        problems.push('unbalanced parentheses');
        return tokens;
      }
      body = match.slice(i + 1, close);
      if (body.includes('(')) problems.push('group inside a group');
      i = close + 1;
    } else {
      let j = i;
      while (j < match.length && match[j] !== ' ' && match[j] !== '(') j++;
      body = match.slice(i, j);
      i = j;
    }
    const q = /^(\{\d*,?\d*\}|[*+?])/.exec(match.slice(i));
    if (q) i += q[0].length;
    const own = /(\{\d*,?\d*\}|[*+?])$/.exec(body);
    const quantifier = q?.[0] ?? own?.[0] ?? '';
    const options = body
      .slice(0, body.length - (own?.[0].length ?? 0))
      .split('|')
      .map((o) => o.trim());
    tokens.push({
      options,
      repeated: quantifier !== '' && quantifier !== '?',
      optional: quantifier !== '',
      wildcard: options.length === 1 && options[0] === '.',
    });
  }
  return tokens;
}

export function patternProblems(match: string): string[] {
  const problems: string[] = [];
  const tokens = tokenize(match, problems);
  const contraction = /(n't|'m|'ve|'ll|'re|'d)\b|\b(it|that|what|there)'s\b/.exec(match);
  if (contraction)
    problems.push(`write "${contraction[0]}" in full: compromise matches the expanded words`);
  tokens.forEach((t, k) => {
    const multi = t.options.some((o) => o.includes(' '));
    if (t.options.length > 1 && t.options.some((o) => /(^|\s)\.(\s|$)/.test(o)))
      problems.push(`wildcard inside (${t.options.join('|').slice(0, 40)})`);
    if (multi && t.options.length > 1 && t.repeated)
      problems.push(`multi-word option in a repeated group (${t.options[0]}|...)`);
    const prev = tokens[k - 1];
    if (multi && t.options.length > 1 && prev?.wildcard)
      problems.push(`multi-word option right after a wildcard (${t.options[0]}|...)`);
    if (prev && prev.repeated && !prev.wildcard) {
      const firstWords = new Set(t.options.map((o) => o.split(' ')[0]));
      const shared = prev.options.filter((o) => firstWords.has(o) && !o.startsWith('#'));
      if (shared.length > 0)
        problems.push(`"${shared[0]}" can be taken by the optional slot before it`);
    }
  });
  return problems;
}
