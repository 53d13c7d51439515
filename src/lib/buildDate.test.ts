import { describe, expect, it } from 'vitest';
import { buildDate, holidayYears } from './buildDate';
import { addMonths, compareDates, isoCalendarDate } from './calendarDate';
import { polishPublicHolidays } from './openingHours';

describe('buildDate', () => {
  it('takes BUILD_DATE when it is set', () => {
    expect(buildDate('2026-12-31', new Date('2030-06-01T12:00:00Z'))).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('is the date in Poland, not in UTC, when BUILD_DATE is not set', () => {
    // 23:30 UTC on 31 December is already 00:30 on 1 January in Warsaw.
    expect(buildDate(undefined, new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
    expect(buildDate('', new Date('2026-12-31T22:30:00Z'))).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it.each(['2026-02-30', '31.12.2026', '2026-1-2', 'tomorrow'])('refuses %s, saying what it expects', (value) => {
    expect(() => buildDate(value, new Date('2030-06-01T12:00:00Z'))).toThrow(
      /BUILD_DATE must be a calendar date written YYYY-MM-DD/,
    );
  });
});

describe('holidayYears', () => {
  // The two days around a new year are where a calendar fixed to one year breaks.
  it.each(['2026-12-31', '2027-01-02', '2027-12-31', '2028-01-01'])(
    'covers at least two years after a build on %s',
    (day) => {
      const built = buildDate(day, new Date('2030-06-01T12:00:00Z'));
      const [first, last] = holidayYears(built);
      const holidays = polishPublicHolidays(first, last);
      expect(holidays[0]! <= day, 'the build day is covered').toBe(true);
      const twoYearsLater = addMonths(built, 24);
      expect(compareDates({ year: last, month: 12, day: 31 }, twoYearsLater)).toBeGreaterThanOrEqual(0);
      // Christmas Eve (a public holiday since 2025) of the year after the build, which the tests use.
      expect(holidays).toContain(`${built.year + 1}-12-24`);
      expect(holidays).toContain(isoCalendarDate({ year: last, month: 12, day: 26 }));
    },
  );
});
