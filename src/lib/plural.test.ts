import { describe, expect, it } from 'vitest';
import { pluralCategories, pluralize } from './plural';

const polish = { one: '{{count}} dzień', few: '{{count}} dni', many: '{{count}} dni', other: '{{count}} dnia' };
const english = { one: '{{count}} day', other: '{{count}} days' };

describe('pluralize', () => {
  it.each([
    [1, '1 dzień'],
    [2, '2 dni'],
    [4, '4 dni'],
    [5, '5 dni'],
    [12, '12 dni'],
    [21, '21 dni'],
    [22, '22 dni'],
    [0, '0 dni'],
  ])('Polish: %i → %s', (count, text) => {
    expect(pluralize(polish, count, 'pl-PL')).toBe(text);
  });

  it('Polish: picks "few" for 2–4 and 22–24 and "many" for 5–21, 25 and 12–14', () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect([1, 2, 3, 4, 5, 12, 13, 14, 21, 22, 23, 24, 25, 92].map((n) => pluralize(forms, n, 'pl-PL'))).toEqual([
      'one',
      'few',
      'few',
      'few',
      'many',
      'many',
      'many',
      'many',
      'many',
      'few',
      'few',
      'few',
      'many',
      'few',
    ]);
  });

  it.each([
    [1, '1 day'],
    [2, '2 days'],
    [0, '0 days'],
    [21, '21 days'],
  ])('English: %i → %s', (count, text) => {
    expect(pluralize(english, count, 'en-GB')).toBe(text);
  });

  it('falls back to "other" when a category is missing', () => {
    expect(pluralize({ other: '{{count}} x' }, 3, 'pl-PL')).toBe('3 x');
  });

  it('lists the categories each language needs', () => {
    expect(pluralCategories('pl-PL').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralCategories('en-GB').sort()).toEqual(['one', 'other']);
  });
});
