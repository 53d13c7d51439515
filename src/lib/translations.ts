// Pairs each page with its translations: every page key must exist in every language.
import { locales, pageUrl, type Locale } from './locales.ts';

export interface PageRef {
  /** File name without extension, the same in every language (e.g. "post-penitentiary"). */
  key: string;
  locale: Locale;
  /** The localized URL part from the page's front matter ("" for home). */
  slug: string;
}

export type Alternates = Record<Locale, string>;

/** Maps each page key to its URL in every language; throws naming the file that is missing. */
export function translationGroups(pages: readonly PageRef[]): Map<string, Alternates> {
  const byKey = new Map<string, Partial<Alternates>>();
  for (const page of pages) {
    const group = byKey.get(page.key) ?? {};
    group[page.locale] = pageUrl(page.locale, page.slug);
    byKey.set(page.key, group);
  }
  const problems: string[] = [];
  for (const [key, group] of byKey) {
    for (const locale of locales) {
      if (!group[locale]) problems.push(`content/pages/${locale}/${key}.mdx is missing (translation of "${key}")`);
    }
  }
  const urls = new Map<string, string>();
  for (const page of pages) {
    const url = pageUrl(page.locale, page.slug);
    const clash = urls.get(url);
    if (clash)
      problems.push(`content/pages/${page.locale}/${page.key}.mdx: slug "${page.slug}" is also used by ${clash}`);
    urls.set(url, `content/pages/${page.locale}/${page.key}.mdx`);
  }
  if (problems.length > 0) throw new Error(`Page translations are incomplete:\n  ${problems.join('\n  ')}`);
  return byKey as Map<string, Alternates>;
}
