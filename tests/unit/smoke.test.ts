import { expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../lib/engine/types';

test('the twelve trap categories are fixed', () => {
  expect(CATEGORY_IDS).toHaveLength(12);
  expect(new Set(CATEGORY_IDS).size).toBe(12);
});
