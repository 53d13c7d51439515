import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, notFoundUrl, otherLocales, pageUrl, parseLocales } from './locales.ts';

const entry = (id: string, extra = '') =>
  `- id: ${id}\n  name: Name\n  htmlLang: ${id}\n  intl: ${id}\n  ogLocale: ${id}_XX\n${extra}`;

describe('the list of languages (content/locales.yaml)', () => {
  it('starts with the default language, Polish at the root', () => {
    expect(defaultLocale).toBe('pl');
    expect(locales).toEqual(['pl', 'en']);
    expect(pageUrl('pl', '')).toBe('/');
    expect(pageUrl('en', 'about')).toBe('/en/about/');
    expect(notFoundUrl('pl')).toBe('/404.html');
    expect(notFoundUrl('en')).toBe('/en/404/');
  });

  it('offers every other language, in the file order', () => {
    const info = parseLocales(entry('pl') + entry('en') + entry('uk'));
    expect(Object.keys(info)).toEqual(['pl', 'en', 'uk']);
    expect(otherLocales('pl')).toEqual(['en']);
  });

  it('names the file, the line, the entry and the field of a mistake', () => {
    expect(() => parseLocales(entry('pl') + entry('en').replace('  htmlLang: en\n', ''))).toThrow(
      /content\/locales\.yaml, line 6, entry "en": htmlLang: /,
    );
    expect(() => parseLocales(entry('pl', '  direction: rtl\n'))).toThrow(/entry "pl": direction: not a known field/);
    expect(() => parseLocales(entry('PL'))).toThrow(/entry "PL": id: a language code in lower case/);
    expect(() => parseLocales(entry('pl') + entry('pl'))).toThrow(/id "pl" is already used/);
    expect(() => parseLocales('[]')).toThrow(/no languages/);
    // Plural forms are chosen by the code and checked by intl: they must be the same language's.
    expect(() => parseLocales(entry('pl').replace('intl: pl', 'intl: en'))).toThrow(
      /line 4, entry "pl": intl: its plural forms \(one, other\) differ from those of the code "pl" \(one, few, many, other\)/,
    );
  });
});
