import { describe, expect, it } from 'vitest';
import { translationGroups } from './translations';

describe('translationGroups', () => {
  it('maps every key to its URL in both languages', () => {
    const groups = translationGroups([
      { key: 'home', locale: 'pl', slug: '' },
      { key: 'home', locale: 'en', slug: '' },
      { key: 'help', locale: 'pl', slug: 'pomoc' },
      { key: 'help', locale: 'en', slug: 'help' },
    ]);
    expect(groups.get('home')).toEqual({ pl: '/', en: '/en/' });
    expect(groups.get('help')).toEqual({ pl: '/pomoc/', en: '/en/help/' });
  });

  it('names the missing translation file', () => {
    expect(() => translationGroups([{ key: 'help', locale: 'pl', slug: 'pomoc' }])).toThrow(
      'content/pages/en/help.mdx is missing',
    );
  });

  it('refuses two pages at one address', () => {
    expect(() =>
      translationGroups([
        { key: 'a', locale: 'pl', slug: 'x' },
        { key: 'a', locale: 'en', slug: 'a' },
        { key: 'b', locale: 'pl', slug: 'x' },
        { key: 'b', locale: 'en', slug: 'b' },
      ]),
    ).toThrow('slug "x" is also used by content/pages/pl/a.mdx');
  });
});
