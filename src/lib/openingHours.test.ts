import { describe, expect, it } from 'vitest';
import { closedOnPublicHolidays, openingHoursProblems, polishPublicHolidays, weeklySchedule } from './openingHours';

describe('openingHoursProblems', () => {
  it('accepts the offices’ notation', () => {
    expect(openingHoursProblems('Mo 10:00-18:00; Tu,Th 08:30-16:30; PH off')).toEqual([]);
  });
  it('rejects an unknown weekday', () => {
    expect(openingHoursProblems('Xy 10:00-12:00')[0]).toMatch(/not valid opening_hours notation/);
  });
  it.each(['Wd 10:00-18:00', 'Pn 10:00-18:00', 'Mon 10:00-18:00'])('rejects a weekday the library would only guess at: %s', (value) => {
    expect(openingHoursProblems(value)[0]).toMatch(/^not accepted as written: /);
  });
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
    const week = weeklySchedule('Mo 10:00-18:00; Tu,Th 08:30-16:30; PH off');
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
