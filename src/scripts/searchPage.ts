// The search page's enhancement: searches as the reader types, shows results in the page's language,
// announces only how many were found, and keeps ?q= and ?kind= in the address so a search can be shared.
// Pagefind is downloaded only when the field gets focus or the page opens with ?q=.
import { isLocale, type Locale } from '../lib/locales.ts';
import { searchTerms } from '../lib/searchQuery.ts';
import { PagefindLoader, type PagefindResultData, type PagefindSearch, type SearchAnswer } from './searchPagefind.ts';
import { resultItem } from './searchResults.ts';

/** Results rendered at once; each needs its own small download. */
const pageSize = 10;
const typingPauseMs = 250;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector}`);
  return found;
}

export class SearchPage extends HTMLElement {
  #loader!: PagefindLoader;
  #locale: Locale = 'pl';
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #index!: HTMLElement;
  /** Increases with every search, so an answer that arrives late is dropped. */
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The search whose results are shown. */
  #shown: PagefindSearch | undefined;
  #rendered = 0;

  connectedCallback(): void {
    const locale = this.dataset['locale'] ?? '';
    this.#locale = isLocale(locale) ? locale : 'pl';
    this.#loader = new PagefindLoader(this.dataset['bundle'] ?? '/pagefind/', this.#locale);
    this.#form = required(this, 'form');
    this.#input = required(this, 'input[name=q]');
    this.#status = required(this, '[data-status]');
    this.#results = required(this, '[data-results]');
    this.#list = required(this, '[data-list]');
    this.#more = required(this, '[data-more]');
    this.#index = required(this, '[data-site-index]');

    const params = new URLSearchParams(window.location.search);
    this.#input.value = params.get('q') ?? '';
    const kind = this.#form.querySelector<HTMLInputElement>(`input[name=kind][value="${CSS.escape(params.get('kind') ?? '')}"]`);
    if (kind) kind.checked = true;

    this.#input.addEventListener('focus', () => void this.#loader.load().catch(() => this.#fail()), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      void this.#loader.preload(searchTerms(this.#input.value, this.#locale)).catch(() => undefined);
      this.#timer = setTimeout(() => void this.#searchNow(), typingPauseMs);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#searchNow();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.name === 'kind') void this.#searchNow();
    });
    this.#more.addEventListener('click', () => void this.#showMore());

    if (this.#input.value.trim() !== '') void this.#searchNow();
  }

  get #kind(): string {
    return (this.#form.elements.namedItem('kind') as RadioNodeList | null)?.value ?? '';
  }

  async #searchNow(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const kind = this.#kind;
    this.#remember(query, kind);
    const terms = searchTerms(query, this.#locale);
    if (terms.length === 0) {
      this.#clear();
      return;
    }
    try {
      const answer = await this.#loader.find(terms, kind, pageSize);
      if (run === this.#run) this.#show(answer, query, kind);
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    }
  }

  #show({ search, pages }: SearchAnswer, query: string, kind: string): void {
    this.#shown = search;
    this.#rendered = 0;
    this.#list.replaceChildren();
    this.#showCounts(search);
    if (search.results.length === 0) {
      this.#results.hidden = true;
      this.#index.hidden = false;
      this.#status.textContent = fill(this.dataset['none'] ?? '', { query });
      return;
    }
    this.#append(pages);
    this.#results.hidden = false;
    this.#index.hidden = true;
    // Announced by the live region once the list is in place.
    this.#status.textContent = this.#summary(search.results.length, query, kind);
  }

  /** "Show more results": renders the next page and moves focus to its first result. */
  async #showMore(): Promise<void> {
    if (!this.#shown) return;
    const pages = await this.#loader.more(this.#shown, this.#rendered, pageSize);
    if (pages) this.#append(pages)[0]?.querySelector('a')?.focus();
  }

  #append(pages: PagefindResultData[]): HTMLLIElement[] {
    const labels = JSON.parse(this.dataset['kinds'] ?? '{}') as Record<string, string>;
    const items = pages.map((page) => resultItem(page, labels));
    this.#list.append(...items);
    this.#rendered += items.length;
    this.#more.hidden = this.#rendered >= (this.#shown?.results.length ?? 0);
    return items;
  }

  #summary(count: number, query: string, kind: string): string {
    const lang = this.dataset['lang'] ?? this.#locale;
    const templates = JSON.parse(this.dataset['found'] ?? '{}') as Record<string, string>;
    const category = new Intl.PluralRules(lang).select(count);
    const found = fill(templates[category] ?? templates['other'] ?? '', { count: count.toLocaleString(lang), query });
    if (!kind) return found;
    const kindNames = JSON.parse(this.dataset['kindFilters'] ?? '{}') as Record<string, string>;
    return fill(this.dataset['filtered'] ?? '{found}', { found, kind: kindNames[kind] ?? kind });
  }

  /** How many results each kind of page would give, next to the filter's options. */
  #showCounts(search: PagefindSearch | undefined): void {
    for (const count of this.querySelectorAll<HTMLElement>('[data-count]')) {
      const kind = count.dataset['count'];
      const value = !search ? undefined : kind ? (search.totalFilters['kind']?.[kind] ?? 0) : search.unfilteredResultCount;
      count.textContent = value === undefined ? '' : `(${value})`;
    }
  }

  #remember(query: string, kind: string): void {
    const url = new URL(window.location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (kind) url.searchParams.set('kind', kind);
    window.history.replaceState(null, '', url);
  }

  #clear(): void {
    this.#shown = undefined;
    this.#list.replaceChildren();
    this.#results.hidden = true;
    this.#index.hidden = false;
    this.#status.textContent = '';
    this.#showCounts(undefined);
  }

  #fail(error?: unknown): void {
    if (error) console.warn('Search failed:', error);
    this.#clear();
    this.#status.textContent = this.dataset['error'] ?? '';
  }
}
