// The site's languages, read from one content file (content/locales.yaml): adding a language is an entry
// there plus its content, no code. Read synchronously when this module loads, so astro.config.mjs and
// the scripts can import it too; a mistake stops the build naming the file, the line and the field.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { ContentFileError, parseYamlList, schemaProblems } from './contentFiles.ts';
import { pluralCategories } from './plural.ts';

/** A language code as it appears in URLs and folder names ("pl", "en"); one of `locales`. */
export type Locale = string;

/** Where the list lives, relative to the project (the build and the scripts run there). */
export const localesFile = 'content/locales.yaml';

/** One entry of content/locales.yaml. */
export const localeSchema = z.strictObject({
  /** The code in URLs (/en/…) and folder names (content/pages/en): lower-case letters, optionally "-" and more. */
  id: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, 'a language code in lower case: "uk", "pt-br"'),
  /** The language's name in that language, as the language switch shows it: "Polski", "English". */
  name: z.string().min(1),
  /** The value of <html lang> and hreflang (BCP 47): "pl", "en". */
  htmlLang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'a BCP 47 language tag: "en", "pt-BR"'),
  /** The locale for dates, numbers and plural forms (Intl): "pl-PL", "en-GB". */
  intl: z.string().refine((tag) => Intl.PluralRules.supportedLocalesOf(tag).length > 0, 'not a locale Intl knows'),
  /** The Open Graph locale of link previews: "pl_PL", "en_GB". */
  ogLocale: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'language_TERRITORY: "en_GB"'),
  /** Written right to left (Arabic, Hebrew); left to right if not given. */
  rtl: z.boolean().default(false),
});

/** What the site knows about a language: the entry without its code. */
export type LocaleInfo = Omit<z.infer<typeof localeSchema>, 'id'>;

/** The checked list; throws a ContentFileError naming the file, line, entry and field of every mistake. */
export function parseLocales(text: string, file = localesFile): Record<Locale, LocaleInfo> {
  const entries = parseYamlList(text, file);
  if (entries.length === 0) throw new ContentFileError(`${file}: no languages (the first one is the default)`);
  const problems: string[] = [];
  const info: Record<Locale, LocaleInfo> = {};
  for (const entry of entries) {
    const checked = localeSchema.safeParse(entry.data);
    if (checked.success) {
      const { id, ...rest } = checked.data;
      info[id] = rest;
      // i18next picks a string's plural form by the code, the build checks the forms by `intl`.
      const [byCode, byIntl] = [id, rest.intl].map((tag) => pluralCategories(tag).join(', '));
      if (byCode !== byIntl)
        problems.push(
          `${file}, line ${entry.lineOf(['intl'])}, entry "${id}": intl: its plural forms (${byIntl}) differ from those of the code "${id}" (${byCode})`,
        );
    } else problems.push(...schemaProblems(file, entry, checked.error));
  }
  if (problems.length > 0) throw new ContentFileError(problems.join('\n'));
  return info;
}

// Server code only: browser code may import the type, never a value (it would bundle the file read).
const known = parseLocales(readFileSync(localesFile, 'utf8'));
/** The codes, the default language first. */
export const locales: readonly Locale[] = Object.keys(known);
/** The first language in the file: its pages are at the root, without a prefix. */
export const defaultLocale: Locale = locales[0]!;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(known, value);
}

/** What the site needs to know about a language: its name, tags and direction. */
export function localeInfo(locale: Locale): LocaleInfo {
  return inLocale(known, locale);
}

/**
 * The value for `locale` of an object that has one for every language (a localized field of the data
 * files, a page's addresses). The schemas require every language, so a gap is a bug: it throws.
 */
export function inLocale<T>(values: Readonly<Record<Locale, T>>, locale: Locale): T {
  if (!Object.hasOwn(values, locale)) throw new Error(`No value for the language "${locale}" (${localesFile})`);
  return values[locale]!;
}

/** Every language but `locale`, in the file's order: what the language switch offers. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}

/** The root-relative URL of a page: the default language at the root, other languages under their code. */
export function pageUrl(locale: Locale, slug: string): string {
  const prefix = locale === defaultLocale ? '/' : `/${locale}/`;
  return slug === '' ? prefix : `${prefix}${slug}/`;
}

/** Where the static host serves a language's "page not found" from (src/pages/404.astro, src/pages/[lang]/404.astro). */
export function notFoundUrl(locale: Locale): string {
  return locale === defaultLocale ? '/404.html' : `/${locale}/404/`;
}

/** An object with one value for every language (a localized text of the data files, a page's addresses). */
export function byLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, value(locale)]));
}
