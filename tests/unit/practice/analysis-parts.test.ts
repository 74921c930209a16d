import { expect, test } from 'vitest';
import { jsonlResult } from '../../../lib/cli';
import { analyze, createAnalyzer } from '../../../lib/engine';

const text =
  "I'm worried about the exam and I've not started, that's scary. Lots of people feel behind before exams.";

test('the analysis carries the parts found in the whole text', () => {
  expect(analyze(text).parts).toEqual(['common_humanity', 'mindfulness']);
  expect(analyze("I'm such an idiot. I'll call them tomorrow.").parts).toEqual(['next_step']);
  expect(analyze('').parts).toEqual([]);
});

test('the incremental analyzer reports the same parts as it follows edits', () => {
  const analyzer = createAnalyzer();
  let typed = '';
  for (const piece of ["I'm worried. ", "It's okay. ", "I'll start small."]) {
    typed += piece;
    expect(analyzer.update(typed).parts).toEqual(analyze(typed).parts);
  }
  expect(analyzer.update(typed).parts).toEqual(['self_kindness', 'mindfulness', 'next_step']);
  expect(analyzer.update("I'm worried.").parts).toEqual(['mindfulness']);
});

test("the CLI's JSON line carries the parts", () => {
  expect(JSON.parse(jsonlResult('a', analyze(text)))).toMatchObject({
    id: 'a',
    parts: ['common_humanity', 'mindfulness'],
  });
});
