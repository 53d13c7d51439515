// Fills an office's "Open now, closes at 16:30" line and refreshes it as each minute starts. The schedule comes
// in the element's data-hours; holidays, words and language once per list, from [data-status-context].
// Without a context covering today (a very old build) the line stays hidden: no status beats a wrong one.
// Each render announces itself ("office-status", bubbling) for the open-now toggle, which reads `status`.
import { keepDayWithMonth } from '../../lib/typography.ts';
import { openingStatus, type OpeningStatus } from '../../lib/openingStatus.ts';
import { statusText, type StatusStrings } from '../../lib/openingStatusText.ts';
import { decodeSchedule } from '../../lib/week.ts';

export class OfficeStatus extends HTMLElement {
  #timer: number | undefined;
  /** The status shown now; null when there is none to show, undefined before the first render. */
  status: OpeningStatus | null | undefined;

  connectedCallback(): void {
    this.#tick();
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.#timer);
  }

  /** Renders now and again at the start of the next minute, when "closes in 1 minute" may have become "closed". */
  #tick(): void {
    this.#render();
    this.#timer = window.setTimeout(() => this.#tick(), 60_000 - (Date.now() % 60_000) + 50);
  }

  #render(): void {
    const context = this.closest<HTMLElement>('[data-status-context]');
    const { holidays = '', strings, locale = 'pl-PL' } = context?.dataset ?? {};
    const status = strings
      ? openingStatus(decodeSchedule(this.dataset.hours ?? ''), holidays.split(' '), new Date(), {
          closedUntil: this.dataset.closedUntil,
          openOnHolidays: this.dataset.openOnHolidays !== undefined,
        })
      : null;
    this.status = status;
    if (!status || !strings) {
      this.hidden = true;
    } else {
      const text = statusText(status, JSON.parse(strings) as StatusStrings, locale);
      // The words arrive typeset (the page's typography covers its attributes); only a date is new here.
      this.textContent = keepDayWithMonth(text);
      this.dataset.state = status.open ? 'open' : 'closed';
      this.hidden = false;
    }
    this.dispatchEvent(new Event('office-status', { bubbles: true }));
  }
}
