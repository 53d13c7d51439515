import { describe, expect, it } from 'vitest';
import { holidays, wroclawSchedule as wroclaw } from '../../tests/fixtures/directory';
import { useTranslations } from './i18n';
import { polishPublicHolidays } from './openingHours';
import { openingStatus } from './openingStatus';
import { sourceStatusText, statusText } from './openingStatusText';
import { pastSourcePeriod } from './sourcePeriod';
import { statusStrings } from './statusStrings';

// The site's own words, as the browser gets them; non-breaking spaces read as spaces here.
const strings = {
  en: statusStrings(useTranslations('en'), 'en-GB'),
  pl: statusStrings(useTranslations('pl'), 'pl-PL'),
};
function line(instant: string, locale: 'en' | 'pl', options = {}): string {
  const status = openingStatus(wroclaw, holidays, new Date(instant), options);
  if (!status) throw new Error(`no status at ${instant}`);
  return statusText(status, strings[locale], locale === 'pl' ? 'pl-PL' : 'en-GB').replaceAll('\u00A0', ' ');
}

function readsInBothLanguages(_name: string, instant: string, en: string, pl: string): void {
  expect(line(instant, 'en')).toBe(en);
  expect(line(instant, 'pl')).toBe(pl);
}

describe('the open-now line at each boundary, in both languages', () => {
  it.each([
    // Monday 23 November 2026, winter time (UTC+1): opens at 10:00, closes at 18:00.
    [
      'an hour before opening',
      '2026-11-23T09:00:00+01:00',
      'Closed now, opens today at 10:00',
      'Zamknięte teraz, otwarte dziś od 10:00',
    ],
    ['59 minutes before opening', '2026-11-23T09:01:00+01:00', 'Opens in 59 minutes', 'Otwarcie za 59 minut'],
    ['40 minutes before opening', '2026-11-23T09:20:00+01:00', 'Opens in 40 minutes', 'Otwarcie za 40 minut'],
    ['one minute before opening', '2026-11-23T09:59:00+01:00', 'Opens in 1 minute', 'Otwarcie za minutę'],
    ['half a minute before opening', '2026-11-23T09:59:30+01:00', 'Opens in 1 minute', 'Otwarcie za minutę'],
    ['at opening', '2026-11-23T10:00:00+01:00', 'Open now, closes at 18:00', 'Otwarte teraz, zamyka się o 18:00'],
    [
      'an hour before closing',
      '2026-11-23T17:00:00+01:00',
      'Open now, closes at 18:00',
      'Otwarte teraz, zamyka się o 18:00',
    ],
    [
      '59 minutes before closing',
      '2026-11-23T17:01:00+01:00',
      'Open now, closes in 59 minutes',
      'Otwarte teraz, zamyka się za 59 minut',
    ],
    [
      '25 minutes before closing',
      '2026-11-23T17:35:00+01:00',
      'Open now, closes in 25 minutes',
      'Otwarte teraz, zamyka się za 25 minut',
    ],
    [
      '22 minutes before closing',
      '2026-11-23T17:38:00+01:00',
      'Open now, closes in 22 minutes',
      'Otwarte teraz, zamyka się za 22 minuty',
    ],
    [
      '5 minutes before closing',
      '2026-11-23T17:55:00+01:00',
      'Open now, closes in 5 minutes',
      'Otwarte teraz, zamyka się za 5 minut',
    ],
    [
      '2 minutes before closing',
      '2026-11-23T17:58:00+01:00',
      'Open now, closes in 2 minutes',
      'Otwarte teraz, zamyka się za 2 minuty',
    ],
    [
      'one minute before closing',
      '2026-11-23T17:59:00+01:00',
      'Open now, closes in 1 minute',
      'Otwarte teraz, zamyka się za minutę',
    ],
    [
      'at closing',
      '2026-11-23T18:00:00+01:00',
      'Closed now, opens tomorrow at 8:30',
      'Zamknięte teraz, otwarte jutro od 8:30',
    ],
    [
      'on a day without hours',
      '2026-11-25T12:00:00+01:00',
      'Closed now, opens tomorrow at 8:30',
      'Zamknięte teraz, otwarte jutro od 8:30',
    ],
    [
      'on a Friday',
      '2026-11-27T12:00:00+01:00',
      'Closed now, opens Monday at 10:00',
      'Zamknięte teraz, otwarte w poniedziałek od 10:00',
    ],
  ])('%s', readsInBothLanguages);
});

describe('on public holidays', () => {
  it.each([
    [
      'Easter Monday (6 April 2026)',
      '2026-04-06T12:00:00+02:00',
      'Closed today (public holiday), opens tomorrow at 8:30',
      'Dziś zamknięte (święto), otwarte jutro od 8:30',
    ],
    [
      'Christmas Eve (a Thursday), then Christmas and the weekend',
      '2026-12-24T12:00:00+01:00',
      'Closed today (public holiday), opens Monday at 10:00',
      'Dziś zamknięte (święto), otwarte w poniedziałek od 10:00',
    ],
    [
      'half an hour before the usual opening: no "opens in 30 minutes" on a holiday',
      '2026-12-24T08:00:00+01:00',
      'Closed today (public holiday), opens Monday at 10:00',
      'Dziś zamknięte (święto), otwarte w poniedziałek od 10:00',
    ],
  ])('%s', readsInBothLanguages);
});

describe('across the clock changes in Warsaw', () => {
  it.each([
    // Clocks go forward on Sunday 29 March 2026 (02:00 CET → 03:00 CEST); Monday's 10:00 is 08:00 UTC.
    [
      'the Saturday before the spring change',
      '2026-03-28T12:00:00+01:00',
      'Closed now, opens Monday at 10:00',
      'Zamknięte teraz, otwarte w poniedziałek od 10:00',
    ],
    [
      'the night of the spring change, just after it',
      '2026-03-29T01:00:00Z',
      'Closed now, opens tomorrow at 10:00',
      'Zamknięte teraz, otwarte jutro od 10:00',
    ],
    ['40 minutes before opening in summer time', '2026-03-30T07:20:00Z', 'Opens in 40 minutes', 'Otwarcie za 40 minut'],
    ['one minute before opening in summer time', '2026-03-30T07:59:00Z', 'Opens in 1 minute', 'Otwarcie za minutę'],
    [
      'at opening in summer time',
      '2026-03-30T08:00:00Z',
      'Open now, closes at 18:00',
      'Otwarte teraz, zamyka się o 18:00',
    ],
    [
      '25 minutes before closing in summer time',
      '2026-03-30T15:35:00Z',
      'Open now, closes in 25 minutes',
      'Otwarte teraz, zamyka się za 25 minut',
    ],
    [
      'at closing in summer time',
      '2026-03-30T16:00:00Z',
      'Closed now, opens tomorrow at 8:30',
      'Zamknięte teraz, otwarte jutro od 8:30',
    ],
    // Clocks go back on Sunday 25 October 2026 (03:00 CEST → 02:00 CET); Monday's 10:00 is 09:00 UTC.
    [
      'the Friday before the autumn change',
      '2026-10-23T18:00:00+02:00',
      'Closed now, opens Monday at 10:00',
      'Zamknięte teraz, otwarte w poniedziałek od 10:00',
    ],
    [
      'the second 02:30 of the autumn change',
      '2026-10-25T01:30:00Z',
      'Closed now, opens tomorrow at 10:00',
      'Zamknięte teraz, otwarte jutro od 10:00',
    ],
    ['one minute before opening in winter time', '2026-10-26T08:59:00Z', 'Opens in 1 minute', 'Otwarcie za minutę'],
    [
      'at opening in winter time',
      '2026-10-26T09:00:00Z',
      'Open now, closes at 18:00',
      'Otwarte teraz, zamyka się o 18:00',
    ],
    [
      'one minute before closing in winter time',
      '2026-10-26T16:59:00Z',
      'Open now, closes in 1 minute',
      'Otwarte teraz, zamyka się za minutę',
    ],
  ])('%s', readsInBothLanguages);
});

describe('at the turn of the year', () => {
  it.each([
    // 31 December 2026 is a Thursday (8:30–16:30); 1 January is a holiday (Friday); next is Monday 4 January.
    [
      '25 minutes before closing on 31 December',
      '2026-12-31T16:05:00+01:00',
      'Open now, closes in 25 minutes',
      'Otwarte teraz, zamyka się za 25 minut',
    ],
    [
      'at closing on 31 December',
      '2026-12-31T16:30:00+01:00',
      'Closed now, opens Monday at 10:00',
      'Zamknięte teraz, otwarte w poniedziałek od 10:00',
    ],
    [
      'the last minute of the year',
      '2026-12-31T23:59:00+01:00',
      'Closed now, opens Monday at 10:00',
      'Zamknięte teraz, otwarte w poniedziałek od 10:00',
    ],
    [
      'the first minute of the new year, a holiday',
      '2027-01-01T00:00:00+01:00',
      'Closed today (public holiday), opens Monday at 10:00',
      'Dziś zamknięte (święto), otwarte w poniedziałek od 10:00',
    ],
    [
      'UTC still in the old year, Warsaw already in the new',
      '2026-12-31T23:30:00Z',
      'Closed today (public holiday), opens Monday at 10:00',
      'Dziś zamknięte (święto), otwarte w poniedziałek od 10:00',
    ],
  ])('%s', readsInBothLanguages);

  it('names the date when the next opening is a week or more away', () => {
    const options = { closedUntil: '2027-01-06' };
    expect(line('2026-12-29T09:00:00+01:00', 'en', options)).toBe('Closed now, opens Thursday 7 January at 8:30');
    expect(line('2026-12-29T09:00:00+01:00', 'pl', options)).toBe(
      'Zamknięte teraz, otwarte w czwartek 7 stycznia od 8:30',
    );
  });
});

describe('Polish minutes', () => {
  // After "za" Polish takes the accusative: "za minutę", "za 2 minuty", "za 5 minut", "za 22 minuty".
  const open = (closesIn: number) => ({ open: true, until: 18 * 60, closesIn });
  const soon = (inMinutes: number) => ({
    open: false,
    opensAt: { date: '2026-11-23', weekday: 'Mo' as const, minutes: 600, inDays: 0, inMinutes },
  });
  it.each([
    [1, 'zamyka się za minutę', 'Otwarcie za minutę', 'closes in 1 minute'],
    [2, 'zamyka się za 2 minuty', 'Otwarcie za 2 minuty', 'closes in 2 minutes'],
    [4, 'zamyka się za 4 minuty', 'Otwarcie za 4 minuty', 'closes in 4 minutes'],
    [5, 'zamyka się za 5 minut', 'Otwarcie za 5 minut', 'closes in 5 minutes'],
    [12, 'zamyka się za 12 minut', 'Otwarcie za 12 minut', 'closes in 12 minutes'],
    [21, 'zamyka się za 21 minut', 'Otwarcie za 21 minut', 'closes in 21 minutes'],
    [22, 'zamyka się za 22 minuty', 'Otwarcie za 22 minuty', 'closes in 22 minutes'],
    [25, 'zamyka się za 25 minut', 'Otwarcie za 25 minut', 'closes in 25 minutes'],
  ])('%i', (minutes, closesPl, opensPl, closesEn) => {
    expect(statusText(open(minutes), strings.pl, 'pl-PL')).toBe(`Otwarte teraz, ${closesPl}`);
    expect(statusText(soon(minutes), strings.pl, 'pl-PL')).toBe(opensPl);
    expect(statusText(open(minutes), strings.en, 'en-GB')).toBe(`Open now, ${closesEn}`);
  });
});

describe('past the period its source describes', () => {
  const sourceLine = (instant: string, locale: 'en' | 'pl'): string => {
    const now = new Date(instant);
    const status = openingStatus(wroclaw, polishPublicHolidays(2025, 2027), now);
    if (!status) throw new Error(`no status at ${instant}`);
    const intl = locale === 'pl' ? 'pl-PL' : 'en-GB';
    const past = pastSourcePeriod('2025-12-31', now);
    return sourceStatusText(status, strings[locale], intl, '2025-12-31', past).replaceAll('\u00A0', ' ');
  };

  it.each([
    // Monday 23 November 2026, the office's source describes it up to the end of 2025.
    [
      'open',
      '2026-11-23T12:00:00+01:00',
      "By the source's hours (as of 2025), it would be open now, until 18:00",
      'Według godzin ze źródła (stan na 2025 r.) byłoby teraz otwarte do 18:00',
    ],
    [
      'closing soon',
      '2026-11-23T17:35:00+01:00',
      "By the source's hours (as of 2025), it would be open now for another 25 minutes",
      'Według godzin ze źródła (stan na 2025 r.) byłoby teraz otwarte jeszcze przez 25 minut',
    ],
    [
      'opening soon',
      '2026-11-23T09:20:00+01:00',
      "By the source's hours (as of 2025), it would open in 40 minutes",
      'Według godzin ze źródła (stan na 2025 r.) otwarcie byłoby za 40 minut',
    ],
    [
      'closed',
      '2026-11-23T19:00:00+01:00',
      "By the source's hours (as of 2025), it would be closed now, and would open tomorrow at 8:30",
      'Według godzin ze źródła (stan na 2025 r.) byłoby teraz zamknięte, otwarte jutro od 8:30',
    ],
    [
      'a public holiday, the first minute past the period',
      '2026-01-01T00:00:00+01:00',
      "By the source's hours (as of 2025), it would be closed today (public holiday), and would open Monday at 10:00",
      'Według godzin ze źródła (stan na 2025 r.) byłoby dziś zamknięte (święto), otwarte w poniedziałek od 10:00',
    ],
  ])('%s', (_name, instant, en, pl) => {
    expect(sourceLine(instant, 'en')).toBe(en);
    expect(sourceLine(instant, 'pl')).toBe(pl);
  });

  it('reads as before on the period’s last minute', () => {
    expect(sourceLine('2025-12-31T23:59:00+01:00', 'en')).toBe('Closed now, opens Monday at 10:00');
    expect(sourceLine('2025-12-31T23:59:00+01:00', 'pl')).toBe('Zamknięte teraz, otwarte w poniedziałek od 10:00');
  });
});
