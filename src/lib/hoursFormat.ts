// Office hours in words and numbers a reader expects: weekday names from Intl, "10:00–18:00".
import { localeInfo, type Locale } from './locales.ts';
import { weekdays, type MinuteRange, type Weekday } from './week.ts';

/** A Monday (5 January 2026) to count weekdays from. */
const referenceMonday = Date.UTC(2026, 0, 5);

export function weekdayName(day: Weekday, locale: Locale): string {
  const date = new Date(referenceMonday + weekdays.indexOf(day) * 86_400_000);
  const format =
    weekdayFormats.get(locale) ??
    new Intl.DateTimeFormat(localeInfo[locale].intl, { weekday: 'long', timeZone: 'UTC' });
  weekdayFormats.set(locale, format);
  return format.format(date);
}

/** Creating an Intl formatter is slow next to using one; thousands of offices name many weekdays. */
const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "08:30": for machines (schema.org, the data feed). */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "8:30": for readers, as Polish and English editors write a time. */
export function readableClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatRanges(ranges: readonly MinuteRange[]): string {
  return ranges.map(([start, end]) => `${readableClock(start)}–${readableClock(end)}`).join(', ');
}
