/**
 * `npm run eval:rephrase`: the rephrasing quality figures of issue 11 over every rule example, our own harsh
 * sentences, and the set kept aside. Exit code 1 when a target is missed.
 */
import { RULE_EXAMPLES, SENTENCES, UNSEEN } from '../tests/rephrase-eval/data';
import { evaluate, percent, type Figures } from '../tests/rephrase-eval/metrics';

const verbose = process.argv.includes('--verbose');

function report(name: string, fig: Figures): boolean {
  const reuse = percent(fig.reusing, fig.withContent);
  const distinct = percent(fig.distinct, fig.suggestions);
  console.log(
    `\n== ${name}: ${fig.texts} texts, ${fig.findings} findings, ${fig.suggestions} suggestions`,
  );
  console.log(
    `  findings with a span suggestion      ${fig.findingsWithSpan}/${fig.findings} (${percent(fig.findingsWithSpan, fig.findings)}%)   target 100`,
  );
  console.log(
    `  reuse a content word of the writer   ${reuse}% (${fig.reusing}/${fig.withContent})   target >= 80`,
  );
  console.log(
    `    strict (suggestion's own words)    ${percent(fig.reusingStrict, fig.withContent)}%`,
  );
  console.log(`  distinct texts per 100 suggestions   ${distinct}   target >= 85`);
  console.log(
    `    as landed in the sentence (info)   ${percent(fig.distinctLanded, fig.suggestions)}`,
  );
  console.log(`  grammar failures                     ${fig.grammar.length}   target 0`);
  console.log(`  flagged harsh or crisis by detector  ${fig.harsh.length}   target 0`);
  console.log(`  empty praise                         ${fig.praise.length}   target 0`);
  const show = verbose ? Infinity : 8;
  for (const g of fig.grammar.slice(0, show))
    console.log(`    grammar: ${g.failures.join(', ')}: ${g.landed}`);
  for (const h of fig.harsh.slice(0, show)) console.log(`    ${h.verdict}: ${h.landed}`);
  for (const p of fig.praise.slice(0, show)) console.log(`    praise "${p.phrase}": ${p.text}`);
  return (
    fig.findingsWithSpan === fig.findings &&
    reuse >= 80 &&
    distinct >= 85 &&
    !fig.grammar.length &&
    !fig.harsh.length &&
    !fig.praise.length
  );
}

const ok = [
  report('rule examples', evaluate(RULE_EXAMPLES)),
  report('own sentences', evaluate(SENTENCES)),
  report('rule examples and own sentences together', evaluate([...RULE_EXAMPLES, ...SENTENCES])),
  report('kept aside (unseen)', evaluate(UNSEEN)),
].every(Boolean);
console.log(ok ? '\nall targets met' : '\nsome targets missed');
process.exitCode = ok ? 0 : 1;
