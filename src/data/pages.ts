// Queries over the pages collection: each page with its translations and URLs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, pageUrl, type Locale } from '../lib/locales.ts';
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

/** Short labels of pages shown in the main navigation, in order. */
export const navigationKeys = [
  'post-penitentiary',
  'family-together',
  'campaign',
  'child-protection-partnership',
  'trafficking',
  'directory',
  'eligibility',
] as const;
