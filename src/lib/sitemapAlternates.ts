// Adds each page's language versions to the sitemap (xhtml:link hreflang), read from the content files.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { locales, localeInfo } from './locales.ts';
import { translationGroups, type PageRef } from './translations.ts';

interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[];
}

function readPageRefs(dir = 'content/pages'): PageRef[] {
  return locales.flatMap((locale) =>
    readdirSync(`${dir}/${locale}`)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const source = readFileSync(`${dir}/${locale}/${name}`, 'utf8');
        const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
        const { slug } = parse(frontMatter) as { slug?: string };
        return { key: name.replace(/\.mdx$/, ''), locale, slug: slug ?? '' };
      }),
  );
}

export function sitemapAlternates(site: string) {
  const groups = [...translationGroups(readPageRefs()).values()];
  return (item: SitemapItem): SitemapItem => {
    const path = new URL(item.url).pathname;
    const group = groups.find((alternates) => locales.some((locale) => alternates[locale] === path));
    if (!group) return item;
    return {
      ...item,
      links: locales.map((locale) => ({ url: new URL(group[locale], site).href, lang: localeInfo[locale].htmlLang })),
    };
  };
}
