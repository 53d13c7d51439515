// What the search page downloads before the reader types, besides Pagefind itself: the synonyms, the
// language's pages (so a result can be listed before its fragment arrives) and the names of the files
// Pagefind will ask for one after another, so they can all be asked for at once.
import type { Synonyms } from './searchSynonyms.ts';

/** How a built search page is known by its bytes: its <search-page> element, which starts the first search. */
export const searchPageMarker = '<search-page ';

/** A page as a search result lists it before its excerpt has loaded. */
export interface StartPage {
  /** The page's address, as Pagefind gives it. */
  url: string;
  /** Its title (Pagefind's `title` metadata). */
  title: string;
  /** Its kind (the `kind` filter), when it has one. */
  kind?: string;
}

/** The search page's first file for one language (search-words/<lang>.json). */
export interface SearchStart {
  /** Pagefind's `metaCacheTag`: a hash of its entry file, so that the file's address is known in advance. */
  cacheTag: string;
  /** Files of the Pagefind bundle, relative to it, that any first search needs. */
  preload: string[];
  /** The language's pages by Pagefind's result id (the name of the page's fragment file). */
  pages: Record<string, StartPage>;
  /** The editors' synonyms (content/search/<lang>.yaml). */
  synonyms: Synonyms;
}

/** What a fragment file says about its page (the part of it the start file keeps). */
export interface FragmentData {
  url: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** The bundle as built: the entry file's text and the names of its files (relative to the bundle). */
export interface BuiltBundle {
  entry: string;
  files: readonly string[];
}

/**
 * Above this many index chunks a language's index is big enough that a search should fetch only the
 * chunks its words need (Pagefind does that); below it, fetching every chunk at once saves round trips.
 */
export const maxPreloadedChunks = 2;

/** The start file of one language; `hash` is any short, stable hash of a text. */
export function searchStart(
  bundle: BuiltBundle,
  locale: string,
  fragments: ReadonlyMap<string, FragmentData>,
  synonyms: Synonyms,
  hash: (text: string) => string,
): SearchStart {
  const entry = JSON.parse(bundle.entry) as { languages: Record<string, { hash: string }> };
  const language = entry.languages[locale];
  if (!language) throw new Error(`the search index has no pages in "${locale}"`);
  const cacheTag = hash(bundle.entry);
  const ofLanguage = (folder: string) => bundle.files.filter((file) => file.startsWith(`${folder}/${locale}_`)).sort();
  const chunks = ofLanguage('index');
  const pages: Record<string, StartPage> = {};
  for (const file of ofLanguage('fragment')) {
    const id = file.slice('fragment/'.length).replace(/\.pf_fragment$/, '');
    const data = fragments.get(file);
    if (!data) continue;
    const kind = data.filters['kind']?.[0];
    pages[id] = { url: data.url, title: data.meta.title ?? data.url, ...(kind ? { kind } : {}) };
  }
  return {
    cacheTag,
    preload: [
      `pagefind-entry.json?ts=${cacheTag}`,
      `pagefind.${language.hash}.pf_meta`,
      // Not the filter files: the search page tells kinds apart by `pages` below.
      ...(chunks.length <= maxPreloadedChunks ? chunks : []),
    ],
    pages,
    synonyms,
  };
}

/** A file the search page asks for as soon as it has painted, and its size as a host sends it. */
export interface Download {
  /** Its address on the site. */
  url: string;
  /** Bytes sent (compressed where a host compresses). */
  bytes: number;
}

/**
 * The first search's downloads in the order to ask for them: largest first. Over HTTP/1.1 a browser opens
 * six connections to a host, and a request that finds none free waits for one, then a round trip more
 * (2 s on slow 3G). A small file that waits still arrives before the large ones have finished; a large one
 * that waits arrives last.
 */
export function largestFirst(downloads: readonly Download[]): string[] {
  return [...downloads].sort((a, b) => b.bytes - a.bytes).map(({ url }) => url);
}
