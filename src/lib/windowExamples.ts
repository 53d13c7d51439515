// The worked table of the paper check ("left on 15 March → help until 15 June"), computed by the check's
// own rule (windowEnd), so paper and screen can never disagree. A row whose end falls in February
// depends on the year: it gives the leap-year day too.
import { isLeapYear, type CalendarDate } from './calendarDate.ts';
import { windowEnd } from './eligibility.ts';

/** A start day without a year: the table is read in any year. */
export interface MonthDay {
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** One row: the last day of help after that start, and, when a leap year changes it, the leap-year last day. */
export interface WindowExample {
  start: MonthDay;
  end: MonthDay;
  /** Only where the end differs in a leap year (release on 30 November → 29 February). */
  endInLeapYear?: MonthDay;
}

/** The rows on the leaflet: an ordinary case, month ends, and the February cases. */
export const leafletExampleStarts: readonly MonthDay[] = [
  { month: 3, day: 15 },
  { month: 3, day: 31 },
  { month: 5, day: 31 },
  { month: 11, day: 30 },
  { month: 12, day: 31 },
];

/** The first year from `from` on whose end date (the year help ends in) is, or is not, a leap year. */
function startYearEndingIn(start: MonthDay, leap: boolean, from = 2001): number {
  const crossesNewYear = start.month + 3 > 12;
  let year = from;
  while (isLeapYear(crossesNewYear ? year + 1 : year) !== leap) year += 1;
  return year;
}

function monthDay({ month, day }: CalendarDate): MonthDay {
  return { month, day };
}

export function windowExample(start: MonthDay): WindowExample {
  const end = monthDay(windowEnd({ year: startYearEndingIn(start, false), ...start }));
  const leapEnd = monthDay(windowEnd({ year: startYearEndingIn(start, true), ...start }));
  const same = leapEnd.month === end.month && leapEnd.day === end.day;
  return same ? { start, end } : { start, end, endInLeapYear: leapEnd };
}

export function windowExamples(starts: readonly MonthDay[] = leafletExampleStarts): WindowExample[] {
  return starts.map(windowExample);
}
