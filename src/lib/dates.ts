// Calendar dates shown to readers, formatted for each language.
import { localeInfo, type Locale } from './locales.ts';

/** "23 listopada 2026" / "23 November 2026". Content dates are calendar dates (stored as UTC midnight). */
export function formatCalendarDate(date: Date, locale: Locale): string {
  return calendarFormat(locale).format(date);
}

// Creating an Intl formatter is slow next to using one; a directory of thousands of offices formats many dates.
const calendarFormats = new Map<Locale, Intl.DateTimeFormat>();
function calendarFormat(locale: Locale): Intl.DateTimeFormat {
  const format =
    calendarFormats.get(locale) ??
    new Intl.DateTimeFormat(localeInfo(locale).intl, { dateStyle: 'long', timeZone: 'UTC' });
  calendarFormats.set(locale, format);
  return format;
}

/** "2026-11-23", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
