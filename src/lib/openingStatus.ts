// "Open now, closes at 16:30" / "Closed now, opens Wednesday at 10:00": an office's state at a moment,
// always in Europe/Warsaw wall-clock time whatever the reader's own time zone (dates.ts reads the Warsaw clock; Intl does the zone
// and daylight-saving arithmetic). Pure and small: the build's tests and the browser run this same code.
import { warsawClock } from './dates.ts';
import { weekdayOf, type Weekday, type WeeklySchedule } from './week.ts';

export interface NextOpening {
  date: string;
  weekday: Weekday;
  minutes: number;
  /** 0 = today, 1 = tomorrow … */
  inDays: number;
  /** Today only: minutes from now until it opens ("opens in 40 minutes"). */
  inMinutes?: number;
}

export interface OpeningStatus {
  open: boolean;
  /** While open: when this opening ends (minutes since midnight). */
  until?: number;
  /** While open: minutes from now until it closes ("closes in 25 minutes"). */
  closesIn?: number;
  /** While closed: the next opening, if one was found in the covered calendar. */
  opensAt?: NextOpening;
  /** Closed all day today because it is a public holiday. */
  holiday?: boolean;
}

export interface OpeningOptions {
  /** The office is closed up to and including this ISO date (a short-term closure). */
  closedUntil?: string | undefined;
  /** The office keeps its hours on public holidays (its hours lack "PH off"). */
  openOnHolidays?: boolean | undefined;
}

function utcDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function addDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Looking further ahead than this for the next opening helps nobody. */
const horizonDays = 14;

/**
 * Whether the office is open at `now`, until when, or when it opens next.
 * `holidays` are the public holidays (ISO dates) for whole years; when they do not cover today's year
 * (a build long out of date) the answer is null: no status rather than a wrong one.
 */
export function openingStatus(
  schedule: WeeklySchedule,
  holidays: readonly string[],
  now: Date,
  options: OpeningOptions = {},
): OpeningStatus | null {
  const today = warsawClock(now);
  const coveredYears = new Set(holidays.map((day) => day.slice(0, 4)));
  if (!coveredYears.has(today.date.slice(0, 4))) return null;
  const holidaySet = new Set(options.openOnHolidays ? [] : holidays);
  const closedUntil = options.closedUntil ?? '';
  const isClosedDay = (date: string) => holidaySet.has(date) || date <= closedUntil;

  if (!isClosedDay(today.date)) {
    const current = schedule[today.weekday].find(([start, end]) => start <= today.minutes && today.minutes < end);
    // Wall-clock minutes: the clocks change at 2–3 a.m., when no office is open.
    if (current) return { open: true, until: current[1], closesIn: current[1] - today.minutes };
  }

  const status: OpeningStatus = { open: false };
  if (holidaySet.has(today.date)) status.holiday = true;
  const lastDay = closedUntil > today.date ? addDays(closedUntil, horizonDays) : addDays(today.date, horizonDays);
  for (let inDays = 0, date = today.date; date <= lastDay; inDays++, date = addDays(date, 1)) {
    if (!coveredYears.has(date.slice(0, 4))) break;
    if (isClosedDay(date)) continue;
    const weekday = weekdayOf(date);
    const next = schedule[weekday].find(([start]) => inDays > 0 || start > today.minutes);
    if (next) {
      status.opensAt = { date, weekday, minutes: next[0], inDays };
      if (inDays === 0) status.opensAt.inMinutes = next[0] - today.minutes;
      break;
    }
  }
  return status;
}
