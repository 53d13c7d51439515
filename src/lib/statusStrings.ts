// The open-now line's and the open-now toggle's words in one language, gathered from the interface strings
// once per list and handed to the browser as JSON (i18next stays on the server). Placeholders stay
// for the browser to fill ({{time}}, {{minutes}}, {{shown}} …); "{{count}}" also picks a plural form there.
// Polish words are set in Polish typography here, placeholders and all ("w\u00A0{{day}}"), so the browser
// needs no copy of it: what it fills in (weekdays, times, town names from the page) is set already.
import type { FilterStrings } from './openNowFilter.ts';
import type { StatusStrings } from './openingStatusText.ts';
import type { Translate } from './i18n.ts';
import { placeholders } from './fill.ts';
import { pluralForms } from './plural.ts';
import { polishTypography } from './typography.ts';
import { weekdays, type Weekday } from './week.ts';

/** Every string of `strings`, set in Polish typography on a Polish page. */
function typeset<T>(strings: T, intlLocale: string): T {
  if (!intlLocale.startsWith('pl')) return strings;
  const set = (value: unknown): unknown =>
    typeof value === 'string'
      ? polishTypography(value)
      : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, set(inner)]));
  return set(strings) as T;
}

function pluralMessage(t: Translate, key: string, intlLocale: string, names: string[] = []) {
  // The form is picked by its key, so "count" can stay a placeholder for the browser.
  const options = placeholders('count', ...names);
  return pluralForms(intlLocale, (category) => t(`${key}_${category}`, options));
}

export function statusStrings(t: Translate, intlLocale: string): StatusStrings {
  const s = (key: string) =>
    t(`office.status.${key}`, placeholders('time', 'day', 'when', 'minutes', 'year', 'status'));
  return typeset<StatusStrings>(
    {
      openUntil: s('openUntil'),
      closesIn: s('closesIn'),
      closed: s('closed'),
      closedHoliday: s('closedHoliday'),
      opensIn: s('opensIn'),
      opens: s('opens'),
      today: s('today'),
      tomorrow: s('tomorrow'),
      onDay: s('onDay'),
      on: Object.fromEntries(weekdays.map((day) => [day, s(`on.${day}`)])) as Record<Weekday, string>,
      minutes: pluralMessage(t, 'office.status.minutes', intlLocale),
      source: {
        line: s('source.line'),
        openUntil: s('source.openUntil'),
        closesIn: s('source.closesIn'),
        closed: s('source.closed'),
        closedHoliday: s('source.closedHoliday'),
        opensIn: s('source.opensIn'),
        opens: s('source.opens'),
      },
    },
    intlLocale,
  );
}

export function filterStrings(t: Translate, intlLocale: string): FilterStrings {
  const f = (key: string) => t(`directory.openNow.${key}`, placeholders('office', 'when'));
  return typeset<FilterStrings>(
    {
      count: pluralMessage(t, 'directory.openNow.count', intlLocale, ['shown']),
      onPage: f('onPage'),
      none: f('none'),
      next: f('next'),
    },
    intlLocale,
  );
}
