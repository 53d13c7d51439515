import { describe, expect, it } from 'vitest';
import { useTranslations } from './i18n';
import { countText, noneOpenText, openNowSummary, type ListedOffice } from './openNowFilter';
import type { OpeningStatus } from './openingStatus';
import { whenText, type StatusStrings } from './openingStatusText';
import type { FillValues } from './fill';
import { pluralize, type PluralForms } from './plural';
import { filterStrings, statusStrings } from './statusStrings';

const plural = (intlLocale: string) => (forms: PluralForms, count: number, values?: FillValues) =>
  pluralize(forms, count, intlLocale, values);
const when = (strings: StatusStrings, intlLocale: string) => (opensAt: Parameters<typeof whenText>[0]) =>
  whenText(opensAt, strings, intlLocale);

const t = { en: useTranslations('en'), pl: useTranslations('pl') };
const filters = { en: filterStrings(t.en, 'en-GB'), pl: filterStrings(t.pl, 'pl-PL') };
const statuses = { en: statusStrings(t.en, 'en-GB'), pl: statusStrings(t.pl, 'pl-PL') };
const nbsp = (text: string) => text.replaceAll('\u00A0', ' ');

const open: OpeningStatus = { open: true, until: 18 * 60, closesIn: 120 };
const closed = (date: string, weekday: 'Mo' | 'Tu' | 'We', minutes: number, inDays: number): OpeningStatus => ({
  open: false,
  opensAt: { date, weekday, minutes, inDays },
});

describe('openNowSummary', () => {
  it('counts the open offices and names no next opening while one is open', () => {
    const list: ListedOffice[] = [
      { name: 'A', status: open },
      { name: 'B', status: closed('2026-11-24', 'Tu', 510, 1) },
      { name: 'C', status: open },
    ];
    expect(openNowSummary(list)).toEqual({ open: 2, total: 3 });
  });

  it('finds the office that opens first when none is open, by day and then by time', () => {
    const list: ListedOffice[] = [
      { name: 'Wednesday', status: closed('2026-11-25', 'We', 600, 2) },
      { name: 'Tuesday late', status: closed('2026-11-24', 'Tu', 600, 1) },
      { name: 'Tuesday early', status: closed('2026-11-24', 'Tu', 510, 1) },
      { name: 'No hours', status: { open: false } },
    ];
    expect(openNowSummary(list).next).toEqual({
      name: 'Tuesday early',
      opensAt: { date: '2026-11-24', weekday: 'Tu', minutes: 510, inDays: 1 },
    });
  });

  it('has no next opening to name when no office has one', () => {
    expect(openNowSummary([{ name: 'A', status: { open: false } }])).toEqual({ open: 0, total: 1 });
  });
});

describe('the live count', () => {
  it.each([
    [3, 5, 'Showing 3 of 5 offices', 'Pokazujemy 3 z 5 biur'],
    [1, 1, 'Showing 1 of 1 office', 'Pokazujemy 1 z 1 biura'],
    [0, 2, 'Showing 0 of 2 offices', 'Pokazujemy 0 z 2 biur'],
    [4, 22, 'Showing 4 of 22 offices', 'Pokazujemy 4 z 22 biur'],
    [40, 40, 'Showing 40 of 40 offices', 'Pokazujemy 40 z 40 biur'],
  ])('%i of %i', (shown, total, en, pl) => {
    expect(countText(shown, total, filters.en, plural('en-GB'), false)).toBe(en);
    expect(nbsp(countText(shown, total, filters.pl, plural('pl-PL'), false))).toBe(pl);
  });

  it('says "on this page" when the list is one page of several', () => {
    expect(countText(3, 40, filters.en, plural('en-GB'), true)).toBe('Showing 3 of 40 offices on this page');
    expect(nbsp(countText(3, 40, filters.pl, plural('pl-PL'), true))).toBe('Pokazujemy 3 z 40 biur na tej stronie');
  });
});

describe('when none is open', () => {
  const none = openNowSummary([
    { name: 'Office in Opole', status: closed('2026-11-25', 'We', 600, 2) },
    { name: 'Office in Wrocław', status: closed('2026-11-24', 'Tu', 510, 1) },
  ]);

  it('says so and names the office that opens first, and when', () => {
    expect(noneOpenText(none, filters.en, when(statuses.en, 'en-GB'))).toBe(
      'None of these offices is open now. Office in Wrocław opens first, tomorrow at 8:30.',
    );
    const polish = openNowSummary([{ name: 'Biuro we Wrocławiu', status: closed('2026-11-30', 'Mo', 600, 4) }]);
    expect(nbsp(noneOpenText(polish, filters.pl, when(statuses.pl, 'pl-PL')))).toBe(
      'Żadne biuro z tej listy nie jest teraz otwarte. Najwcześniej, w poniedziałek od 10:00, otwarte będzie Biuro we Wrocławiu.',
    );
  });

  it('says only that none is open when no opening is known', () => {
    expect(
      noneOpenText(openNowSummary([{ name: 'A', status: { open: false } }]), filters.en, when(statuses.en, 'en-GB')),
    ).toBe('None of these offices is open now.');
  });

  it('says nothing while an office is open', () => {
    expect(noneOpenText(openNowSummary([{ name: 'A', status: open }]), filters.en, when(statuses.en, 'en-GB'))).toBe(
      '',
    );
  });
});
