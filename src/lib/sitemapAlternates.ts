// Adds each page's language versions to the sitemap (xhtml:link hreflang), read from the content files.
import { readFileSync, readdirSync } from 'node:fs';
import { ContentFileError, parseFrontMatter } from './contentFiles.ts';
import { byLocale, inLocale, locales, localeInfo, pageUrl, type Locale } from './locales.ts';
import { translationGroups, type PageRef } from './translations.ts';

interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[];
}

/**
 * Every page's language versions, read from the content files' front matter. It runs when the configuration
 * loads, in every build (a local preview has no sitemap), so malformed front matter or a missing slug stops it.
 */
export function pageTranslationGroups(dir = 'content/pages'): Record<Locale, string>[] {
  return [...translationGroups(readPageRefs(dir)).values()];
}

function readPageRefs(dir: string): PageRef[] {
  return locales.flatMap((locale) =>
    readdirSync(`${dir}/${locale}`)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const file = `${dir}/${locale}/${name}`;
        const { slug } = parseFrontMatter(readFileSync(file, 'utf8'), file);
        // A missing slug must not quietly become "" (the home page's address).
        if (typeof slug !== 'string')
          throw new ContentFileError(
            `${file}: front matter has no \`slug\` (the page's address; "" for the home page)`,
          );
        return { key: name.replace(/\.mdx$/, ''), locale, slug };
      }),
  );
}

export function sitemapAlternates(site: string, groups: readonly Record<Locale, string>[]) {
  return (item: SitemapItem): SitemapItem => {
    const path = new URL(item.url).pathname;
    const alternates = alternatesOf(groups, path);
    if (!alternates) return item;
    return {
      ...item,
      links: locales.map((locale) => ({
        url: new URL(inLocale(alternates, locale), site).href,
        lang: localeInfo(locale).htmlLang,
      })),
    };
  };
}

/**
 * A page's URL in every language. A page below a content page (a directory's voivodeship page,
 * "/gdzie-szukac-pomocy/mazowieckie/2/") keeps its sub-path under that page's URL in each language.
 */
export function alternatesOf(
  groups: readonly Record<Locale, string>[],
  path: string,
): Record<Locale, string> | undefined {
  const exact = groups.find((alternates) => locales.some((locale) => alternates[locale] === path));
  if (exact) return exact;
  // The longest page URL that the path continues, not counting the home pages ("/", "/en/").
  let best: { alternates: Record<Locale, string>; rest: string; length: number } | undefined;
  for (const alternates of groups) {
    for (const locale of locales) {
      const parent = inLocale(alternates, locale);
      const isHome = parent === pageUrl(locale, '');
      if (!isHome && path.startsWith(parent) && parent.length > (best?.length ?? 0)) {
        best = { alternates, rest: path.slice(parent.length), length: parent.length };
      }
    }
  }
  if (best) {
    const { alternates, rest } = best;
    return byLocale((locale) => `${inLocale(alternates, locale)}${rest}`);
  }
  return undefined;
}
