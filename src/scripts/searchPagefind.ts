// The slice of the Pagefind 1.6 browser API this site uses (https://pagefind.app/docs/api/), loaded on
// demand, together with the site's own search words (vocabulary and synonyms, made at build time).
import type { Locale } from '../lib/locales.ts';
import { queryWords, searchTerms } from '../lib/searchQuery.ts';
import { queryVariants, synonymsOf, type Synonyms } from '../lib/searchSynonyms.ts';
import { knownSpelling, minWordLength, nearestWords } from '../lib/searchWords.ts';

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
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

type Filters = Record<string, string>;

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  preload: (term: string, options?: { filters?: Filters }) => Promise<void>;
}

interface SearchWords {
  words: string[];
  synonyms: Synonyms;
}

/** What one query found: every result (best first), the data of the first ones, and counts per kind. */
export interface SearchAnswer {
  results: PagefindResult[];
  pages: PagefindResultData[];
  /** Results of each kind of page as if no kind were chosen; '' counts them all. */
  counts: Record<string, number>;
  /** The words searched instead of misspelt ones ("mieszkanie" for "mieszkanei"), or undefined. */
  correctedTo: string | undefined;
}

/** Thrown when the site's own words say a term is there but Pagefind found nothing: its index did not load. */
export class SearchBroken extends Error {}

/**
 * Results of the same search found through a synonym count a little less than the words as typed, so
 * a page with the reader's own word stays ahead of one with the site's word for it.
 */
const synonymWeight = 0.9;

/** One way of searching the query, ready for Pagefind. */
interface ResolvedVariant {
  terms: string[];
  /** Terms the site's words promise Pagefind will find. */
  known: string[];
  weight: number;
  corrected: string | undefined;
}

/**
 * Pagefind and the search words, downloaded and started the first time something asks for them. One
 * search at a time: a result's data() loaded while another search runs can come back with that search's
 * excerpt, so every search and the loading of its results' data go through one queue.
 */
export class PagefindLoader {
  #bundle: string;
  #wordsUrl: string;
  #locale: Locale;
  #ready: Promise<{ pagefind: PagefindModule; words: SearchWords; kinds: string[] }> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #latest: SearchAnswer | undefined;

  constructor(bundle: string, wordsUrl: string, locale: Locale) {
    this.#bundle = bundle;
    this.#wordsUrl = wordsUrl;
    this.#locale = locale;
  }

  load(): Promise<{ pagefind: PagefindModule; words: SearchWords; kinds: string[] }> {
    this.#ready ??= (async () => {
      const words = fetch(this.#wordsUrl).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${this.#wordsUrl}`);
        return (await response.json()) as SearchWords;
      });
      // Asked for together rather than one after another: on a slow network every request in a chain
      // costs a round trip (2 s on slow 3G). Preloads, unlike a second fetch, never download twice.
      preloadFile(`${this.#bundle}pagefind.js`, 'modulepreload');
      preloadFile(`${this.#bundle}wasm.${this.#locale}.pagefind`, 'fetch');
      // A path known only in the browser: the bundler must leave this import alone.
      const pagefind = (await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`)) as PagefindModule;
      // The index is small, so searching on the main thread is quick, and skipping the web worker
      // saves downloading pagefind-worker.js (43 KB). This is why the page needs 'wasm-unsafe-eval'.
      // A page's description (front matter, indexed as metadata) says what the page helps with, so a
      // word found there counts extra: "housing" or "hours" puts the page that offers them first.
      await pagefind.options({ excerptLength: 24, excerptEllipsis: '…', noWorker: true, ranking: { metaWeights: { description: 3 } } });
      await pagefind.init();
      const searchWords = await words;
      // The index chunk of the site's commonest word (on a small site the whole index), loaded beside
      // the filter chunk, so the first search waits only for its results.
      if (searchWords.words[0]) void pagefind.preload(searchWords.words[0]).catch(() => undefined);
      const kinds = Object.keys((await pagefind.filters())['kind'] ?? {});
      return { pagefind, words: searchWords, kinds };
    })();
    this.#ready.catch(() => (this.#ready = undefined));
    return this.#ready;
  }

  /** Runs `task` after every earlier one has finished. */
  #exclusive<T>(task: (pagefind: PagefindModule, words: SearchWords, kinds: string[]) => Promise<T>): Promise<T> {
    const result = this.#queue.then(async () => {
      const { pagefind, words, kinds } = await this.load();
      return task(pagefind, words, kinds);
    });
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Pages for a query (of one kind, if given), best first, and the data of the first `count`. The query
   * is searched as typed and once for each synonym of its words; results found several ways keep their
   * best score. A word the site does not use is replaced by the nearest words it does use.
   */
  find(query: string, kind: string, count: number): Promise<SearchAnswer> {
    return this.#exclusive(async (pagefind, words, kinds) => {
      const variants = this.#resolve(query, words);
      const all = await merged(pagefind, variants, '');
      const counts: Record<string, number> = { '': all.length };
      for (const name of kinds) counts[name] = (await merged(pagefind, variants, name)).length;
      const results = kind ? await merged(pagefind, variants, kind) : all;
      // A word the site uses that Pagefind cannot find means its index did not load.
      const promised = variants.flatMap((variant) => variant.known)[0];
      if (all.length === 0 && promised !== undefined && !(await pagefind.search(promised))?.results.length) {
        throw new SearchBroken(`Pagefind did not find “${promised}”, which the site uses`);
      }
      const pages = await Promise.all(results.slice(0, count).map((result) => result.data()));
      const answer = { results, pages, counts, correctedTo: results.length > 0 ? variants[0]?.corrected : undefined };
      this.#latest = answer;
      return answer;
    });
  }

  /** The data of more results of an answer; null when another search has run since. */
  more(answer: SearchAnswer, from: number, count: number): Promise<PagefindResultData[] | null> {
    return this.#exclusive(async () =>
      answer === this.#latest ? Promise.all(answer.results.slice(from, from + count).map((result) => result.data())) : null,
    );
  }

  /** Starts downloading the index chunks for what is being typed. */
  async preload(query: string): Promise<void> {
    const terms = searchTerms(query, this.#locale);
    if (terms.length > 0) await (await this.load()).pagefind.preload(terms.join(' '));
  }

  /**
   * The ways to search a query that the site's words can answer. First each word neither the site nor
   * the synonym lists know is replaced by the nearest word they do know; then the query is searched as
   * it stands and once for each synonym of its words.
   */
  #resolve(query: string, { words: vocabulary, synonyms }: SearchWords): ResolvedVariant[] {
    const locale = this.#locale;
    const spellingOf = (word: string): string | undefined => {
      const term = termOf(word, locale);
      // Numbers and very short words are not in the vocabulary; Pagefind is asked as they are.
      return /\d/.test(term) || term.length < minWordLength ? term : knownSpelling(term, vocabulary, locale);
    };
    const understood = (word: string) => spellingOf(word) !== undefined || synonymsOf(word, synonyms, locale).length > 0;
    const candidates = [...vocabulary, ...Object.keys(synonyms)];
    let corrected = false;
    const words: string[] = [];
    for (const word of queryWords(query, locale)) {
      if (understood(word)) {
        words.push(word);
        continue;
      }
      const nearest = nearestWords(word, candidates).find(understood);
      if (nearest === undefined) return [];
      words.push(nearest);
      corrected = true;
    }
    const resolved: ResolvedVariant[] = [];
    for (const variant of queryVariants(words, synonyms, locale)) {
      const terms = variant.words.map(spellingOf);
      if (terms.some((term) => term === undefined)) continue;
      resolved.push({
        terms: terms as string[],
        known: (terms as string[]).filter((term) => !/\d/.test(term) && term.length >= minWordLength),
        weight: variant.viaSynonym ? synonymWeight : 1,
        corrected: corrected ? words.join(' ') : undefined,
      });
    }
    return resolved;
  }
}

function preloadFile(href: string, kind: 'modulepreload' | 'fetch'): void {
  const link = document.createElement('link');
  link.rel = kind === 'modulepreload' ? 'modulepreload' : 'preload';
  if (kind === 'fetch') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

function termOf(word: string, locale: Locale): string {
  return searchTerms(word, locale)[0] ?? word;
}

/** The results of every variant, each page once with its best score, best first. */
async function merged(pagefind: PagefindModule, variants: ResolvedVariant[], kind: string): Promise<PagefindResult[]> {
  const best = new Map<string, { result: PagefindResult; score: number }>();
  for (const variant of variants) {
    const search = await pagefind.search(variant.terms.join(' '), kind ? { filters: { kind } } : {});
    for (const result of search?.results ?? []) {
      const score = result.score * variant.weight;
      const known = best.get(result.id);
      if (!known || known.score < score) best.set(result.id, { result, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}
