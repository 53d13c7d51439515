import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDate, d } from '../../tests/fixtures/dates';
import { addDays, addMonths, daysBetween, daysInMonth } from './calendarDate';
import { checkEligibility, dateErrorKey, needsDate, parseDate, windowEnd, type DateParts } from './eligibility';

const today = d(2026, 11, 23);

describe('checkEligibility', () => {
  it.each([
    ['released today', d(2026, 11, 23), d(2027, 2, 23), 93],
    ['released a week ago', d(2026, 11, 16), d(2027, 2, 16), 86],
    ['released exactly 3 months ago: today is the last day', d(2026, 8, 23), d(2026, 11, 23), 1],
    ['released 3 months ago less a day: two days left', d(2026, 8, 24), d(2026, 11, 24), 2],
  ])('a person %s can get help', (_, start, end, daysLeft) => {
    expect(checkEligibility({ situation: 'released', start }, today)).toEqual({
      eligible: true,
      reason: 'withinWindow',
      start,
      end,
      daysLeft,
    });
  });

  it.each([
    ['3 months and a day ago', d(2026, 8, 22), d(2026, 11, 22)],
    ['4 months ago', d(2026, 7, 23), d(2026, 10, 23)],
    ['years ago', d(2001, 1, 1), d(2001, 4, 1)],
  ])('a person released %s cannot', (_, start, end) => {
    expect(checkEligibility({ situation: 'released', start }, today)).toEqual({
      eligible: false,
      reason: 'windowEnded',
      start,
      end,
    });
  });

  it('counts a family from the day of incarceration, with the same rule', () => {
    expect(checkEligibility({ situation: 'family', start: d(2026, 11, 30) }, d(2027, 2, 28))).toMatchObject({
      eligible: true,
      end: d(2027, 2, 28),
      daysLeft: 1,
    });
    expect(checkEligibility({ situation: 'family', start: d(2026, 11, 30) }, d(2027, 3, 1))).toMatchObject({
      eligible: false,
      reason: 'windowEnded',
    });
  });

  it('ends on 29 February in a leap year and 31 August after 31 May', () => {
    expect(checkEligibility({ situation: 'released', start: d(2027, 11, 30) }, d(2028, 2, 29))).toMatchObject({
      eligible: true,
      daysLeft: 1,
    });
    expect(checkEligibility({ situation: 'released', start: d(2027, 5, 31) }, d(2027, 8, 31))).toMatchObject({
      eligible: true,
      end: d(2027, 8, 31),
      daysLeft: 1,
    });
  });

  it('helps a person in prison with no time limit', () => {
    expect(checkEligibility({ situation: 'inPrison' }, today)).toEqual({ eligible: true, reason: 'inPrison' });
  });

  it('says no to anyone else', () => {
    expect(checkEligibility({ situation: 'none' }, today)).toEqual({ eligible: false, reason: 'notInGroup' });
  });

  it('never gives a verdict for a start date after today', () => {
    expect(() => checkEligibility({ situation: 'released', start: d(2026, 11, 24) }, today)).toThrow(RangeError);
  });

  it('asks for a date only for a release or an incarceration', () => {
    expect([needsDate('released'), needsDate('family'), needsDate('inPrison'), needsDate('none')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('properties of the 3-month window', () => {
  const startAndToday = anyDate.chain((start) =>
    fc.integer({ min: 0, max: 200 }).map((offset) => ({ start, today: addDays(start, offset) })),
  );

  it('ends no more than 3 calendar months after the start, and at least 89 days after it', () => {
    fc.assert(
      fc.property(anyDate, (start) => {
        const end = windowEnd(start);
        expect(daysBetween(end, addMonths(start, 3))).toBeGreaterThanOrEqual(0);
        expect(daysBetween(start, end)).toBeGreaterThanOrEqual(89);
        expect(daysBetween(start, end)).toBeLessThanOrEqual(92);
        expect(end.day).toBeLessThanOrEqual(start.day);
      }),
    );
  });

  it('covers every day from the start to the end, and not the day after', () => {
    fc.assert(
      fc.property(anyDate, (start) => {
        const end = windowEnd(start);
        const length = daysBetween(start, end);
        for (let offset = 0; offset <= length; offset++) {
          const verdict = checkEligibility({ situation: 'released', start }, addDays(start, offset));
          expect(verdict).toMatchObject({ eligible: true, daysLeft: length - offset + 1 });
        }
        expect(checkEligibility({ situation: 'released', start }, addDays(end, 1)).eligible).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same answer to a family member as to a released person', () => {
    fc.assert(
      fc.property(startAndToday, ({ start, today }) => {
        const released = checkEligibility({ situation: 'released', start }, today);
        const family = checkEligibility({ situation: 'family', start }, today);
        expect(family).toEqual(released);
      }),
    );
  });

  it('never says yes with no days left, nor no while days are left', () => {
    fc.assert(
      fc.property(startAndToday, ({ start, today }) => {
        const verdict = checkEligibility({ situation: 'released', start }, today);
        const left = daysBetween(today, windowEnd(start)) + 1;
        expect(verdict.eligible).toBe(left >= 1);
        if (verdict.reason === 'withinWindow') expect(verdict.daysLeft).toBe(left);
      }),
    );
  });

  it('a later start never ends help earlier', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (start, gap) => {
        expect(daysBetween(windowEnd(start), windowEnd(addDays(start, gap)))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('parseDate', () => {
  const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

  it.each([
    ['a past date', parts('30', '11', '2025'), d(2025, 11, 30)],
    ['today', parts('23', '11', '2026'), d(2026, 11, 23)],
    ['leading zeros and spaces', parts(' 03 ', '09', '2026'), d(2026, 9, 3)],
    ['29 February of a leap year', parts('29', '2', '2024'), d(2024, 2, 29)],
    ['29 February 2000', parts('29', '2', '2000'), d(2000, 2, 29)],
    ['1 January 1900', parts('1', '1', '1900'), d(1900, 1, 1)],
  ])('accepts %s', (_, input, date) => {
    expect(parseDate(input, today)).toEqual({ ok: true, date });
  });

  it.each([
    ['nothing typed', parts('', '', ''), 'empty', ['day', 'month', 'year']],
    ['only spaces', parts(' ', ' ', ' '), 'empty', ['day', 'month', 'year']],
    ['no month', parts('12', '', '2026'), 'empty', ['month']],
    ['no day and no year', parts('', '5', ''), 'empty', ['day', 'year']],
    ['31 February', parts('31', '02', '2026'), 'impossible', ['day']],
    ['29 February 2026', parts('29', '2', '2026'), 'impossible', ['day']],
    ['29 February 1900', parts('29', '2', '1900'), 'impossible', ['day']],
    ['31 April', parts('31', '4', '2026'), 'impossible', ['day']],
    ['day 0', parts('0', '4', '2026'), 'impossible', ['day']],
    ['month 13', parts('1', '13', '2026'), 'impossible', ['month']],
    ['month 0', parts('1', '0', '2026'), 'impossible', ['month']],
    ['letters', parts('1', 'maj', '2026'), 'impossible', ['month']],
    ['a two-digit year', parts('1', '5', '26'), 'impossible', ['year']],
    ['a negative day', parts('-1', '5', '2026'), 'impossible', ['day']],
    ['a decimal', parts('1.5', '5', '2026'), 'impossible', ['day']],
    ['tomorrow', parts('24', '11', '2026'), 'future', ['day', 'month', 'year']],
    ['next year', parts('1', '1', '2027'), 'future', ['day', 'month', 'year']],
    ['a year before 1900', parts('31', '12', '1899'), 'tooEarly', ['year']],
    ['year 0001', parts('1', '1', '0001'), 'tooEarly', ['year']],
  ])('refuses %s', (_, input, problem, fields) => {
    expect(parseDate(input, today)).toEqual({ ok: false, problem, fields });
  });

  it('reads back any real date up to today, and refuses any later one', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const result = parseDate(parts(String(date.day), String(date.month), String(date.year)), today);
        if (daysBetween(today, date) > 0) expect(result).toMatchObject({ ok: false, problem: 'future' });
        else expect(result).toEqual({ ok: true, date });
      }),
    );
  });

  it('never accepts a day the month does not have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2026 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const day = daysInMonth(year, month) + 1;
        expect(parseDate(parts(String(day), String(month), String(year)), today)).toMatchObject({
          problem: 'impossible',
        });
      }),
    );
  });
});

describe('dateErrorKey', () => {
  it.each([
    ['released', 'empty', ['day', 'month', 'year'], 'released.empty'],
    ['family', 'empty', ['day', 'month', 'year'], 'family.empty'],
    ['released', 'empty', ['month'], 'incomplete'],
    ['family', 'impossible', ['day'], 'impossible'],
    ['released', 'future', ['day', 'month', 'year'], 'released.future'],
    ['family', 'future', ['day', 'month', 'year'], 'family.future'],
    ['family', 'tooEarly', ['year'], 'tooEarly'],
  ] as const)('%s, %s %j → %s', (situation, problem, fields, key) => {
    expect(dateErrorKey(situation, problem, fields)).toBe(key);
  });
});
