import { expect, test } from 'vitest';
import { formatMessage, t } from '../../lib/i18n';

test('named placeholders and positional substitutions resolve like the browser', () => {
  const catalog = {
    greet: { message: 'Hi $NAME$, $1 left', placeholders: { name: { content: '$2' } } },
  };
  expect(formatMessage(catalog, 'greet', ['3', 'Sam'])).toBe('Hi Sam, 3 left');
  expect(formatMessage(catalog, 'missing')).toBe('');
});

test('t() reads the shipped English catalog in unit tests', () => {
  expect(t('extName')).toBe('Selfkind');
});
