// Office hours in words and numbers a reader expects: weekday names from Intl, "10:00–18:00".
import { weekdays, type MinuteRange, type Weekday } from './week.ts';

/** A Monday (5 January 2026) to count weekdays from. */
const referenceMonday = Date.UTC(2026, 0, 5);

/**
 * "poniedziałek", "Monday": by the language's Intl locale (localeInfo(locale).intl), so that browser code
 * importing this module's clocks does not bring the list of languages with it.
 */
export function weekdayName(day: Weekday, intlLocale: string): string {
  const date = new Date(referenceMonday + weekdays.indexOf(day) * 86_400_000);
  const format =
    weekdayFormats.get(intlLocale) ?? new Intl.DateTimeFormat(intlLocale, { weekday: 'long', timeZone: 'UTC' });
  weekdayFormats.set(intlLocale, format);
  return format.format(date);
}

/** Creating an Intl formatter is slow next to using one; thousands of offices name many weekdays. */
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

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

/** A piece of a text about hours: a time range ("10:00–18:00") or the words around it. */
export interface HoursTextPart {
  text: string;
  range: boolean;
}

const timeRange = /(\d{1,2}:\d{2}–\d{1,2}:\d{2})/;

/**
 * A text about hours cut at its time ranges, so a page can keep each range on one line: a narrow phone
 * would otherwise break "10:00–18:00" after its dash.
 */
export function timeRangeParts(text: string): HoursTextPart[] {
  // Split with a capturing group: the ranges are the odd pieces.
  return text
    .split(timeRange)
    .map((piece, index) => ({ text: piece, range: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
