// Interface strings: one i18next instance, a fixed t() per language. Polish strings get Polish typography.
// Strings live in content/ui/<lang>/<area>.json (flat dotted keys). Every language must have the same
// keys, and asking for a key that does not exist fails the build, naming the key.
import i18next, { type TOptions } from 'i18next';
import { byLocale, defaultLocale, inLocale, localeInfo, locales, type Locale } from './locales.ts';
import { formatLongDate } from './dates.ts';
import { pluralCategories } from './plural.ts';
import { polishTypography } from './typography.ts';

export type UiStrings = Record<string, string>;

const pluralSuffix = /^(.+)_(zero|one|two|few|many|other)$/;

/** What is wrong with the string files, as "content/ui/<lang>/…: …" lines; [] when nothing is. */
export function uiStringProblems(files: Record<Locale, Record<string, UiStrings>>): string[] {
  const problems: string[] = [];
  const merged: Record<Locale, UiStrings> = byLocale(() => ({}));
  for (const locale of locales) {
    const strings = inLocale(merged, locale);
    for (const [file, fileStrings] of Object.entries(files[locale] ?? {})) {
      for (const [key, value] of Object.entries(fileStrings)) {
        if (key in strings) problems.push(`content/ui/${locale}/${file}: key "${key}" is defined twice`);
        strings[key] = value;
      }
    }
  }
  // A plural message ("days_one", "days_few" …) needs exactly the forms its language uses (Intl.PluralRules).
  const keys = new Set(locales.flatMap((locale) => Object.keys(inLocale(merged, locale))));
  const plain = [...keys].filter((key) => !pluralSuffix.test(key));
  const pluralBases = new Set([...keys].flatMap((key) => pluralSuffix.exec(key)?.[1] ?? []));
  for (const locale of locales) {
    const categories = pluralCategories(localeInfo(locale).intl);
    const plurals = [...pluralBases].flatMap((base) => categories.map((category) => `${base}_${category}`));
    const strings = inLocale(merged, locale);
    for (const key of Object.keys(strings)) {
      if (pluralSuffix.test(key) && !plurals.includes(key))
        problems.push(
          `content/ui/${locale}/: "${key}" is not a plural form this language uses (${categories.join(', ')})`,
        );
    }
    const expected = [...plain, ...plurals];
    for (const key of expected) {
      const value = strings[key];
      if (typeof value !== 'string' || value.trim() === '')
        problems.push(`content/ui/${locale}/: missing key "${key}"`);
      else if (value !== value.trim() || /\t| {2}/.test(value))
        problems.push(`content/ui/${locale}/: stray white space in "${key}"`);
    }
  }
  return problems;
}

function loadFiles(): Record<Locale, Record<string, UiStrings>> {
  const modules = import.meta.glob<UiStrings>('../../content/ui/*/*.json', { eager: true, import: 'default' });
  const files: Record<Locale, Record<string, UiStrings>> = byLocale(() => ({}));
  for (const [path, strings] of Object.entries(modules)) {
    const [, locale, file] = /content\/ui\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    if (!locale || !file || !locales.includes(locale))
      throw new Error(`${path}: not in a language folder (${locales.join(', ')})`);
    inLocale(files, locale)[file] = strings;
  }
  return files;
}

const files = loadFiles();
const problems = uiStringProblems(files);
if (problems.length > 0) throw new Error(`Interface strings are incomplete:\n  ${problems.join('\n  ')}`);

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    locales.map((locale) => [
      locale,
      { translation: Object.assign({}, ...Object.values(inLocale(files, locale))) as UiStrings },
    ]),
  ),
  lng: defaultLocale,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: string, options?: TOptions) => string;

export function useTranslations(locale: Locale): Translate {
  return (key, options = {}) => {
    // A page of offices asks for the same few strings for every office: each is looked up and typeset once.
    const memoKey = `${locale}\n${key}\n${JSON.stringify(options)}`;
    const known = translated.get(memoKey);
    if (known !== undefined) return known;
    if (!instance.exists(key, { ...options, lng: locale }))
      throw new Error(`No interface string "${key}" in content/ui/${locale}/`);
    const text = instance.t(key, { ...options, lng: locale }) as string;
    const result = locale === 'pl' ? polishTypography(text) : text;
    translated.set(memoKey, result);
    return result;
  };
}

const translated = new Map<string, string>();

/**
 * "23 listopada 2026" / "23 November 2026" in a page's language (content dates are calendar dates, UTC
 * midnight). Here, not in dates.ts, because the list of languages is read on the server only: the browser's
 * scripts import dates.ts.
 */
export function formatCalendarDate(date: Date, locale: Locale): string {
  return formatLongDate(date, localeInfo(locale).intl);
}
