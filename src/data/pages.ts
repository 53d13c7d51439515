// Queries over the pages collection: each page with its translations and URLs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, pageUrl, type Locale } from '../lib/locales.ts';
import { byMenuOrder } from '../lib/pageRoles.ts';
import { translationGroups, type Alternates } from '../lib/translations.ts';

export type Page = CollectionEntry<'pages'>;

export interface SitePage {
  key: string;
  locale: Locale;
  url: string;
  alternates: Alternates;
  entry: Page;
}

function splitId(id: string): { locale: Locale; key: string } {
  const [locale, key] = id.split('/') as [Locale, string];
  if (!locales.includes(locale))
    throw new Error(`content/pages/${id}.mdx: folder must be one of ${locales.join(', ')}`);
  return { locale, key };
}

let cache: SitePage[] | undefined;

export async function sitePages(): Promise<SitePage[]> {
  if (cache) return cache;
  const entries = await getCollection('pages');
  const refs = entries.map((entry) => ({ ...splitId(entry.id), slug: entry.data.slug }));
  const groups = translationGroups(refs);
  cache = entries.map((entry) => {
    const { locale, key } = splitId(entry.id);
    return { key, locale, url: pageUrl(locale, entry.data.slug), alternates: groups.get(key)!, entry };
  });
  return cache;
}

/** The URL of the page with this key in this language; throws naming the key if there is none. */
export async function urlOf(locale: Locale, key: string): Promise<string> {
  const page = (await sitePages()).find((p) => p.key === key && p.locale === locale);
  if (!page)
    throw new Error(`No page "${key}" (content/pages/${locale}/${key}.mdx) – linked from content or navigation`);
  return page.url;
}

/** The main menu of one language: the pages whose front matter gives them a place, in its order. */
export async function menuItems(locale: Locale): Promise<{ label: string; url: string }[]> {
  return (await sitePages())
    .filter((page) => page.locale === locale && page.entry.data.menu)
    .sort((a, b) => byMenuOrder(a.entry.data, b.entry.data))
    .map((page) => ({ label: page.entry.data.menu!.label, url: page.url }));
}

/** The page being rendered, by its URL: for the components MDX places, which are not told their page. */
export async function pageAt(url: URL): Promise<SitePage> {
  const page = (await sitePages()).find((p) => p.url === url.pathname);
  if (!page) throw new Error(`No page at ${url.pathname}`);
  return page;
}
