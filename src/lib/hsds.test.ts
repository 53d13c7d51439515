import { describe, expect, it } from 'vitest';
import { familiesHelpline, wroclawOffice } from '../../tests/fixtures/directory';
import { hsdsFeed, type HsdsInput } from './hsds';
import { weeklySchedule } from './openingHours';

const office = wroclawOffice;
const line = familiesHelpline;

const input: HsdsInput = {
  programmes: [
    {
      key: 'post-penitentiary',
      name: 'Pomoc postpenitencjarna',
      description: 'Opis.',
      url: 'https://x.pl/pomoc/',
      time: {
        status: undefined,
        alert: 'Źródło opisuje projekt do końca 2025 r. Nie potwierdziliśmy, że działa później.',
        assuredDate: '2026-11-23',
      },
    },
    {
      key: 'family-together',
      name: 'Rodzina razem',
      description: 'Opis.',
      url: 'https://x.pl/rodzina/',
      time: {
        status: 'defunct',
        alert: 'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
        assuredDate: '2026-11-23',
      },
    },
  ],
  offices: [{ office, name: 'Pomoc – Wrocław', schedule: weeklySchedule(office.openingHours), closedOnHolidays: true }],
  helplines: [{ id: 'families-helpline', line }],
  holidays: ['2026-12-24', '2026-12-25'],
  text: { publicNumbers: 'Numery', publicNumbersDescription: 'Opis.', language: 'pl' },
  source: 'https://x.pl/gdzie/',
  generated: '2026-11-23',
};
const feed = hsdsFeed(input);

describe('hsdsFeed', () => {
  it('links organization → service → location → address, with the contact person', () => {
    expect(feed.locations).toEqual([
      { id: 'location-wroclaw', organization_id: 'organization-post-penitentiary', name: 'Pomoc – Wrocław' },
    ]);
    expect(feed.services_at_location).toEqual([
      {
        id: 'service-at-location-post-penitentiary-wroclaw',
        service_id: 'service-post-penitentiary',
        location_id: 'location-wroclaw',
      },
    ]);
    expect(feed.physical_addresses[0]).toMatchObject({
      address_1: 'ul. Długa 66 C lok. 6',
      city: 'Wrocław',
      postal_code: '53-633',
      country: 'PL',
    });
    expect(feed.contacts[0]).toMatchObject({
      name: 'Monika Raniewicz',
      service_at_location_id: 'service-at-location-post-penitentiary-wroclaw',
    });
  });

  it('gives weekly schedules as RRULE parts and holidays as closed days of the service', () => {
    expect(feed.schedules.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual([
      ['MO', '10:00', '18:00'],
      ['TU', '08:30', '16:30'],
      ['TH', '08:30', '16:30'],
    ]);
    expect(feed.schedules[0]).toMatchObject({ freq: 'WEEKLY', location_id: 'location-wroclaw' });
    expect(feed.holiday_schedules).toEqual([
      {
        id: 'holiday-post-penitentiary-2026-12-24',
        service_id: 'service-post-penitentiary',
        closed: true,
        start_date: '2026-12-24',
        end_date: '2026-12-24',
      },
      {
        id: 'holiday-post-penitentiary-2026-12-25',
        service_id: 'service-post-penitentiary',
        closed: true,
        start_date: '2026-12-25',
        end_date: '2026-12-25',
      },
    ]);
  });

  it('lists holidays per office when the offices of a service differ', () => {
    const open = { ...office, id: 'opole', openingHours: 'We 10:00-18:00' };
    const mixed = hsdsFeed({
      ...input,
      offices: [
        input.offices[0]!,
        { office: open, name: 'Opole', schedule: weeklySchedule(open.openingHours), closedOnHolidays: false },
      ],
    });
    expect(mixed.holiday_schedules.map((h) => h.id)).toEqual([
      'holiday-wroclaw-2026-12-24',
      'holiday-wroclaw-2026-12-25',
    ]);
  });

  it('keeps a line without a number, says why, and claims no status for it', () => {
    const service = feed.services.find((s) => s.id === 'service-families-helpline');
    expect(service).toMatchObject({
      organization_id: 'organization-family-together',
      description: 'Opis. Brak numeru.',
    });
    expect(service).not.toHaveProperty('status');
    expect(feed.phones).toEqual([]);
  });

  it('claims no status for a programme its source describes only up to a date, and says why in alert', () => {
    const service = feed.services.find((s) => s.id === 'service-post-penitentiary');
    expect(service).not.toHaveProperty('status');
    expect(service).toMatchObject({
      alert: 'Źródło opisuje projekt do końca 2025 r. Nie potwierdziliśmy, że działa później.',
      assured_date: '2026-11-23',
    });
  });

  it('marks an ended project defunct', () => {
    const ended = hsdsFeed({
      ...input,
      offices: [{ ...input.offices[0]!, office: { ...office, programmes: ['family-together'] } }],
    });
    expect(ended.services.find((s) => s.id === 'service-family-together')).toMatchObject({
      status: 'defunct',
      assured_date: '2026-11-23',
    });
  });

  it("gives a programme's line its programme's time, but no status: a project's end does not say the line stopped", () => {
    const service = feed.services.find((s) => s.id === 'service-families-helpline');
    expect(service).toMatchObject({
      alert: 'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
      assured_date: '2026-11-23',
    });
    expect(service).not.toHaveProperty('status');
  });

  it('explains assured_date as the day the entry was compared with its source', () => {
    expect(feed.meta.assured_date).toMatch(/compared with its source/);
  });

  it('only names organizations that have something in the directory', () => {
    expect(feed.organizations.map((o) => o.id)).toEqual([
      'organization-post-penitentiary',
      'organization-family-together',
      'organization-public-numbers',
    ]);
  });
});
