import { describe, expect, it } from 'vitest';
import { d } from '../../tests/fixtures/dates';
import { toUtcDate } from './calendarDate';
import { formatDayAndMonth, formatLongDate, isoDate, todayInWarsaw, warsawClock } from './dates';
import { formatCalendarDate } from './i18n';

const at = (iso: string) => new Date(iso);

describe('todayInWarsaw', () => {
  it.each([
    ['late evening UTC is already the next day in summer (UTC+2)', '2026-06-30T22:30:00Z', d(2026, 7, 1)],
    ['late evening UTC is already the next day in winter (UTC+1)', '2026-12-31T23:00:00Z', d(2027, 1, 1)],
    ['just before midnight in Warsaw is still the same day', '2026-12-31T22:59:59Z', d(2026, 12, 31)],
    ['the day of the spring clock change', '2027-03-28T01:30:00Z', d(2027, 3, 28)],
    ['29 February', '2028-02-29T12:00:00Z', d(2028, 2, 29)],
  ])('%s', (_, instant, expected) => {
    expect(todayInWarsaw(new Date(instant))).toEqual(expected);
  });
});

describe('warsawClock', () => {
  it.each([
    ['winter time (UTC+1)', '2026-11-23T11:00:00Z', { date: '2026-11-23', weekday: 'Mo', minutes: 12 * 60 }],
    ['summer time (UTC+2)', '2026-07-01T11:00:00Z', { date: '2026-07-01', weekday: 'We', minutes: 13 * 60 }],
    [
      'just before clocks go forward, 29 March 2026',
      '2026-03-29T00:59:00Z',
      { date: '2026-03-29', weekday: 'Su', minutes: 1 * 60 + 59 },
    ],
    [
      'just after clocks go forward (02:00 → 03:00)',
      '2026-03-29T01:00:00Z',
      { date: '2026-03-29', weekday: 'Su', minutes: 3 * 60 },
    ],
    [
      'the first 02:30 of 25 October 2026 (summer time)',
      '2026-10-25T00:30:00Z',
      { date: '2026-10-25', weekday: 'Su', minutes: 2 * 60 + 30 },
    ],
    [
      'the second 02:30 of 25 October 2026 (winter time)',
      '2026-10-25T01:30:00Z',
      { date: '2026-10-25', weekday: 'Su', minutes: 2 * 60 + 30 },
    ],
    [
      'a UTC evening that is already tomorrow in Warsaw',
      '2026-12-31T23:30:00Z',
      { date: '2027-01-01', weekday: 'Fr', minutes: 30 },
    ],
  ])('reads %s', (_name, instant, expected) => {
    expect(warsawClock(at(instant))).toEqual(expected);
  });
});

describe('formatCalendarDate', () => {
  it('writes a date out in the language of the page', () => {
    expect(formatCalendarDate(new Date('2026-11-23T00:00:00Z'), 'pl')).toBe('23 listopada 2026');
    expect(formatCalendarDate(new Date('2026-11-23T00:00:00Z'), 'en')).toBe('23 November 2026');
  });

  it('takes an Intl locale as the browser has it', () => {
    expect(formatLongDate(toUtcDate(d(2027, 2, 28)), 'pl-PL')).toBe('28 lutego 2027');
    expect(formatLongDate(toUtcDate(d(2027, 2, 28)), 'en-GB')).toBe('28 February 2027');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatCalendarDate(new Date('2027-01-01T00:00:00Z'), 'en')).toBe('1 January 2027');
  });
});

describe('formatDayAndMonth', () => {
  it('leaves the year out', () => {
    expect(formatDayAndMonth(new Date('2026-01-04'), 'en-GB')).toBe('4 January');
    expect(formatDayAndMonth(new Date('2026-01-04'), 'pl-PL')).toBe('4 stycznia');
  });
});

describe('isoDate', () => {
  it('gives the date for <time datetime>', () => {
    expect(isoDate(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
  });
});
