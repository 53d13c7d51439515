// The "Show only offices open now" toggle: shows its checkbox and live count (hidden in the page until then),
// then hides on screen the offices of its list that are not open, and any [data-office-group] left with none. It
// follows the open-now lines: each announces its status as it changes, and the toggle counts again.
// Stays hidden while any line has no status (a very old build): no filter beats a wrong one. Hidden too once
// any office is past the period its source describes: "open now" would then rest on hours nobody confirmed.
// It words its count and "opens first" with the list's own words and language, from [data-status-context].
import {
  countText,
  noneOpenText,
  openNowSummary,
  type FilterStrings,
  type ListedOffice,
} from '../../lib/openNowFilter.ts';
import { whenText, type StatusStrings } from '../../lib/openingStatusText.ts';
import { pluralize } from '../../lib/plural.ts';
import type { OfficeStatus } from './officeStatus.ts';

/** Marks what the toggle hides: on screen only (see OpenNowFilter.astro), so a printed list is always whole. */
const filtered = 'data-closed-now';

export class OpenNowFilter extends HTMLElement {
  #input!: HTMLInputElement;
  #count!: HTMLElement;
  #none!: HTMLElement;
  #queued = false;
  #context: HTMLElement | null = null;
  #listener = () => this.#queue();
  #hashListener = () => this.#reveal();

  connectedCallback(): void {
    const input = this.querySelector('input');
    const [count, none] = [
      this.querySelector<HTMLElement>('.open-now__count'),
      this.querySelector<HTMLElement>('.open-now__none'),
    ];
    const context = this.closest<HTMLElement>('[data-status-context]');
    if (!context || !input || !count || !none) return;
    if (!this.#context) input.addEventListener('change', () => this.#update());
    [this.#context, this.#input, this.#count, this.#none] = [context, input, count, none];
    context.addEventListener('office-status', this.#listener);
    window.addEventListener('hashchange', this.#hashListener);
    this.#queue();
  }

  disconnectedCallback(): void {
    this.#context?.removeEventListener('office-status', this.#listener);
    window.removeEventListener('hashchange', this.#hashListener);
  }

  /** A link to an office the filter hides ("Opole" in the list of towns) shows every office again, and goes there. */
  #reveal(): void {
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!this.#input.checked || !target || !this.#context?.contains(target) || !target.closest(`[${filtered}]`)) return;
    this.#input.checked = false;
    this.#update();
    target.scrollIntoView();
  }

  /** Forty lines render one after another: count once after them. */
  #queue(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#update();
    });
  }

  #update(): void {
    const context = this.#context;
    if (!context) return;
    const offices: (ListedOffice & { card: HTMLElement })[] = [];
    // Some line with no status, or only its source's word: every office shows, and no toggle.
    let usable = true;
    for (const line of context.querySelectorAll<OfficeStatus>('office-status')) {
      const card = line.closest<HTMLElement>('article');
      if (!line.status || line.fromSource || !card) usable = false;
      if (card)
        offices.push({
          card,
          status: line.status ?? { open: false },
          name: card.querySelector('h2, h3, h4')?.textContent?.trim() ?? '',
        });
    }
    const only = usable && this.#input.checked;
    for (const { card, status } of offices) card.toggleAttribute(filtered, only && !status.open);
    for (const group of context.querySelectorAll<HTMLElement>('[data-office-group]'))
      group.toggleAttribute(filtered, only && !group.querySelector(`article:not([${filtered}])`));
    this.hidden = !usable || offices.length === 0;
    if (this.hidden) return;

    const { strings: words = '{}', locale = 'pl-PL' } = context.dataset;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as FilterStrings;
    const summary = openNowSummary(offices);
    const shown = only ? summary.open : summary.total;
    this.#count.textContent = countText(
      shown,
      summary.total,
      strings,
      (forms, n, values) => pluralize(forms, n, locale, values),
      this.dataset.onPage !== undefined,
    );
    const none = only
      ? noneOpenText(summary, strings, (opensAt) => whenText(opensAt, JSON.parse(words) as StatusStrings, locale))
      : '';
    this.#none.textContent = none;
    this.#none.hidden = none === '';
  }
}
