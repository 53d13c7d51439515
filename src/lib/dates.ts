// Dates in Poland, in one place: today's date and the wall clock in Europe/Warsaw at an instant, whatever
// the device's or the build machine's time zone (Intl does the zone and daylight-saving arithmetic), and
// calendar dates written out for readers in their language. The build, the browser's scripts, the PDF
// export and the tests all use it.
import type { CalendarDate } from './calendarDate.ts';
import { weekdayOf, type Weekday } from './week.ts';

/** Where the offices are, so the time zone of every "today", opening hour and printed date. */
export const warsawTimeZone = 'Europe/Warsaw';

/** A moment as a Warsaw wall clock shows it. */
export interface WarsawClock {
  /** ISO calendar date, "2026-11-23". */
  date: string;
  weekday: Weekday;
  /** Minutes since midnight. */
  minutes: number;
}

// en-US: the Gregorian calendar and Latin digits, whatever the device's own settings.
const warsawParts = new Intl.DateTimeFormat('en-US', {
  timeZone: warsawTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInWarsaw(now: Date): Record<string, string> {
  return Object.fromEntries(warsawParts.formatToParts(now).map(({ type, value }) => [type, value]));
}

/** The calendar date in Poland at the instant `now`. */
export function todayInWarsaw(now: Date): CalendarDate {
  const parts = partsInWarsaw(now);
  return { year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']) };
}

/** The date, weekday and time a wall clock in Poland shows at the instant `now`. */
export function warsawClock(now: Date): WarsawClock {
  const parts = partsInWarsaw(now);
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return {
    date,
    weekday: weekdayOf(date),
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

// Creating an Intl formatter is slow next to using one; a directory of thousands of offices formats many dates.
const longFormats = new Map<string, Intl.DateTimeFormat>();

// A calendar date is the same day everywhere: it is kept as UTC midnight and written out in UTC.

/** "23 listopada 2026" / "23 November 2026" in an Intl locale ("pl-PL"), as the browser's scripts have it. */
export function formatLongDate(date: Date, intlLocale: string): string {
  let format = longFormats.get(intlLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' });
    longFormats.set(intlLocale, format);
  }
  return format.format(date);
}

/** "23 listopada" / "23 November": a calendar date without its year, in an Intl locale. */
export function formatDayAndMonth(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "2026-11-23", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
