import { describe, expect, it } from 'vitest';
import { uiStringProblems, useTranslations } from './i18n';

describe('interface strings', () => {
  it('finds a key missing in one language, a duplicate and stray white space', () => {
    // Importing ./i18n already validated the real files; this checks the checker.
    expect(uiStringProblems({ pl: { 'a.json': { a: 'x', b: 'y' } }, en: { 'a.json': { a: 'x' } } })).toEqual([
      'content/ui/en/: missing key "b"',
    ]);
    expect(
      uiStringProblems({ pl: { 'a.json': { a: 'x' }, 'b.json': { a: 'y' } }, en: { 'a.json': { a: 'x' } } }),
    ).toEqual(['content/ui/pl/b.json: key "a" is defined twice']);
    expect(uiStringProblems({ pl: { 'a.json': { a: 'x\t' } }, en: { 'a.json': { a: 'x' } } })).toEqual([
      'content/ui/pl/: stray white space in "a"',
    ]);
  });

  it('asks each language for exactly the plural forms it uses', () => {
    const en = { 'a.json': { n_one: '{{count}} day', n_other: '{{count}} days' } };
    const pl = {
      'a.json': {
        n_one: '{{count}} dzień',
        n_few: '{{count}} dni',
        n_many: '{{count}} dni',
        n_other: '{{count}} dnia',
      },
    };
    expect(uiStringProblems({ pl, en })).toEqual([]);
    expect(uiStringProblems({ pl: { 'a.json': { n_one: 'x', n_other: 'y' } }, en })).toEqual([
      'content/ui/pl/: missing key "n_few"',
      'content/ui/pl/: missing key "n_many"',
    ]);
    expect(uiStringProblems({ pl, en: { 'a.json': { ...en['a.json'], n_few: 'z' } } })).toEqual([
      'content/ui/en/: "n_few" is not a plural form this language uses (one, other)',
    ]);
  });

  it('picks the Polish plural form by count', () => {
    const t = useTranslations('pl');
    expect([1, 2, 5, 22].map((count) => t('eligibility.days', { count }).replaceAll('\u00A0', ' '))).toEqual([
      'Został 1 dzień, łącznie z dzisiejszym.',
      'Zostały 2 dni, łącznie z dzisiejszym.',
      'Zostało 5 dni, łącznie z dzisiejszym.',
      'Zostały 22 dni, łącznie z dzisiejszym.',
    ]);
    expect(useTranslations('en')('eligibility.days', { count: 1 })).toBe('1 day left, counting today.');
  });

  it('translates in each language and interpolates', () => {
    expect(useTranslations('en')('print.address', { url: 'https://x.pl/' })).toBe('Page address: https://x.pl/');
    expect(useTranslations('pl')('print.address', { url: 'https://x.pl/' })).toBe('Adres strony: https://x.pl/');
  });

  it('applies Polish typography to Polish strings only', () => {
    expect(useTranslations('pl')('site.tagline')).toContain('i\u00A0ich');
    expect(useTranslations('en')('site.tagline')).not.toContain('\u00A0');
  });

  it('refuses a key that does not exist', () => {
    expect(() => useTranslations('en')('no.such.key')).toThrow('No interface string "no.such.key" in content/ui/en/');
  });
});
