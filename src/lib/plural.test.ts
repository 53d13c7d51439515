import { describe, expect, it } from 'vitest';
import { pluralCategories, pluralForm, pluralForms, pluralize } from './plural';

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

describe('pluralize with other values', () => {
  it('fills them with the count in one go', () => {
    const forms = { one: 'Showing {{shown}} of {{count}} office', other: 'Showing {{shown}} of {{count}} offices' };
    expect(pluralize(forms, 5, 'en-GB', { shown: 3 })).toBe('Showing 3 of 5 offices');
  });

  it('takes the count as the caller writes it', () => {
    expect(pluralize({ other: '{{count}} strony' }, 1234, 'pl-PL', { count: '1 234' })).toBe('1 234 strony');
  });

  it('fails on a form with a placeholder it was given no value for', () => {
    expect(() => pluralize({ other: '{{count}} of {{total}}' }, 2, 'en-GB')).toThrow(/\{\{total\}\}/);
  });
});

describe('pluralForm and pluralForms', () => {
  it('picks the form of the count\'s category, or "other"', () => {
    expect(pluralForm({ one: 'one', few: 'few', other: 'other' }, 3, 'pl-PL')).toBe('few');
    expect(pluralForm({ one: 'one', other: 'other' }, 5, 'pl-PL')).toBe('other');
  });

  it('makes one form for each category the language uses', () => {
    expect(pluralForms('pl-PL', (category) => `key_${category}`)).toEqual({
      one: 'key_one',
      few: 'key_few',
      many: 'key_many',
      other: 'key_other',
    });
    expect(Object.keys(pluralForms('en-GB', String))).toEqual(['one', 'other']);
  });
});
