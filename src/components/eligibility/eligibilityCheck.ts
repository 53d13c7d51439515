// The "Can I get help?" form: one question at a time, the answer computed here in the browser by
// src/lib/eligibility.ts. It reads the form and shows parts of the answer the page already holds;
// nothing is sent (submit is handled here), stored or put in the address.
import { toUtcDate, type CalendarDate } from '../../lib/calendarDate.ts';
import { formatLongDate, todayInWarsaw } from '../../lib/dates.ts';
import {
  checkEligibility,
  dateErrorKey,
  isSituation,
  needsDate,
  parseDate,
  type DateErrorKey,
  type DateField,
  type Situation,
} from '../../lib/eligibility.ts';
import { fill as fillIn } from '../../lib/fill.ts';
import { pluralize, type PluralForms } from '../../lib/plural.ts';
import { mailtoHref, smsHref } from '../../lib/shareLinks.ts';

/**
 * The strings the script needs that the page does not already show, passed as JSON in data-strings (i18next
 * stays on the server). Those it shows before any answer (the "yes" heading, the released person's question,
 * "Error") are read from the page instead.
 */
export interface CheckStrings {
  /** BCP 47 tag for Intl: "pl-PL", "en-GB". */
  intl: string;
  situationError: string;
  /** The question for a family member; the released person's is the one the page shows first. */
  familyLegend: string;
  dateErrors: Record<DateErrorKey, string>;
  heading: Record<'ended' | 'none', string>;
  answer: Record<Situation, string>;
  until: string;
  endedOn: string;
  days: PluralForms;
}

type Step = 'situation' | 'date';

export class EligibilityCheck extends HTMLElement {
  #strings!: CheckStrings;
  #form!: HTMLFormElement;
  #step: Step = 'situation';
  #title = document.title;
  /** Read from the page before the script changes them. */
  #yesHeading = '';
  #releasedLegend = '';
  #errorPrefix = '';

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as CheckStrings;
    this.#yesHeading = this.#find('[data-result] h3').textContent ?? '';
    this.#releasedLegend = this.#find('[data-date-legend]').textContent ?? '';
    this.#errorPrefix = (this.#find('.field__error .visually-hidden').textContent ?? '').replace(/:$/, '');
    this.#form = this.#find<HTMLFormElement>('form');
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#step === 'situation') this.#continue();
      else this.#check();
    });
    this.#find('[data-back]').addEventListener('click', () => this.#show('situation'));
    this.#find('[data-change]').addEventListener('click', () => this.#show(this.#step));
    this.#find('[data-print]').addEventListener('click', () => window.print());
    this.#find('[data-error-list]').addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      document.getElementById(link.hash.slice(1))?.focus();
    });
    this.#copyFromPage();
    // Answers must not outlive the page: clear them when it is left, so Back (page cache) shows nothing.
    window.addEventListener('pagehide', () => this.#reset());
    // Only now is the form shown (EligibilityCheck.astro): a form whose script never ran must not be usable.
    this.dataset['ready'] = '';
  }

  /** The offices and where else to turn are on the page once; the answer shows copies of them. */
  #copyFromPage(): void {
    const copy = (selector: string) => {
      const clone = document.querySelector(selector)?.cloneNode(true) as Element | undefined;
      for (const element of clone?.querySelectorAll('[id]') ?? []) element.removeAttribute('id');
      return clone ?? '';
    };
    this.querySelector('[data-where-copy]')?.replaceWith(copy('[data-where-list]'));
    this.querySelector('[data-elsewhere="answer"]')?.append(copy('[data-elsewhere-list]'));
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`eligibility-check: no ${selector}`);
    return element;
  }

  #situation(): Situation | undefined {
    const value = new FormData(this.#form).get('situation');
    return isSituation(value) ? value : undefined;
  }

  #continue(): void {
    const situation = this.#situation();
    if (!situation) {
      this.#showError(this.#find('input[name=situation]'), this.#strings.situationError, 'situation');
      return;
    }
    if (needsDate(situation)) {
      this.#find('[data-date-legend]').textContent =
        situation === 'family' ? this.#strings.familyLegend : this.#releasedLegend;
      this.#show('date');
    } else {
      this.#showAnswer(situation);
    }
  }

  #check(): void {
    const situation = this.#situation();
    if (!situation || !needsDate(situation)) return this.#show('situation');
    const input = (field: DateField) => this.#find<HTMLInputElement>(`#date-${field}`);
    const typed = { day: input('day').value, month: input('month').value, year: input('year').value };
    const today = todayInWarsaw(new Date());
    const parsed = parseDate(typed, today);
    if (!parsed.ok) {
      const message = this.#strings.dateErrors[dateErrorKey(situation, parsed.problem, parsed.fields)];
      this.#showError(input(parsed.fields[0]!), message, 'date', parsed.fields);
      return;
    }
    this.#showAnswer(situation, parsed.date, today);
  }

  /** One step of the form, or (step undefined) none; earlier answers stay in their fields. */
  #show(step: Step | undefined, focus = true): void {
    this.#clearErrors();
    this.#find('[data-result]').hidden = step !== undefined;
    if (step) {
      this.classList.remove('has-answer');
      this.#showPageElsewhere(true);
    }
    this.#form.hidden = step === undefined;
    if (!step) return;
    this.#step = step;
    for (const element of this.querySelectorAll<HTMLElement>('[data-step]'))
      element.hidden = element.dataset['step'] !== step;
    if (focus) this.#find(`[data-step="${step}"] h3`).focus();
  }

  /** A step has one question, so one message at a time; its summary link moves focus to `target`. */
  #showError(target: HTMLElement, message: string, step: Step, fields: readonly DateField[] = []): void {
    this.#clearErrors();
    this.#find(`#${step}-error`).hidden = false;
    this.#find(`#${step}-error [data-message]`).textContent = message;
    const fieldset = this.#find(`[data-step="${step}"] fieldset`);
    fieldset.setAttribute('aria-describedby', `${hintId(fieldset)} ${step}-error`.trim());
    fieldset.parentElement?.classList.add('is-error');
    for (const field of fields) this.#find(`#date-${field}`).setAttribute('aria-invalid', 'true');
    if (step === 'situation')
      for (const radio of this.querySelectorAll('input[name=situation]')) radio.setAttribute('aria-invalid', 'true');

    const item = document.createElement('li');
    const link = item.appendChild(document.createElement('a'));
    link.href = `#${target.id}`;
    link.textContent = message;
    this.#find('[data-error-list]').replaceChildren(item);
    const summary = this.#find('[data-error-summary]');
    summary.hidden = false;
    document.title = `${this.#errorPrefix}: ${this.#title}`;
    summary.focus();
  }

  #clearErrors(): void {
    this.#find('[data-error-summary]').hidden = true;
    document.title = this.#title;
    for (const step of ['situation', 'date'] as const) {
      this.#find(`#${step}-error`).hidden = true;
      const fieldset = this.#find(`[data-step="${step}"] fieldset`);
      fieldset.parentElement?.classList.remove('is-error');
      const describedBy = hintId(fieldset);
      if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
      else fieldset.removeAttribute('aria-describedby');
    }
    for (const input of this.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  }

  /**
   * "1 stycznia 2027", the day kept with its month (the strings it goes into arrive typeset). A long date
   * alone starts with its day, so its first space is the one to keep: no need for the month names here.
   */
  #format(date: CalendarDate): string {
    return formatLongDate(toUtcDate(date), this.#strings.intl).replace(' ', '\u00A0');
  }

  #showAnswer(situation: Situation, start?: CalendarDate, today = todayInWarsaw(new Date())): void {
    const s = this.#strings;
    const verdict = checkEligibility(
      start && needsDate(situation) ? { situation, start } : { situation: situation as 'inPrison' | 'none' },
      today,
    );
    const fill = (selector: string, text: string) => (this.#find(selector).textContent = text);
    const parts = new Set<string>([verdict.eligible ? 'yes' : 'no', verdict.reason]);
    if (situation === 'family') parts.add('family');

    fill(
      '[data-result] h3',
      verdict.eligible ? this.#yesHeading : s.heading[verdict.reason === 'windowEnded' ? 'ended' : 'none'],
    );
    fill('[data-answer]', fillIn(s.answer[situation], { date: start ? this.#format(start) : '' }));
    if (verdict.reason === 'withinWindow') {
      fill('[data-until]', fillIn(s.until, { start: this.#format(verdict.start), date: this.#format(verdict.end) }));
      fill('[data-days]', pluralize(s.days, verdict.daysLeft, s.intl));
      if (verdict.daysLeft === 1) parts.add('lastDay');
    }
    if (verdict.reason === 'windowEnded')
      fill('[data-ended]', fillIn(s.endedOn, { start: this.#format(verdict.start), date: this.#format(verdict.end) }));
    for (const element of this.querySelectorAll<HTMLElement>('[data-when]'))
      element.hidden = !parts.has(element.dataset['when']!);
    this.#find('[data-result]').dataset['verdict'] = verdict.eligible ? 'yes' : 'no';
    this.classList.add('has-answer');
    // A "no" answer lists where else to turn; the same list further down the page would say it twice.
    this.#showPageElsewhere(verdict.eligible);
    this.#fillShareLinks(verdict.eligible);

    this.#step = needsDate(situation) ? 'date' : 'situation';
    this.#show(undefined);
    this.#find('[data-result] h3').focus();
  }

  #showPageElsewhere(show: boolean): void {
    for (const element of document.querySelectorAll<HTMLElement>('[data-elsewhere="page"]')) element.hidden = !show;
  }

  /** The answer's own lines as shown, then the offices (yes) or where else to turn (no), into the links. */
  #fillShareLinks(eligible: boolean): void {
    const result = this.#find('[data-result]');
    const lines = [result.querySelector('h3'), ...result.querySelectorAll<HTMLElement>('[data-share-line]')]
      .filter((element): element is HTMLElement => element !== null && element.closest('[data-when][hidden]') === null)
      .map((element) => element.textContent ?? '');
    const text = [lines.join('\n'), ...(eligible ? this.#officesText() : this.#elsewhereText()), pageAddress()]
      .filter(Boolean)
      .join('\n\n');
    const share = this.#find('[data-share-answer]');
    const subject = lines[0] ?? '';
    share.querySelector<HTMLAnchorElement>('[data-share="sms"]')!.href = smsHref(text);
    share.querySelector<HTMLAnchorElement>('[data-share="email"]')!.href = mailtoHref(subject, text);
  }

  /** Each office as the directory's "send to my phone" link carries it (WhereOffices), then the list's holiday note. */
  #officesText(): string[] {
    const offices = [...this.querySelectorAll<HTMLElement>('.where [data-share-text]')].map(
      (office) => office.dataset['shareText'] ?? '',
    );
    return [...offices, this.querySelector('.where .status-context__holidays')?.textContent ?? ''];
  }

  /** The social welfare centre and the free phone lines, as the answer lists them. */
  #elsewhereText(): string[] {
    const list = this.querySelector('[data-elsewhere="answer"] ul');
    if (!list) return [];
    const line = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const phones = [...list.querySelectorAll('a[href^="tel:"]')].map((link) => line(link.parentElement));
    return [[line(list.firstElementChild), ...phones].join('\n')];
  }

  #reset(): void {
    this.#form.reset();
    this.#show('situation', false);
  }
}

/** The id of a question's hint, which describes its fieldset when there is no error ('' without a hint). */
function hintId(fieldset: HTMLElement): string {
  return fieldset.querySelector('.field__hint')?.id ?? '';
}

/** The page's public address (none in a local preview, which has no canonical address). */
function pageAddress(): string {
  return document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? '';
}
