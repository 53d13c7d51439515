// Office hours in OpenStreetMap opening_hours notation: validation and the weekly table derived from it.
// The opening_hours library parses the notation; the stricter checks below catch what it accepts but
// an office's hours never mean (25:00, a range that ends before it starts, two ranges that overlap).
import OpeningHours from 'opening_hours';
import { addDays, dayNumber, fromDayNumber, isoCalendarDate } from './calendarDate.ts';
import { emptySchedule, weekdays, type MinuteRange, type WeeklySchedule } from './week.ts';

export { weekdays, type MinuteRange, type Weekday, type WeeklySchedule } from './week.ts';

const polandForHolidays = { lat: 52.23, lon: 21.01, address: { country_code: 'pl', state: '' } };
const timeRange = /(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/g;

function parse(value: string): OpeningHours {
  return new OpeningHours(value, polandForHolidays);
}

/** What is wrong with an opening_hours value, in words an editor understands; [] when nothing is. */
export function openingHoursProblems(value: string): string[] {
  const cached = problemCache.get(value);
  if (cached) return cached;
  const problems = findProblems(value);
  problemCache.set(value, problems);
  return problems;
}

/** A directory of thousands of offices shares a handful of hours values: each is checked once. */
const problemCache = new Map<string, string[]>();

function findProblems(value: string): string[] {
  let warnings: string[];
  try {
    warnings = parse(value).getWarnings();
  } catch (error) {
    return [`not valid opening_hours notation: ${String(error).split('\n')[0]}`];
  }
  // The library guesses where it should not ("Wd" becomes Mo-Fr, "Pn" Monday); a guess is an error here.
  const problems = warnings.map((warning) => `not accepted as written: ${warning}`);
  for (const rule of value.split(';')) {
    const ranges: MinuteRange[] = [];
    for (const [text, h1, m1, h2, m2] of rule.matchAll(timeRange)) {
      const start = Number(h1) * 60 + Number(m1);
      const end = Number(h2) * 60 + Number(m2);
      if (Number(m1) > 59 || Number(m2) > 59 || start > 24 * 60 || end > 24 * 60) {
        problems.push(`"${text}" is not a time of day (00:00–24:00)`);
      } else if (end <= start) {
        problems.push(`"${text}" ends before it starts`);
      } else {
        ranges.push([start, end]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranges.length; i++) {
      const previous = ranges[i - 1]!;
      if (ranges[i]![0] < previous[1]) problems.push(`ranges overlap in "${rule.trim()}"`);
    }
  }
  return problems;
}

/**
 * The regular week: evaluated on a reference week with no public holiday (9–15 February 2026,
 * Monday to Sunday, no daylight-saving change), in the local time the library works in.
 */
export function weeklySchedule(value: string): WeeklySchedule {
  const cached = scheduleCache.get(value);
  if (cached) return cached;
  const schedule = emptySchedule();
  const intervals = parse(value).getOpenIntervals(new Date(2026, 1, 9), new Date(2026, 1, 16));
  for (const [from, to] of intervals) {
    const day = weekdays[(from.getDay() + 6) % 7]!;
    const start = from.getHours() * 60 + from.getMinutes();
    const sameDay = to.getDate() === from.getDate();
    const end = sameDay ? to.getHours() * 60 + to.getMinutes() : 24 * 60;
    schedule[day].push([start, end]);
  }
  scheduleCache.set(value, schedule);
  return schedule;
}

/** Many offices share the same hours; each value is parsed once per build. */
const scheduleCache = new Map<string, WeeklySchedule>();

/** Whether the value closes on public holidays ("PH off"). */
export function closedOnPublicHolidays(value: string): boolean {
  return /\bPH\s+off\b/.test(value);
}

/** Polish public holidays between two years (inclusive) as ISO dates, from the library's calendar. */
export function polishPublicHolidays(fromYear: number, toYear: number): string[] {
  const intervals = parse('PH').getOpenIntervals(new Date(fromYear, 0, 1), new Date(toYear + 1, 0, 1));
  return intervals.map(([from]) => {
    const month = String(from.getMonth() + 1).padStart(2, '0');
    const day = String(from.getDate()).padStart(2, '0');
    return `${from.getFullYear()}-${month}-${day}`;
  });
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function describeRanges(ranges: readonly MinuteRange[]): string {
  return ranges.length === 0
    ? 'closed'
    : ranges.map(([start, end]) => `${formatMinutes(start)}-${formatMinutes(end)}`).join(',');
}

function localIso(date: Date): string {
  return isoCalendarDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** Open ranges by local calendar day, an interval past midnight split at it. */
function rangesByDay(intervals: readonly [Date, Date, ...unknown[]][]): Map<string, MinuteRange[]> {
  const days = new Map<string, MinuteRange[]>();
  const add = (day: string, range: MinuteRange) => days.set(day, [...(days.get(day) ?? []), range]);
  for (const [from, to] of intervals) {
    let day = localIso(from);
    let start = from.getHours() * 60 + from.getMinutes();
    const lastDay = localIso(to);
    while (day < lastDay) {
      add(day, [start, 24 * 60]);
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      day = isoCalendarDate(addDays({ year: y, month: m, day: d }, 1));
      start = 0;
    }
    const end = to.getHours() * 60 + to.getMinutes();
    if (end > start) add(day, [start, end]);
  }
  return days;
}

const projectionCache = new Map<string, string[]>();

/**
 * Where the notation means something the site cannot show: the weekly table, the open-now line, JSON-LD,
 * the vCard and the data feed all use one regular week (weeklySchedule) plus "PH off". The library's own
 * intervals for every day of the years `fromYear`–`toYear` must equal that week, day by day; a rule for
 * some months ("Jan-Jun"), some weeks ("Mo[1]"), a date ("Dec 31 off") or holiday hours ("PH 10:00-12:00")
 * would be shown wrong, so it is refused, naming the first day that differs. [] when they agree.
 */
export function projectionProblems(value: string, fromYear: number, toYear: number): string[] {
  const key = `${fromYear}-${toYear} ${value}`;
  const cached = projectionCache.get(key);
  if (cached) return cached;
  const schedule = weeklySchedule(value);
  const closedOnHolidays = closedOnPublicHolidays(value);
  const holidays = new Set(polishPublicHolidays(fromYear, toYear));
  const actual = rangesByDay(parse(value).getOpenIntervals(new Date(fromYear, 0, 1), new Date(toYear + 1, 0, 1)));
  const problems: string[] = [];
  const last = dayNumber({ year: toYear, month: 12, day: 31 });
  for (let n = dayNumber({ year: fromYear, month: 1, day: 1 }); n <= last && problems.length === 0; n++) {
    const day = isoCalendarDate(fromDayNumber(n));
    const weekday = weekdays[(((n + 3) % 7) + 7) % 7]!;
    const shown = closedOnHolidays && holidays.has(day) ? [] : schedule[weekday];
    const meant = actual.get(day) ?? [];
    if (describeRanges(meant) !== describeRanges(shown)) {
      problems.push(
        `the site shows the same hours every week (and closes on public holidays only with "PH off"), but on ${day} (${weekday}) ` +
          `"${value}" means ${describeRanges(meant)} and the site would show ${describeRanges(shown)}`,
      );
    }
  }
  projectionCache.set(key, problems);
  return problems;
}
