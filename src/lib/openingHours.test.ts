import { describe, expect, it } from 'vitest';
import { wroclawHours } from '../../tests/fixtures/directory';
import {
  closedOnPublicHolidays,
  openingHoursProblems,
  polishPublicHolidays,
  projectionProblems,
  weeklySchedule,
} from './openingHours';

describe('openingHoursProblems', () => {
  it('accepts the offices’ notation', () => {
    expect(openingHoursProblems(wroclawHours)).toEqual([]);
  });
  it('rejects an unknown weekday', () => {
    expect(openingHoursProblems('Xy 10:00-12:00')[0]).toMatch(/not valid opening_hours notation/);
  });
  it.each(['Wd 10:00-18:00', 'Pn 10:00-18:00', 'Mon 10:00-18:00'])(
    'rejects a weekday the library would only guess at: %s',
    (value) => {
      expect(openingHoursProblems(value)[0]).toMatch(/^not accepted as written: /);
    },
  );
  it('rejects hours without minutes and rules run together', () => {
    expect(openingHoursProblems('We 10-18')).toHaveLength(1);
    expect(openingHoursProblems('Mo 10:00-18:00 Tu 09:00-10:00').length).toBeGreaterThan(0);
  });
  it('rejects 25:00', () => {
    expect(openingHoursProblems('Mo 10:00-25:00')).toEqual(['"10:00-25:00" is not a time of day (00:00–24:00)']);
  });
  it('rejects a range that ends before it starts', () => {
    expect(openingHoursProblems('Mo 18:00-10:00')).toEqual(['"18:00-10:00" ends before it starts']);
  });
  it('rejects overlapping ranges', () => {
    expect(openingHoursProblems('Mo 10:00-14:00,13:00-16:00')).toEqual([
      'ranges overlap in "Mo 10:00-14:00,13:00-16:00"',
    ]);
  });
});

describe('weeklySchedule', () => {
  it('gives each weekday its ranges in minutes', () => {
    const week = weeklySchedule(wroclawHours);
    expect(week.Mo).toEqual([[600, 1080]]);
    expect(week.Tu).toEqual([[510, 990]]);
    expect(week.We).toEqual([]);
    expect(week.Th).toEqual([[510, 990]]);
    expect(week.Su).toEqual([]);
  });
  it('keeps two ranges on one day apart', () => {
    expect(weeklySchedule('Fr 08:00-12:00,13:00-16:00').Fr).toEqual([
      [480, 720],
      [780, 960],
    ]);
  });
});

describe('public holidays', () => {
  it('knows fixed and movable Polish holidays, with 24 December since 2025', () => {
    const days = polishPublicHolidays(2027, 2027);
    expect(days).toContain('2027-03-29'); // Easter Monday
    expect(days).toContain('2027-05-27'); // Corpus Christi
    expect(days).toContain('2027-12-24');
    expect(days).toContain('2027-11-11');
    expect(days).not.toContain('2027-12-23');
  });
  it('reads "PH off"', () => {
    expect(closedOnPublicHolidays('Mo 10:00-18:00; PH off')).toBe(true);
    expect(closedOnPublicHolidays('Mo 10:00-18:00')).toBe(false);
  });
});

describe('projectionProblems', () => {
  it.each([
    wroclawHours,
    'We 10:00-18:00; Fr 09:00-17:00; PH off',
    'Mo-Fr 08:00-12:00,13:00-16:00; PH off',
    // Without "PH off" the office keeps its hours on holidays, and every output says so.
    'Mo 10:00-18:00',
    // 24 December is a public holiday: closing it again changes nothing the site shows.
    'Mo-Fr 10:00-18:00; PH off; Dec 24 off',
  ])('accepts hours that are the same every week: %s', (value) => {
    expect(projectionProblems(value, 2026, 2028)).toEqual([]);
  });

  it.each([
    [
      'hours for part of the year',
      'Jan-Jun Mo 10:00-18:00; Jul-Dec Tu 10:00-12:00',
      /on 2026-07-06 \(Mo\) .* means closed and the site would show 10:00-18:00/,
    ],
    [
      'a nth weekday of the month',
      'Mo[1] 10:00-12:00',
      /on 2026-01-05 \(Mo\) .* means 10:00-12:00 and the site would show closed/,
    ],
    [
      'a date closed without "PH off"',
      'Mo-Fr 10:00-18:00; Dec 31 off',
      /on 2026-12-31 \(Th\) .* means closed and the site would show 10:00-18:00/,
    ],
    [
      'hours on public holidays',
      'Mo-Fr 10:00-18:00; PH 10:00-12:00',
      /on 2026-01-01 \(Th\) .* means 10:00-12:00 and the site would show 10:00-18:00/,
    ],
    [
      'holiday hours alone',
      'PH 10:00-12:00',
      /on 2026-01-01 \(Th\) .* means 10:00-12:00 and the site would show closed/,
    ],
    [
      'public holidays closed in other words',
      'Mo-Fr 10:00-18:00; PH closed',
      /on 2026-01-01 \(Th\) .* means closed and the site would show 10:00-18:00/,
    ],
    [
      'a rule for one year',
      'Mo 10:00-18:00; 2027 Mo 10:00-12:00',
      /on 2027-01-04 \(Mo\) .* means 10:00-12:00 and the site would show 10:00-18:00/,
    ],
    [
      'hours past midnight',
      'Fr 22:00-02:00',
      /on 2026-01-03 \(Sa\) .* means 00:00-02:00 and the site would show closed/,
    ],
  ])('refuses %s, naming the first day that would be shown wrong', (_name, value, message) => {
    expect(projectionProblems(value, 2026, 2028)).toEqual([expect.stringMatching(message)]);
  });
});
