import { describe, expect, it } from 'vitest';
import { officeSchema } from '../lib/dataSchemas';
import { buildHolidays } from './buildDay';
import { contactNote, officeView, viewText } from './officeView';
import { officeShareText } from './officeShare';

const named = officeSchema.parse({
  id: 'wroclaw',
  programmes: ['post-penitentiary'],
  name: { pl: 'Fundacja Przykładowa', en: 'Example Foundation' },
  contactPerson: 'Anna Nowak',
  address: { street: 'ul. Długa 66', postalCode: '53-633', city: 'Wrocław', voivodeship: 'dolnośląskie' },
  openingHours: 'Mo 10:00-18:00; Tu,Th 08:30-16:30; PH off',
  lastChecked: '2026-11-23',
  notice: { pl: 'Zamknięte do 6 stycznia.', en: 'Closed until 6 January.' },
  closedUntil: '2027-01-06',
});

const unnamed = officeSchema.parse({
  id: 'opole',
  programmes: ['post-penitentiary'],
  address: { street: 'ul. Krótka 1', postalCode: '45-001', city: 'Opole', cityIn: 'w Opolu', voivodeship: 'opolskie' },
  openingHours: 'Sa 10:00-14:00',
  lastChecked: '2026-11-23',
});

describe('office view', () => {
  it('parses the week once and gives it to the table, the open-now line and the feed alike', () => {
    const view = officeView(named);
    expect(view.schedule.Mo).toEqual([[600, 1080]]);
    expect(view.schedule.Tu).toEqual([[510, 990]]);
    expect(view.schedule.We).toEqual([]);
    expect(view.scheduleAttribute).toBe('600-1080;510-990;;510-990;;;');
    expect(officeView(named)).toBe(view);
  });

  it('closes on the public holidays of the build years only with "PH off"', () => {
    expect(officeView(named).closedOnHolidays).toBe(true);
    expect(officeView(named).holidayClosures).toEqual(buildHolidays());
    expect(officeView(unnamed).closedOnHolidays).toBe(false);
    expect(officeView(unnamed).holidayClosures).toEqual([]);
    expect(officeView(named).closedUntil).toBe('2027-01-06');
    expect(officeView(unnamed).closedUntil).toBeUndefined();
  });

  it('names the office in each language, from its name or its town', () => {
    expect(viewText(officeView(named), 'pl').title).toBe('Fundacja Przykładowa');
    expect(viewText(officeView(named), 'en').contactName).toBe('Example Foundation');
    // Polish typography keeps the one-letter "w" with the next word.
    expect(viewText(officeView(unnamed), 'pl').title).toBe('Biuro w\u00A0Opolu');
    expect(viewText(officeView(unnamed), 'en').title).toBe('Office in Opole');
    expect(viewText(officeView(unnamed), 'en').contactName).toBe('Help after prison – Opole');
  });

  it('words the hours and the address for readers', () => {
    expect(viewText(officeView(named), 'en').hoursInWords).toBe(
      'Monday 10:00–18:00, Tuesday 8:30–16:30, Thursday 8:30–16:30',
    );
    expect(viewText(officeView(named), 'pl').hoursInWords).toBe(
      'poniedziałek 10:00–18:00, wtorek 8:30–16:30, czwartek 8:30–16:30',
    );
    expect(officeView(named).addressLine).toBe('ul. Długa 66, 53-633 Wrocław');
  });

  it('gives the vCard note and the shared text from the same words', () => {
    const note = contactNote(officeView(named), 'en');
    expect(note).toContain('Closed until 6 January.');
    expect(note).toContain('Anna Nowak');
    expect(note).toContain('Monday 10:00–18:00');
    expect(officeShareText(named, 'en', '2025-12-31').split('\n')).toEqual([
      'Example Foundation',
      'Closed until 6 January.',
      'ul. Długa 66, 53-633 Wrocław',
      expect.stringMatching(/^Office hours by the source \(as of 2025; Polish time\): Monday 10:00–18:00/),
      'The source gives no hours for Polish public holidays; we assume the office is closed on them.',
    ]);
    // In a text of several offices the assumption is said once, not after each.
    expect(officeShareText(named, 'en', '2025-12-31', false).split('\n')).toHaveLength(4);
  });
});
