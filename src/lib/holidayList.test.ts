import { describe, expect, it } from 'vitest';
import { decodeHolidays, encodeHolidays } from './holidayList';

describe('the holidays attribute', () => {
  const dates = ['2026-01-01', '2026-01-06', '2026-12-26', '2027-01-01', '2028-12-26'];

  it('names each year once, then its days', () => {
    expect(encodeHolidays(dates)).toBe('2026:01-01,01-06,12-26 2027:01-01 2028:12-26');
  });

  it('reads back the same dates', () => {
    expect(decodeHolidays(encodeHolidays(dates))).toEqual(dates);
  });

  it('reads no dates from an empty attribute', () => {
    expect(decodeHolidays('')).toEqual([]);
    expect(encodeHolidays([])).toBe('');
  });
});
