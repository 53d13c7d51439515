// The day this build treats as today (BUILD_DATE, or the date in Poland when building) and what follows from it.
import { buildDate, holidayYears } from '../lib/buildDate.ts';
import { isoCalendarDate, toUtcDate } from '../lib/calendarDate.ts';
import { polishPublicHolidays } from '../lib/openingHours.ts';

export const buildDay = buildDate(process.env['BUILD_DATE'], new Date());

/** "2026-12-31" */
export const buildDayIso = isoCalendarDate(buildDay);

/** The build day as a Date (UTC midnight), for date arithmetic and formatting. */
export const buildDayDate = toUtcDate(buildDay);

/** Public holidays of the build's year and the next two: what the open-now line and the data feed count with. */
export function buildHolidays(): string[] {
  // Worked out once: every list of offices on every page names them, and the calendar is slow to compute.
  if (!holidays) {
    const [from, to] = holidayYears(buildDay);
    holidays = polishPublicHolidays(from, to);
  }
  return [...holidays];
}

let holidays: string[] | undefined;
