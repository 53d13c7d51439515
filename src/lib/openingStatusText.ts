// The open-now line in words: "Open now, until 18:00", "Closed now, opens on Tuesday at 08:30".
// The words come from the interface strings (passed to the browser in a data- attribute), the
// dates from Intl; Polish needs the weekday in the accusative ("w środę"), so weekdays are strings too.
import { readableClock as clock } from './hoursFormat.ts';
import type { OpeningStatus } from './openingStatus.ts';
import type { Weekday } from './week.ts';

/** Templates with {time} and {day} placeholders. */
export interface StatusStrings {
  openUntil: string;
  closed: string;
  closedHoliday: string;
  opensToday: string;
  opensTomorrow: string;
  opensOn: string;
  /** "on Monday" / "w poniedziałek" for each weekday. */
  on: Record<Weekday, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** From a week ahead the weekday alone is ambiguous, so the date is added: "on Monday 4 January". */
function dayText(date: string, weekday: Weekday, inDays: number, strings: StatusStrings, intlLocale: string): string {
  if (inDays < 7) return strings.on[weekday];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const calendar = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return `${strings.on[weekday]} ${calendar.format(new Date(Date.UTC(year, month - 1, day)))}`;
}

export function statusText(status: OpeningStatus, strings: StatusStrings, intlLocale: string): string {
  if (status.open) return fill(strings.openUntil, { time: clock(status.until ?? 0) });
  const closed = status.holiday ? strings.closedHoliday : strings.closed;
  const next = status.opensAt;
  if (!next) return closed;
  const time = clock(next.minutes);
  const opens =
    next.inDays === 0
      ? fill(strings.opensToday, { time })
      : next.inDays === 1
        ? fill(strings.opensTomorrow, { time })
        : fill(strings.opensOn, { time, day: dayText(next.date, next.weekday, next.inDays, strings, intlLocale) });
  return `${closed}, ${opens}`;
}
