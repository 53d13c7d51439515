// Fills an office's "Open now, closes at 16:30" line and refreshes it as each minute starts. The schedule comes
// in the element's data-hours; holidays, words and language once per list, from [data-status-context].
// Without a context covering today (a very old build) the line stays hidden: no status beats a wrong one.
// Each render announces itself ("office-status", bubbling) for the open-now toggle, which reads `status`.
// The words come set in the page's typography (src/lib/statusStrings.ts): the browser needs no copy of its rules.
import { decodeHolidays } from '../../lib/holidayList.ts';
import { openingStatus, type OpeningStatus } from '../../lib/openingStatus.ts';
import { sourceStatusText, type StatusStrings } from '../../lib/openingStatusText.ts';
import { pastSourcePeriod } from '../../lib/sourcePeriod.ts';
import { decodeSchedule } from '../../lib/week.ts';

export class OfficeStatus extends HTMLElement {
  #timer: number | undefined;
  /** The status shown now; null when there is none to show, undefined before the first render. */
  status: OpeningStatus | null | undefined;
  /** Past the period its source describes: the status is what the source's hours would give, nobody confirmed it. */
  fromSource = false;

  connectedCallback(): void {
    this.#tick();
  }

  /** The list's holidays, words and language, from its [data-status-context]. */
  get #context(): DOMStringMap {
    return this.closest<HTMLElement>('[data-status-context]')?.dataset ?? {};
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
    const { holidays = '', strings, locale = 'pl-PL' } = this.#context;
    const now = new Date();
    const until = this.dataset.until ?? '';
    this.fromSource = pastSourcePeriod(until, now);
    const status = strings
      ? openingStatus(decodeSchedule(this.dataset.hours ?? ''), decodeHolidays(holidays), now, {
          closedUntil: this.dataset.closedUntil,
          openOnHolidays: this.dataset.openOnHolidays !== undefined,
        })
      : null;
    this.status = status;
    if (!status || !strings) {
      this.hidden = true;
    } else {
      const words = JSON.parse(strings) as StatusStrings;
      this.textContent = sourceStatusText(status, words, locale, until, this.fromSource);
      this.dataset.state = this.fromSource ? 'source' : status.open ? 'open' : 'closed';
      this.hidden = false;
    }
    this.dispatchEvent(new Event('office-status', { bubbles: true }));
  }
}
