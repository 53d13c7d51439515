// The search page's enhancement: searches as the reader types, shows results in the page's language and
// announces only how many were found. What was typed stays in the browser: it lives in the address's
// fragment (#q=…), which browsers never send, so Back and reload keep the search and no server sees it.
// As soon as the page has painted, the search itself (this site's search code, then Pagefind and its
// index) starts downloading: none of it is in the page, so the page paints in one round trip. A search
// typed earlier waits for it and shows its results as soon as it is ready.
import { fill } from '../../lib/fill.ts';
import type { Locale } from '../../lib/locales.ts';
import { pluralForm } from '../../lib/plural.ts';
import { searchState, searchFragment, type SearchState } from '../../lib/searchFragment.ts';
import type { PagefindLoader, PagefindResultData, SearchAnswer } from './searchPagefind.ts';
import { addDetails, resultItem } from './searchResults.ts';
import { afterFirstPaint, preloadSearch } from './searchDownloads.ts';

/** Results rendered at once; each needs its own small download. */
const pageSize = 10;
const typingPauseMs = 250;
/** A search quicker than this shows no "Searching…" at all, so fast answers do not flicker. */
const slowSearchMs = 400;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector}`);
  return found;
}

export class SearchPage extends HTMLElement {
  /** The search code, downloaded once the page has painted. */
  #loader!: Promise<PagefindLoader>;
  /** The page's language code, as the server wrote it (the list of languages stays on the server). */
  #locale: Locale = '';
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #kinds!: HTMLFieldSetElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #index!: HTMLElement;
  /** Increases with every search, so an answer that arrives late is dropped. */
  #run = 0;
  /** Gives up the search under way when another one starts. */
  #searching: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The answer whose results are shown. */
  #shown: SearchAnswer | undefined;
  #rendered = 0;
  #painted = afterFirstPaint();

  connectedCallback(): void {
    this.#locale = this.dataset['locale'] || document.documentElement.lang;
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    this.#loader = this.#painted.then(async () => {
      // Usually asked for already by the page's first script (SearchView.astro); asked again in case not.
      preloadSearch(this);
      const { PagefindLoader } = await import('./searchPagefind.ts');
      return new PagefindLoader(bundle, this.dataset['words'] ?? '', this.dataset['vocabulary'] ?? '', this.#locale);
    });
    this.#form = required(this, 'form');
    this.#input = required(this, 'input[type=search]');
    this.#kinds = required(this, 'fieldset');
    this.#status = required(this, '[data-status]');
    this.#results = required(this, '[data-results]');
    this.#list = required(this, '[data-list]');
    this.#more = required(this, '[data-more]');
    this.#index = required(this, '[data-site-index]');

    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      void this.#loader.then((loader) => loader.preload(this.#input.value)).catch(() => undefined);
      this.#timer = setTimeout(() => void this.#searchNow(), typingPauseMs);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#searchNow();
    });
    this.#kinds.addEventListener('change', () => void this.#searchNow());
    this.#more.addEventListener('click', () => void this.#showMore());
    window.addEventListener('hashchange', () => this.#restore());

    // The form needs this script: it appears only now, never as a form that would send the words away.
    this.#form.hidden = false;
    this.#restore();
    void this.#loader.then((loader) => loader.load()).catch(() => undefined);
  }

  /** Takes the search from the address: the fragment, or an old shared ?q= link (moved into the fragment). */
  #restore(): void {
    const url = new URL(window.location.href);
    const state = searchState(url.hash || `#${url.search.slice(1)}`);
    if (url.search) window.history.replaceState(null, '', `${url.pathname}${searchFragment(state)}`);
    if (state.query === this.#input.value.trim() && state.kind === this.#kind) return;
    this.#input.value = state.query.slice(0, this.#input.maxLength > 0 ? this.#input.maxLength : undefined);
    const kind = this.#kinds.querySelector<HTMLInputElement>(`input[value="${CSS.escape(state.kind)}"]`);
    (kind ?? this.#kinds.querySelector<HTMLInputElement>('input[value=""]'))!.checked = true;
    if (state.query !== '') void this.#searchNow();
  }

  get #kind(): string {
    return this.#kinds.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  }

  async #searchNow(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    this.#searching?.abort();
    const searching = (this.#searching = new AbortController());
    const state: SearchState = { query: this.#input.value.trim(), kind: this.#kind };
    this.#remember(state);
    if (state.query === '') {
      this.#clear();
      return;
    }
    const slow = setTimeout(() => {
      if (run === this.#run) this.#status.textContent = this.dataset['searching'] ?? '';
    }, slowSearchMs);
    try {
      const answer = await (await this.#loader).find(state.query, state.kind, pageSize, searching.signal);
      if (run === this.#run) this.#show(answer, state);
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    } finally {
      clearTimeout(slow);
    }
  }

  #show(answer: SearchAnswer, { query, kind }: SearchState): void {
    this.#shown = answer;
    this.#rendered = 0;
    this.#list.replaceChildren();
    this.#showCounts(answer.counts);
    // Filters help only when there is something to narrow.
    this.#kinds.hidden = (answer.counts[''] ?? 0) === 0;
    if (answer.results.length === 0) {
      this.#results.hidden = true;
      this.#index.hidden = false;
      this.#status.textContent = fill(this.dataset['none'] ?? '', { query });
      return;
    }
    this.#append(answer, answer.pages);
    this.#results.hidden = false;
    this.#index.hidden = true;
    // Announced by the live region once the list is in place.
    this.#status.textContent = this.#summary(answer, query, kind);
  }

  /** "Show more results": renders the next page and moves focus to its first result. */
  async #showMore(): Promise<void> {
    const answer = this.#shown;
    if (!answer) return;
    const pages = await (await this.#loader).more(answer, this.#rendered, pageSize);
    if (answer === this.#shown) this.#append(answer, pages)[0]?.querySelector('a')?.focus();
  }

  /**
   * Lists results at once (title, link, kind), then adds their excerpts when these arrive: on a slow
   * network the reader can follow a result a round trip sooner.
   */
  #append(answer: SearchAnswer, pages: PagefindResultData[]): HTMLLIElement[] {
    const labels = JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    const from = this.#rendered;
    const items = pages.map((page) => resultItem(page, labels));
    this.#list.append(...items);
    this.#rendered += items.length;
    this.#more.hidden = this.#rendered >= answer.results.length;
    const waiting = items.filter((_, index) => pages[index]!.excerpt === '');
    if (waiting.length > 0) {
      void this.#loader
        .then((loader) => loader.details(answer, from, items.length))
        .then((details) => {
          if (!details || answer !== this.#shown) return;
          details.forEach((data, index) => {
            const item = items[index];
            if (item && pages[index]!.excerpt === '') addDetails(item, data);
          });
        })
        // Without excerpts the results are still right; the titles lead to the pages.
        .catch((error: unknown) => console.warn('Search excerpts failed:', error));
    }
    return items;
  }

  #summary({ results, correctedTo }: SearchAnswer, query: string, kind: string): string {
    const lang = this.dataset['lang'] ?? this.#locale;
    const templates = JSON.parse(this.dataset['found'] ?? '{}') as Record<string, string>;
    const count = results.length.toLocaleString(lang);
    let found = fill(pluralForm(templates, results.length, lang), { count, query });
    if (correctedTo !== undefined) {
      const counts = JSON.parse(this.dataset['count'] ?? '{}') as Record<string, string>;
      found = fill(this.dataset['corrected'] ?? '', {
        corrected: correctedTo,
        count: fill(pluralForm(counts, results.length, lang), { count }),
      });
    }
    if (!kind) return found;
    const kindNames = JSON.parse(this.dataset['kindFilters'] ?? '{}') as Record<string, string>;
    return fill(this.dataset['filtered'] ?? '{{found}}', { found, kind: kindNames[kind] ?? kind });
  }

  /** How many results each kind of page would give, next to the filter's options. */
  #showCounts(counts: Record<string, number> | undefined): void {
    for (const count of this.querySelectorAll<HTMLElement>('[data-count]')) {
      const value = counts?.[count.dataset['count'] ?? ''];
      count.textContent = value === undefined ? '' : `(${value})`;
      // A kind with nothing to show is not worth a line on a phone, unless it is the one chosen.
      const option = count.closest('label');
      if (option) option.hidden = value === 0 && !option.querySelector('input')?.checked;
    }
  }

  /** Keeps the search in the fragment only: replaced, not added, so Back leaves the page at once. */
  #remember(state: SearchState): void {
    const fragment = searchFragment(state);
    if (fragment !== window.location.hash)
      window.history.replaceState(null, '', `${window.location.pathname}${fragment}`);
  }

  #clear(): void {
    this.#shown = undefined;
    this.#list.replaceChildren();
    this.#results.hidden = true;
    this.#kinds.hidden = true;
    this.#index.hidden = false;
    this.#status.textContent = '';
    this.#showCounts(undefined);
  }

  #fail(error: unknown): void {
    if (!(error instanceof Error && error.name === 'SearchBroken')) console.warn('Search failed:', error);
    this.#clear();
    this.#status.textContent = this.dataset['error'] ?? '';
  }
}
