// Who can get post-penitentiary assistance (seed 001), as pure functions: the browser's check and the
// tests call the same code. Dates are calendar dates; "today" is the date in Poland (todayInWarsaw).
import { addMonths, daysBetween, daysInMonth, type CalendarDate } from './calendarDate.ts';

/** The situations the check asks about, in the order it offers them. */
export const situations = ['released', 'family', 'inPrison', 'none'] as const;
export type Situation = (typeof situations)[number];

/** Help lasts this many months from release (or, for a family, from the day of incarceration). */
export const windowMonths = 3;

/** Dates before this year are refused as typing mistakes. */
export const earliestYear = 1900;

export function isSituation(value: unknown): value is Situation {
  return (situations as readonly unknown[]).includes(value);
}

/** Whether the check has to ask for a date: the release date, or the family member's incarceration date. */
export function needsDate(situation: Situation): situation is 'released' | 'family' {
  return situation === 'released' || situation === 'family';
}

/**
 * The last day of help. The period ends at the end of the day that corresponds to the start day
 * (Civil Code art. 112), so that day is still covered: released 30 November → help until 28 February.
 */
export function windowEnd(start: CalendarDate): CalendarDate {
  return addMonths(start, windowMonths);
}

export type Verdict =
  | { eligible: true; reason: 'inPrison' }
  | {
      eligible: true;
      reason: 'withinWindow';
      start: CalendarDate;
      end: CalendarDate;
      /** Days of help left counting today: 1 when today is the last day. */
      daysLeft: number;
    }
  | { eligible: false; reason: 'windowEnded'; start: CalendarDate; end: CalendarDate }
  | { eligible: false; reason: 'notInGroup' };

export type Answers =
  { situation: 'inPrison' } | { situation: 'none' } | { situation: 'released' | 'family'; start: CalendarDate };

/** The verdict for validated answers. A start date after today is a caller's mistake, never a verdict. */
export function checkEligibility(answers: Answers, today: CalendarDate): Verdict {
  if (answers.situation === 'inPrison') return { eligible: true, reason: 'inPrison' };
  if (answers.situation === 'none') return { eligible: false, reason: 'notInGroup' };
  const { start } = answers;
  if (daysBetween(today, start) > 0)
    throw new RangeError('The start date is after today; validate it with parseDate first.');
  const end = windowEnd(start);
  const daysLeft = daysBetween(today, end) + 1;
  return daysLeft >= 1
    ? { eligible: true, reason: 'withinWindow', start, end, daysLeft }
    : { eligible: false, reason: 'windowEnded', start, end };
}

export type DateField = 'day' | 'month' | 'year';
export const dateFields: readonly DateField[] = ['day', 'month', 'year'];

/** Why a typed date cannot be used: nothing typed, no such date, after today, before 1900. */
export type DateProblem = 'empty' | 'impossible' | 'future' | 'tooEarly';

export type DateParts = Record<DateField, string>;

export type ParsedDate =
  | { ok: true; date: CalendarDate }
  | {
      ok: false;
      problem: DateProblem;
      /** The fields to mark as wrong; for 'empty', the ones left blank (all three when nothing was typed). */
      fields: DateField[];
    };

const digits: Record<DateField, RegExp> = { day: /^\d{1,2}$/, month: /^\d{1,2}$/, year: /^\d{4}$/ };

/** Reads the day, month and year fields (as typed) into a date no later than today and not before 1900. */
export function parseDate(parts: DateParts, today: CalendarDate): ParsedDate {
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const blank = dateFields.filter((field) => text[field] === '');
  if (blank.length > 0) return { ok: false, problem: 'empty', fields: blank };
  const malformed = dateFields.filter((field) => !digits[field].test(text[field]));
  if (malformed.length > 0) return { ok: false, problem: 'impossible', fields: malformed };
  const date = { year: Number(text.year), month: Number(text.month), day: Number(text.day) };
  if (date.month < 1 || date.month > 12) return { ok: false, problem: 'impossible', fields: ['month'] };
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month))
    return { ok: false, problem: 'impossible', fields: ['day'] };
  if (date.year < earliestYear) return { ok: false, problem: 'tooEarly', fields: ['year'] };
  if (daysBetween(today, date) > 0) return { ok: false, problem: 'future', fields: [...dateFields] };
  return { ok: true, date };
}

/** The message keys the check can show for a date (under "eligibility.error." in content/ui). */
export const dateErrorKeys = [
  'released.empty',
  'family.empty',
  'incomplete',
  'impossible',
  'released.future',
  'family.future',
  'tooEarly',
] as const;
export type DateErrorKey = (typeof dateErrorKeys)[number];

/** Which message explains a refused date: nothing typed and a date in the future depend on the question asked. */
export function dateErrorKey(
  situation: 'released' | 'family',
  problem: DateProblem,
  fields: readonly DateField[],
): DateErrorKey {
  if (problem === 'empty') return fields.length === dateFields.length ? `${situation}.empty` : 'incomplete';
  if (problem === 'future') return `${situation}.future`;
  return problem;
}
