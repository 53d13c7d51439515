// The open-now line's and the open-now toggle's words in one language, gathered from the interface strings
// once per list and handed to the browser as JSON (i18next stays on the server). Placeholders stay
// for the browser to fill ({{time}}, {{minutes}}, {{shown}} …); "{{count}}" also picks a plural form there.
import type { FilterStrings } from './openNowFilter.ts';
import type { StatusStrings } from './openingStatusText.ts';
import type { Translate } from './i18n.ts';
import { placeholders } from './fill.ts';
import { pluralForms } from './plural.ts';
import { weekdays, type Weekday } from './week.ts';

function pluralMessage(t: Translate, key: string, intlLocale: string, names: string[] = []) {
  // The form is picked by its key, so "count" can stay a placeholder for the browser.
  const options = placeholders('count', ...names);
  return pluralForms(intlLocale, (category) => t(`${key}_${category}`, options));
}

export function statusStrings(t: Translate, intlLocale: string): StatusStrings {
  const s = (key: string) => t(`office.status.${key}`, placeholders('time', 'day', 'when', 'minutes'));
  return {
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
  };
}

export function filterStrings(t: Translate, intlLocale: string): FilterStrings {
  const f = (key: string) => t(`directory.openNow.${key}`, placeholders('office', 'when'));
  return {
    label: f('label'),
    count: pluralMessage(t, 'directory.openNow.count', intlLocale, ['shown']),
    onPage: f('onPage'),
    none: f('none'),
    next: f('next'),
  };
}
