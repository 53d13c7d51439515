// The slice of the Pagefind 1.6 browser API this site uses (https://pagefind.app/docs/api/), loaded on demand.
import type { Locale } from '../lib/locales.ts';
import { highlightsTerm, spellingsWithPolishL } from '../lib/searchQuery.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per filter value, as if no filter were chosen. */
  totalFilters: Record<string, Record<string, number>>;
}

type Filters = Record<string, string>;

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  preload: (term: string, options?: { filters?: Filters }) => Promise<void>;
}

/** A search and the data of the results loaded so far. */
export interface SearchAnswer {
  search: PagefindSearch;
  pages: PagefindResultData[];
}

const nothingFound: PagefindSearch = { results: [], unfilteredResultCount: 0, totalFilters: {} };

/**
 * Pagefind, imported and started the first time something asks for it. One search at a time: a result's
 * data() loaded while another search runs can come back with that search's excerpt, so every search and
 * the loading of its results' data go through one queue.
 */
export class PagefindLoader {
  #bundle: string;
  #locale: Locale;
  #ready: Promise<PagefindModule> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #latest: PagefindSearch | undefined;

  constructor(bundle: string, locale: Locale) {
    this.#bundle = bundle;
    this.#locale = locale;
  }

  load(): Promise<PagefindModule> {
    this.#ready ??= (async () => {
      // A path known only in the browser: the bundler must leave this import alone.
      const pagefind = (await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`)) as PagefindModule;
      // The index is small, so searching on the main thread is quick, and skipping the web worker
      // saves downloading pagefind-worker.js (43 KB). This is why the page needs 'wasm-unsafe-eval'.
      await pagefind.options({ excerptLength: 24, excerptEllipsis: '…', noWorker: true });
      await pagefind.init();
      // Searches report counts per kind of page only once the (tiny) filter index is loaded.
      await pagefind.filters();
      return pagefind;
    })();
    this.#ready.catch(() => (this.#ready = undefined));
    return this.#ready;
  }

  /** Runs `task` after every earlier one has finished. */
  #exclusive<T>(task: (pagefind: PagefindModule) => Promise<T>): Promise<T> {
    const result = this.#queue.then(async () => task(await this.load()));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Pages with all the terms (of one kind, if given), and the data of the first `count`. A term Pagefind
   * does not find itself is tried with "ł" for "l": Pagefind folds ą, ę, ó… to plain letters, but not ł
   * ("wroclaw" → "wrocław"). A term that occurs nowhere means nothing is found.
   */
  find(terms: string[], kind: string, count: number): Promise<SearchAnswer> {
    return this.#exclusive(async (pagefind) => {
      const found: string[] = [];
      for (const term of terms) {
        const spelling = await firstFound(pagefind, [term, ...spellingsWithPolishL(term)], this.#locale);
        if (spelling === undefined) return { search: nothingFound, pages: [] };
        found.push(spelling);
      }
      const search = (await pagefind.search(found.join(' '), kind ? { filters: { kind } } : {})) ?? nothingFound;
      this.#latest = search;
      return { search, pages: await Promise.all(search.results.slice(0, count).map((result) => result.data())) };
    });
  }

  /** The data of more results of a search; null when another search has run since. */
  more(search: PagefindSearch, from: number, count: number): Promise<PagefindResultData[] | null> {
    return this.#exclusive(async () =>
      search === this.#latest ? Promise.all(search.results.slice(from, from + count).map((result) => result.data())) : null,
    );
  }

  /** Starts downloading the index chunks for what is being typed. */
  async preload(terms: string[]): Promise<void> {
    if (terms.length > 0) await (await this.load()).preload(terms.join(' '));
  }
}

/** The first spelling that occurs on the site itself (its best result's excerpt shows it). */
async function firstFound(pagefind: PagefindModule, spellings: string[], locale: Locale): Promise<string | undefined> {
  for (const spelling of spellings) {
    const best = (await pagefind.search(spelling))?.results[0];
    if (best && highlightsTerm((await best.data()).excerpt, spelling, locale)) return spelling;
  }
  return undefined;
}
