// "Today" for a build, and the years of public holidays a build carries. The date comes from BUILD_DATE
// (YYYY-MM-DD) when set, so a build – and its tests – can be made as if on any day; otherwise it is the
// date in Poland at the moment of building.
import type { CalendarDate } from './calendarDate.ts';
import { todayInWarsaw } from './dates.ts';

/** How many years after the build's own the holiday calendar covers: a build stays right for at least this long. */
export const yearsAhead = 2;

/** The build's date: `value` (BUILD_DATE) if given, else the date in Warsaw at `now`. Throws on a malformed value. */
export function buildDate(value: string | undefined, now: Date): CalendarDate {
  if (value === undefined || value === '') return todayInWarsaw(now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const real = date && new Date(Date.UTC(date.year, date.month - 1, date.day)).toISOString().slice(0, 10) === value;
  if (!date || !real)
    throw new Error(`BUILD_DATE must be a calendar date written YYYY-MM-DD (e.g. 2026-12-31), not "${value}"`);
  return date;
}

/** The first and last year (inclusive) whose public holidays the build carries: its own year and the next two. */
export function holidayYears(built: CalendarDate): [number, number] {
  return [built.year, built.year + yearsAhead];
}
