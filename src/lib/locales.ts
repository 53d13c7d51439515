// The site's languages, defined once and imported everywhere.
export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'pl';

export const localeInfo = {
  pl: { name: 'Polski', htmlLang: 'pl', intl: 'pl-PL', ogLocale: 'pl_PL' },
  en: { name: 'English', htmlLang: 'en', intl: 'en-GB', ogLocale: 'en_GB' },
} as const satisfies Record<Locale, { name: string; htmlLang: string; intl: string; ogLocale: string }>;

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'pl' ? 'en' : 'pl';
}

/** The root-relative URL of a page: Polish at the root, other languages under their code. */
export function pageUrl(locale: Locale, slug: string): string {
  const prefix = locale === defaultLocale ? '/' : `/${locale}/`;
  return slug === '' ? prefix : `${prefix}${slug}/`;
}
