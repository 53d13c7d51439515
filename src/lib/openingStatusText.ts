// The open-now line in words, as the NHS service finder says it: "Open now, closes at 16:30", "Open now,
// closes in 25 minutes" in the last hour, "Opens in 40 minutes", "Closed today (public holiday), opens Monday
// at 10:00". The words come from the interface strings (passed to the browser in a data- attribute), the
// dates from Intl; Polish needs the weekday in the accusative ("w środę"), so weekdays are strings too.
import { readableClock as clock } from './hoursFormat.ts';
import type { NextOpening, OpeningStatus } from './openingStatus.ts';
import { formatDayAndMonth } from './dates.ts';
import { fill } from './fill.ts';
import { pluralize, type PluralForms } from './plural.ts';
import type { Weekday } from './week.ts';

/** Templates with {{time}}, {{day}}, {{when}} and {{minutes}} placeholders. */
export interface StatusStrings {
  /** "Open now, closes at {{time}}". */
  openUntil: string;
  /** "Open now, closes in {{minutes}}": in the last hour before closing. */
  closesIn: string;
  closed: string;
  closedHoliday: string;
  /** "Opens in {{minutes}}": in the hour before opening. */
  opensIn: string;
  /** "opens {{when}}", after "Closed now, ". */
  opens: string;
  /** "today at {{time}}". */
  today: string;
  /** "tomorrow at {{time}}". */
  tomorrow: string;
  /** "{{day}} at {{time}}". */
  onDay: string;
  /** "Monday" / "w poniedziałek" for each weekday. */
  on: Record<Weekday, string>;
  /** "{{count}} minutes" in each plural form the language uses ("25 minut", "22 minuty"). */
  minutes: PluralForms;
  /** Past the period its source describes, the line says what the source's hours would give, not that it is open. */
  source: SourceStrings;
}

/** The line's words past its source's period: the same sentences in the conditional, after `line`. */
export interface SourceStrings extends Pick<
  StatusStrings,
  'openUntil' | 'closesIn' | 'closed' | 'closedHoliday' | 'opensIn' | 'opens'
> {
  /** "By the source's hours (as of {{year}}), {{status}}": {{status}} is one of the sentences above. */
  line: string;
}

/** Within this many minutes of closing or opening, the line counts the minutes instead of naming the time. */
export const soonMinutes = 60;

/** From a week ahead the weekday alone is ambiguous, so the date is added: "Monday 4 January". */
function dayText(next: NextOpening, strings: StatusStrings, intlLocale: string): string {
  if (next.inDays < 7) return strings.on[next.weekday];
  // An ISO date alone ("2027-01-04") is read as UTC midnight, the calendar date's own instant. The day and
  // its month stay together on a line ("7\u00A0stycznia"), as Polish typography wants.
  return `${strings.on[next.weekday]} ${formatDayAndMonth(new Date(next.date), intlLocale).replace(' ', '\u00A0')}`;
}

/** When an opening is, without a verb: "tomorrow at 8:30", "w poniedziałek od 10:00". */
export function whenText(next: NextOpening, strings: StatusStrings, intlLocale: string): string {
  const time = clock(next.minutes);
  if (next.inDays === 0) return fill(strings.today, { time });
  if (next.inDays === 1) return fill(strings.tomorrow, { time });
  return fill(strings.onDay, { time, day: dayText(next, strings, intlLocale) });
}

function minutesText(count: number, strings: StatusStrings, intlLocale: string): string {
  return pluralize(strings.minutes, count, intlLocale);
}

export function statusText(status: OpeningStatus, strings: StatusStrings, intlLocale: string): string {
  if (status.open) {
    const left = status.closesIn;
    return left !== undefined && left < soonMinutes
      ? fill(strings.closesIn, { minutes: minutesText(left, strings, intlLocale) })
      : fill(strings.openUntil, { time: clock(status.until ?? 0) });
  }
  const next = status.opensAt;
  if (!status.holiday && next?.inMinutes !== undefined && next.inMinutes < soonMinutes)
    return fill(strings.opensIn, { minutes: minutesText(next.inMinutes, strings, intlLocale) });
  const closed = status.holiday ? strings.closedHoliday : strings.closed;
  if (!next) return closed;
  return `${closed}, ${fill(strings.opens, { when: whenText(next, strings, intlLocale) })}`;
}

/**
 * The line for an office whose source describes its hours up to `sourceUntil` ("2025-12-31"): as it is within
 * that period; after it (`past`), what the source's hours would give, dated by the period's year.
 */
export function sourceStatusText(
  status: OpeningStatus,
  strings: StatusStrings,
  intlLocale: string,
  sourceUntil: string,
  past: boolean,
): string {
  if (!past) return statusText(status, strings, intlLocale);
  const { line, ...sentences } = strings.source;
  const text = statusText(status, { ...strings, ...sentences }, intlLocale);
  return fill(line, { year: sourceUntil.slice(0, 4), status: text });
}
