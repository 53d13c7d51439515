// The slice of the Pagefind 1.6 browser API this site uses (https://pagefind.app/docs/api/), loaded on
// demand, together with the site's own search files (synonyms, pages, vocabulary; made at build time).
import type { Locale } from '../../lib/locales.ts';
import { queryWords, searchTerms } from '../../lib/searchQuery.ts';
import type { SearchStart } from '../../lib/searchStart.ts';
import { queryVariants, synonymsOf, type Synonyms } from '../../lib/searchSynonyms.ts';
import { preload } from './searchDownloads.ts';
import { knownSpelling, minWordLength, nearestWords, plainLetters, shownQuery } from '../../lib/searchWords.ts';

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

/** What one query found: every result (best first), the first ones as listed, and counts per kind. */
export interface SearchAnswer {
  results: PagefindResult[];
  /** The first results as listed at once: from the start file, without excerpts until `details` brings them. */
  pages: PagefindResultData[];
  /** Results of each kind of page as if no kind were chosen; '' counts them all. */
  counts: Record<string, number>;
  /** The words searched instead of misspelt ones ("mieszkanie" for "mieszkanei"), or undefined. */
  correctedTo: string | undefined;
}

/** Thrown when the site's own words say a term is there but Pagefind found nothing: its index did not load. */
export class SearchBroken extends Error {
  // The search page tells it by name: it loads this module only after it has painted.
  override name = 'SearchBroken';
}

/**
 * Results of the same search found through a synonym count a little less than the words as typed, so
 * a page with the reader's own word stays ahead of one with the site's word for it.
 */
const synonymWeight = 0.9;

/**
 * Fewer results than this is "very little": a word the site never writes whole ("lawer", found only as
 * "law…") is then replaced by the nearest word it does write, if that finds more.
 */
const fewResults = 3;

/** One way of searching the query, ready for Pagefind. */
interface ResolvedVariant {
  terms: string[];
  /** Terms the site's words promise Pagefind will find. */
  known: string[];
  weight: number;
  corrected: string | undefined;
}

interface Loaded {
  pagefind: PagefindModule;
  start: SearchStart;
}

/**
 * Pagefind and the start file, downloaded and started the first time something asks for them; the
 * vocabulary only when a word is not on the site. One search at a time, through a queue, so that an
 * answer that arrives late never mixes with a newer one.
 */
export class PagefindLoader {
  #bundle: string;
  #startUrl: string;
  #vocabularyUrl: string;
  #locale: Locale;
  #ready: Promise<Loaded> | undefined;
  #vocabulary: Promise<string[]> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** The latest reading of each page's data (see `#read`). */
  #reading = new Map<string, Promise<PagefindResultData>>();
  #latest: SearchAnswer | undefined;

  constructor(bundle: string, startUrl: string, vocabularyUrl: string, locale: Locale) {
    this.#bundle = bundle;
    this.#startUrl = startUrl;
    this.#vocabularyUrl = vocabularyUrl;
    this.#locale = locale;
  }

  load(): Promise<Loaded> {
    this.#ready ??= (async () => {
      // Asked for together rather than one after another: on a slow network every request in a chain
      // costs a round trip (2 s on slow 3G). Preloads, unlike a second fetch, never download twice.
      const start = fetchJson<SearchStart>(this.#startUrl).then((found) => {
        // Pagefind would ask for these one after another (entry, metadata, index): all at once instead.
        for (const file of found.preload) preload(`${this.#bundle}${file}`, 'fetch');
        return found;
      });
      preload(`${this.#bundle}pagefind.js`, 'script');
      preload(`${this.#bundle}wasm.${this.#locale}.pagefind`, 'fetch');
      // A path known only in the browser: the bundler must leave this import alone.
      const pagefind = (await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`)) as PagefindModule;
      const { cacheTag } = await start;
      // The index is small, so searching on the main thread is quick, and skipping the web worker
      // saves downloading pagefind-worker.js (43 KB). This is why the page needs 'wasm-unsafe-eval'.
      // A page's description (front matter, indexed as metadata) says what the page helps with, so a
      // word found there counts extra: "housing" or "hours" puts the page that offers them first.
      // The cache tag makes the entry file's address the one preloaded above.
      await pagefind.options({
        excerptLength: 24,
        excerptEllipsis: '…',
        noWorker: true,
        metaCacheTag: cacheTag,
        ranking: { metaWeights: { description: 3 } },
      });
      await pagefind.init();
      return { pagefind, start: await start };
    })();
    this.#ready.catch(() => (this.#ready = undefined));
    return this.#ready;
  }

  #loadVocabulary(): Promise<string[]> {
    this.#vocabulary ??= fetchJson<string[]>(this.#vocabularyUrl);
    this.#vocabulary.catch(() => (this.#vocabulary = undefined));
    return this.#vocabulary;
  }

  /**
   * Runs `task` after every earlier one has finished, unless `signal` has given it up by then: a search
   * typed over (the reader went on typing) never holds back the one that replaced it.
   */
  #exclusive<T>(task: (loaded: Loaded) => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    const result = this.#queue.then(async () => {
      const loaded = await unlessAborted(this.load(), signal);
      signal?.throwIfAborted();
      return task(loaded);
    });
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Pages for a query (of one kind, if given), best first, and the first `count` as listed. The query
   * is searched as typed and once for each synonym of its words (see `merged`). When a word is not on
   * the site, or nothing is found, the site's vocabulary is loaded: a word the site does not use is
   * replaced by the nearest words it does use, and so is a word found too rarely when the nearest word
   * finds more. Once `signal` aborts, the search stops waiting (for the vocabulary, say) and rejects.
   */
  find(query: string, kind: string, count: number, signal?: AbortSignal): Promise<SearchAnswer> {
    return this.#exclusive(async ({ pagefind, start }) => {
      const locale = this.#locale;
      const words = queryWords(query, locale);
      let variants = resolve(words, start.synonyms, locale, undefined);
      let all = await merged(pagefind, variants, '');
      // The vocabulary is needed only for a word the site does not have, or when nothing was found.
      if (all.length === 0 || (await someWordMissing(pagefind, words, start.synonyms, locale))) {
        const loading = this.#loadVocabulary().catch((error: unknown) => {
          // Without the vocabulary nothing tells a misspelling from a broken index.
          if (all.length === 0) throw new SearchBroken(`the search vocabulary did not load: ${String(error)}`);
          return undefined;
        });
        // A half-typed word ("mieszk") asks for it too; given up, its download still serves the next word.
        const vocabulary = await unlessAborted(loading, signal);
        if (vocabulary) ({ variants, all } = await this.#forgiving(pagefind, words, vocabulary, start.synonyms));
      }
      const { counts, results } = await byKind(pagefind, variants, all, kind, start);
      const answer: SearchAnswer = {
        results,
        pages: await this.#listed(results.slice(0, count), start),
        counts,
        correctedTo: results.length > 0 ? shownQuery(query, words, variants[0]?.corrected, locale) : undefined,
      };
      this.#latest = answer;
      return answer;
    }, signal);
  }

  /** The query searched with the vocabulary's help: misspellings replaced, and rare words if that finds more. */
  async #forgiving(pagefind: PagefindModule, words: string[], vocabulary: string[], synonyms: Synonyms) {
    const locale = this.#locale;
    let variants = resolve(words, synonyms, locale, vocabulary);
    let all = await merged(pagefind, variants, '');
    if (all.length < fewResults) {
      const nearer = nearerWords(words, vocabulary, synonyms, locale);
      if (nearer) {
        const tried = resolve(nearer, synonyms, locale, vocabulary, true);
        const found = await merged(pagefind, tried, '');
        if (found.length > all.length) [variants, all] = [tried, found];
      }
    }
    // A word the site uses that Pagefind cannot find means its index did not load.
    const promised = variants.flatMap((variant) => variant.known)[0];
    if (all.length === 0 && promised !== undefined && !(await pagefind.search(promised))?.results.length) {
      throw new SearchBroken(`Pagefind did not find “${promised}”, which the site uses`);
    }
    return { variants, all };
  }

  /** Results as the start file lists them; a page it does not know waits for its own data. */
  async #listed(results: PagefindResult[], start: SearchStart): Promise<PagefindResultData[]> {
    return Promise.all(
      results.map(async (result) => {
        const page = start.pages[result.id];
        if (!page) return this.#read(result);
        return {
          url: page.url,
          excerpt: '',
          meta: { title: page.title },
          filters: page.kind ? { kind: [page.kind] } : {},
          sub_results: [],
        };
      }),
    );
  }

  /** More results of an answer, as listed at once. */
  async more(answer: SearchAnswer, from: number, count: number): Promise<PagefindResultData[]> {
    return this.#listed(answer.results.slice(from, from + count), (await this.load()).start);
  }

  /**
   * The full data (excerpts, sections) of some results of an answer; null when another search has run
   * since. Outside the search queue, so that a slow network holds no search back.
   */
  async details(answer: SearchAnswer, from: number, count: number): Promise<PagefindResultData[] | null> {
    const data = await Promise.all(answer.results.slice(from, from + count).map((result) => this.#read(result)));
    return answer === this.#latest ? data : null;
  }

  /**
   * A result's data, read after any earlier reading of the same page has finished and copied at once:
   * Pagefind keeps one object per page and writes each search's excerpt into it, so two readings at the
   * same time could both return the later one.
   */
  #read(result: PagefindResult): Promise<PagefindResultData> {
    const read = (this.#reading.get(result.id) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => result.data())
      .then((data) => ({ ...data, meta: { ...data.meta }, sub_results: [...data.sub_results] }));
    this.#reading.set(result.id, read);
    return read;
  }

  /** Starts downloading the index chunks for what is being typed. */
  async preload(query: string): Promise<void> {
    const terms = searchTerms(query, this.#locale);
    if (terms.length > 0) await (await this.load()).pagefind.preload(terms.join(' '));
  }
}

/** `promise`, or the abort's reason as soon as `signal` aborts (the work behind `promise` goes on). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return (await response.json()) as T;
}

/**
 * Whether a word of the query is on no page and has no synonym. Pagefind cannot say so itself: for a
 * word no indexed word starts with, it searches a shorter beginning instead ("mieszkanei" finds
 * "mieszkan…", "wroclaw" every "w"). Its exact search (in quotes) never does. A form the site does not
 * use ("mieszkaniu") may load the vocabulary for nothing, which costs a download, never a wrong answer.
 */
async function someWordMissing(
  pagefind: PagefindModule,
  words: readonly string[],
  synonyms: Synonyms,
  locale: Locale,
): Promise<boolean> {
  for (const word of words) {
    if (/\d/.test(word) || word.length < minWordLength || synonymsOf(word, synonyms, locale).length > 0) continue;
    // The word as typed, not its stem: a misspelt ending ("mieszkanei") cut off would pass for a form.
    if (!(await pagefind.search(`"${word}"`))?.results.length) return true;
  }
  return false;
}

/**
 * The ways to search some words. With the vocabulary, each word neither the site nor the synonym lists
 * know is first replaced by the nearest word they do know (`corrected` then says so; `alreadyCorrected`
 * marks words that were replaced before); without it, every word is searched as typed. Then the words
 * are searched as they stand and once for each synonym.
 */
function resolve(
  typed: readonly string[],
  synonyms: Synonyms,
  locale: Locale,
  vocabulary: readonly string[] | undefined,
  alreadyCorrected = false,
): ResolvedVariant[] {
  const spellingOf = (word: string): string | undefined => {
    const term = termOf(word, locale);
    // Numbers and very short words are not in the vocabulary; Pagefind is asked as they are.
    if (!vocabulary || /\d/.test(term) || term.length < minWordLength) return term;
    return knownSpelling(term, vocabulary, locale);
  };
  const understood = (word: string) => spellingOf(word) !== undefined || synonymsOf(word, synonyms, locale).length > 0;
  const candidates = [...(vocabulary ?? []), ...Object.keys(synonyms)];
  let corrected = alreadyCorrected;
  const words: string[] = [];
  for (const word of typed) {
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
      known: vocabulary ? (terms as string[]).filter((term) => !/\d/.test(term) && term.length >= minWordLength) : [],
      weight: variant.viaSynonym ? synonymWeight : 1,
      corrected: corrected ? words.join(' ') : undefined,
    });
  }
  return resolved;
}

/**
 * The words with each one the site never writes, not even as the beginning of a longer word ("lawer",
 * found only as "law…"; "procy", found only as "proc…"), replaced by the nearest word it does write or
 * has a synonym for; undefined when nothing changes. The beginning of a word the site has ("pomor" of
 * "pomorskie") is left alone: the reader may not have finished typing it.
 */
function nearerWords(
  typed: readonly string[],
  vocabulary: readonly string[],
  synonyms: Synonyms,
  locale: Locale,
): string[] | undefined {
  const candidates = [...vocabulary, ...Object.keys(synonyms)];
  const whole = new Set(candidates.map(plainLetters));
  let changed = false;
  const words = typed.map((word) => {
    const plain = plainLetters(word);
    const begins = [...whole].some((candidate) => candidate.startsWith(plain));
    if (begins || /\d/.test(word) || synonymsOf(word, synonyms, locale).length > 0) return word;
    const nearer = nearestWords(word, candidates).find(
      (candidate) => whole.has(plainLetters(candidate)) && plainLetters(candidate) !== plain,
    );
    if (nearer === undefined) return word;
    changed = true;
    return nearer;
  });
  return changed ? words : undefined;
}

function termOf(word: string, locale: Locale): string {
  return searchTerms(word, locale)[0] ?? word;
}

/**
 * The results of one kind (all when `kind` is ''), and how many each kind has. The start file knows each
 * page's kind, so the results found are sorted out here: Pagefind's filters would cost a search per kind
 * and a download before the first answer. A result the start file does not know (one built apart from
 * the index, still in a cache) leaves it to Pagefind.
 */
async function byKind(
  pagefind: PagefindModule,
  variants: ResolvedVariant[],
  all: PagefindResult[],
  kind: string,
  start: SearchStart,
): Promise<{ counts: Record<string, number>; results: PagefindResult[] }> {
  const counts: Record<string, number> = { '': all.length };
  if (all.every((result) => result.id in start.pages)) {
    for (const page of Object.values(start.pages)) if (page.kind) counts[page.kind] = 0;
    for (const result of all) {
      const found = start.pages[result.id]?.kind;
      if (found) counts[found] = (counts[found] ?? 0) + 1;
    }
    return { counts, results: kind ? all.filter((result) => start.pages[result.id]?.kind === kind) : all };
  }
  for (const name of Object.keys((await pagefind.filters())['kind'] ?? {}))
    counts[name] = (await merged(pagefind, variants, name)).length;
  return { counts, results: kind ? await merged(pagefind, variants, kind) : all };
}

/**
 * The results of every variant, each page once, best first. A page's score adds up what each variant
 * found, per term of that variant: a page found by the reader's word and by its synonyms is more likely
 * about what was meant than one found by a single meaning, and a two-word synonym ("pozbawionych
 * wolności" for "więźniów") does not count twice just for being two words.
 */
async function merged(pagefind: PagefindModule, variants: ResolvedVariant[], kind: string): Promise<PagefindResult[]> {
  const total = new Map<string, { result: PagefindResult; score: number }>();
  for (const variant of variants) {
    const search = await pagefind.search(variant.terms.join(' '), kind ? { filters: { kind } } : {});
    for (const result of search?.results ?? []) {
      const score = (result.score * variant.weight) / variant.terms.length;
      const known = total.get(result.id);
      total.set(result.id, { result, score: (known?.score ?? 0) + score });
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}
