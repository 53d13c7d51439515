import { afterEach, describe, expect, it } from 'vitest';
import { holidays, wroclawSchedule as wroclaw } from '../../tests/fixtures/directory';
import { polishPublicHolidays, weeklySchedule } from './openingHours';
import { openingStatus, type OpeningStatus } from './openingStatus';
import { decodeSchedule, encodeSchedule } from './week';

/** A Warsaw wall-clock time given with its UTC offset, as an instant. */
const at = (iso: string) => new Date(iso);

describe('openingStatus', () => {
  const cases: [string, string, OpeningStatus | null][] = [
    [
      'open on a weekday inside the hours',
      '2026-11-23T12:00:00+01:00',
      { open: true, until: 18 * 60, closesIn: 6 * 60 },
    ],
    ['open at the minute of opening', '2026-11-23T10:00:00+01:00', { open: true, until: 18 * 60, closesIn: 8 * 60 }],
    ['open in the last minute', '2026-11-23T17:59:00+01:00', { open: true, until: 18 * 60, closesIn: 1 }],
    [
      'closed at the minute of closing, opening tomorrow',
      '2026-11-23T18:00:00+01:00',
      { open: false, opensAt: { date: '2026-11-24', weekday: 'Tu', minutes: 8 * 60 + 30, inDays: 1 } },
    ],
    [
      'closed before opening, opening later today',
      '2026-11-23T09:59:00+01:00',
      { open: false, opensAt: { date: '2026-11-23', weekday: 'Mo', minutes: 10 * 60, inDays: 0, inMinutes: 1 } },
    ],
    [
      'closed on a weekday without hours, opening the next day',
      '2026-11-25T12:00:00+01:00',
      { open: false, opensAt: { date: '2026-11-26', weekday: 'Th', minutes: 8 * 60 + 30, inDays: 1 } },
    ],
    [
      'closed over the weekend the clocks go forward, opening Monday in summer time',
      '2026-03-28T12:00:00+01:00',
      { open: false, opensAt: { date: '2026-03-30', weekday: 'Mo', minutes: 10 * 60, inDays: 2 } },
    ],
    [
      'open on the Monday after the clocks went forward (10:00 CEST = 08:00 UTC)',
      '2026-03-30T08:00:00Z',
      { open: true, until: 18 * 60, closesIn: 8 * 60 },
    ],
    [
      'not yet open at 09:59 CEST on that Monday',
      '2026-03-30T07:59:00Z',
      { open: false, opensAt: { date: '2026-03-30', weekday: 'Mo', minutes: 10 * 60, inDays: 0, inMinutes: 1 } },
    ],
    [
      'open on the Monday after the clocks went back (10:00 CET = 09:00 UTC)',
      '2026-10-26T09:00:00Z',
      { open: true, until: 18 * 60, closesIn: 8 * 60 },
    ],
    [
      'not yet open at 09:59 CET on that Monday',
      '2026-10-26T08:59:00Z',
      { open: false, opensAt: { date: '2026-10-26', weekday: 'Mo', minutes: 10 * 60, inDays: 0, inMinutes: 1 } },
    ],
    [
      'closed on Easter Monday (6 April 2026), opening Tuesday',
      '2026-04-06T12:00:00+02:00',
      { open: false, holiday: true, opensAt: { date: '2026-04-07', weekday: 'Tu', minutes: 8 * 60 + 30, inDays: 1 } },
    ],
    [
      'closed on 24 December 2026 (a Thursday), then Christmas and the weekend, opening Monday',
      '2026-12-24T12:00:00+01:00',
      { open: false, holiday: true, opensAt: { date: '2026-12-28', weekday: 'Mo', minutes: 10 * 60, inDays: 4 } },
    ],
    [
      'the holiday also counts for "opens": on 23 December the next opening skips 24 December',
      '2026-12-23T12:00:00+01:00',
      { open: false, opensAt: { date: '2026-12-28', weekday: 'Mo', minutes: 10 * 60, inDays: 5 } },
    ],
    ['no answer when the holiday list does not cover the year (a very old build)', '2030-01-07T12:00:00+01:00', null],
  ];
  it.each(cases)('%s', (_name, instant, expected) => {
    expect(openingStatus(wroclaw, holidays, at(instant))).toEqual(expected);
  });

  it('closes on Corpus Christi (4 June 2026) too', () => {
    const gdansk = weeklySchedule('Mo 10:00-18:00; Th 09:00-17:00; PH off');
    expect(openingStatus(gdansk, holidays, at('2026-06-04T12:00:00+02:00'))).toMatchObject({
      open: false,
      holiday: true,
    });
  });

  it('keeps its hours on holidays when the office does', () => {
    expect(openingStatus(wroclaw, holidays, at('2026-04-06T12:00:00+02:00'), { openOnHolidays: true })).toEqual({
      open: true,
      until: 18 * 60,
      closesIn: 6 * 60,
    });
  });

  it('counts a short-term closure as closed and finds the first day after it', () => {
    expect(openingStatus(wroclaw, holidays, at('2026-12-29T09:00:00+01:00'), { closedUntil: '2027-01-06' })).toEqual({
      open: false,
      opensAt: { date: '2027-01-07', weekday: 'Th', minutes: 8 * 60 + 30, inDays: 9 },
    });
  });

  it('says nothing about an opening beyond the covered years', () => {
    const lastYear = polishPublicHolidays(2026, 2026);
    expect(openingStatus(wroclaw, lastYear, at('2026-12-31T17:00:00+01:00'))).toEqual({ open: false });
  });

  it('has no opening to name for an office with no hours', () => {
    expect(openingStatus(weeklySchedule('off'), holidays, at('2026-11-23T12:00:00+01:00'))).toEqual({ open: false });
  });

  describe('for a reader in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('gives the Warsaw answer in %s', (zone) => {
      process.env.TZ = zone;
      // 17:30 in Warsaw is 11:30 in New York and already the next day in Tokyo at other times of year.
      expect(openingStatus(wroclaw, holidays, at('2026-11-23T17:30:00+01:00'))).toEqual({
        open: true,
        until: 18 * 60,
        closesIn: 30,
      });
      expect(openingStatus(wroclaw, holidays, at('2026-11-23T23:30:00+01:00'))).toMatchObject({
        open: false,
        opensAt: { date: '2026-11-24', minutes: 8 * 60 + 30 },
      });
    });
  });
});

describe('the schedule in a data- attribute', () => {
  it('survives the round trip', () => {
    const split = weeklySchedule('Mo-Fr 08:00-12:00,13:00-16:00; Sa 10:00-13:00');
    expect(encodeSchedule(wroclaw)).toBe('600-1080;510-990;;510-990;;;');
    expect(decodeSchedule(encodeSchedule(split))).toEqual(split);
  });
});
