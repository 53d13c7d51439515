import { describe, expect, it } from 'vitest';
import { uiStringProblems, useTranslations } from './i18n';

describe('interface strings', () => {
  it('finds a key missing in one language, a duplicate and stray white space', () => {
    // Importing ./i18n already validated the real files; this checks the checker.
    expect(uiStringProblems({ pl: { 'a.json': { a: 'x', b: 'y' } }, en: { 'a.json': { a: 'x' } } })).toEqual([
      'content/ui/en/: missing key "b"',
    ]);
    expect(uiStringProblems({ pl: { 'a.json': { a: 'x' }, 'b.json': { a: 'y' } }, en: { 'a.json': { a: 'x' } } })).toEqual([
      'content/ui/pl/b.json: key "a" is defined twice',
    ]);
    expect(uiStringProblems({ pl: { 'a.json': { a: 'x\t' } }, en: { 'a.json': { a: 'x' } } })).toEqual([
      'content/ui/pl/: stray white space in "a"',
    ]);
  });

  it('translates in each language and interpolates', () => {
    expect(useTranslations('en')('print.address', { url: 'https://x.pl/' })).toBe('Page address: https://x.pl/');
    expect(useTranslations('pl')('print.address', { url: 'https://x.pl/' })).toBe('Adres strony: https://x.pl/');
  });

  it('applies Polish typography to Polish strings only', () => {
    expect(useTranslations('pl')('site.tagline')).toContain('w\u00A0więzieniu');
    expect(useTranslations('en')('site.tagline')).not.toContain('\u00A0');
  });

  it('refuses a key that does not exist', () => {
    expect(() => useTranslations('en')('no.such.key')).toThrow('No interface string "no.such.key" in content/ui/en/');
  });
});
