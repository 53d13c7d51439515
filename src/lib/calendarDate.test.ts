import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDate, d } from '../../tests/fixtures/dates';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  dayNumber,
  fromDayNumber,
  isLeapYear,
  isoCalendarDate,
  toUtcDate,
} from './calendarDate';

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2028, true],
    [2000, true],
    [1900, false],
    [2100, false],
    [2026, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it('knows the 30- and 31-day months', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('addMonths (Civil Code art. 112)', () => {
  it.each([
    ['keeps the day number', d(2026, 3, 15), d(2026, 6, 15)],
    ['ends on 28 February after 30 November', d(2026, 11, 30), d(2027, 2, 28)],
    ['ends on 29 February in a leap year (2028)', d(2027, 11, 30), d(2028, 2, 29)],
    ['ends on 29 February in a leap year (2024)', d(2023, 11, 29), d(2024, 2, 29)],
    ['ends on 29 February in 2000, a leap year', d(1999, 11, 30), d(2000, 2, 29)],
    ['ends on 28 February in 1900, not a leap year', d(1899, 11, 29), d(1900, 2, 28)],
    ['keeps 31 where the month has 31 days', d(2026, 5, 31), d(2026, 8, 31)],
    ['ends on the last day of a 30-day month', d(2026, 3, 31), d(2026, 6, 30)],
    ['crosses the year', d(2026, 10, 31), d(2027, 1, 31)],
    ['crosses the year from December', d(2026, 12, 1), d(2027, 3, 1)],
  ])('%s', (_, start, end) => {
    expect(addMonths(start, 3)).toEqual(end);
  });
});

describe('day numbers', () => {
  it('counts from 1 January 1970', () => {
    expect(dayNumber(d(1970, 1, 1))).toBe(0);
    expect(dayNumber(d(2000, 3, 1))).toBe(11017);
    expect(dayNumber(d(1900, 1, 1))).toBe(-25567);
  });

  it('agrees with Date.UTC for any date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayNumber(date) * 86_400_000).toBe(Date.UTC(date.year, date.month - 1, date.day));
      }),
    );
  });

  it('fromDayNumber is the inverse of dayNumber', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(fromDayNumber(dayNumber(date))).toEqual(date);
      }),
    );
  });

  it('adds and counts days across months and leap days', () => {
    expect(addDays(d(2028, 2, 28), 1)).toEqual(d(2028, 2, 29));
    expect(addDays(d(2027, 2, 28), 1)).toEqual(d(2027, 3, 1));
    expect(addDays(d(2026, 12, 31), 1)).toEqual(d(2027, 1, 1));
    expect(daysBetween(d(2026, 11, 30), d(2027, 2, 28))).toBe(90);
    expect(daysBetween(d(2027, 2, 28), d(2026, 11, 30))).toBe(-90);
  });
});

describe('formatting helpers', () => {
  it('gives the UTC midnight of a date and its ISO form', () => {
    expect(toUtcDate(d(2027, 2, 28)).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(isoCalendarDate(d(2027, 2, 8))).toBe('2027-02-08');
  });
});
