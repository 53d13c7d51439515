// Office hours in OpenStreetMap opening_hours notation: validation and the weekly table derived from it.
// The opening_hours library parses the notation; the stricter checks below catch what it accepts but
// an office's hours never mean (25:00, a range that ends before it starts, two ranges that overlap).
import OpeningHours from 'opening_hours';
import { emptySchedule, weekdays, type MinuteRange, type WeeklySchedule } from './week.ts';

export { weekdays, type MinuteRange, type Weekday, type WeeklySchedule } from './week.ts';

const polandForHolidays = { lat: 52.23, lon: 21.01, address: { country_code: 'pl', state: '' } };
const timeRange = /(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/g;

function parse(value: string): OpeningHours {
  return new OpeningHours(value, polandForHolidays);
}

/** What is wrong with an opening_hours value, in words an editor understands; [] when nothing is. */
export function openingHoursProblems(value: string): string[] {
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
