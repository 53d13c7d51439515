// The whole directory as one JSON document other directories can import, modelled on Open Referral's
// Human Services Data Specification (HSDS 2.0): its tables (organizations, services, locations,
// services_at_location, physical_addresses, phones, contacts, schedules, holiday_schedules, languages,
// accessibility_for_disabilities) as arrays of records with HSDS field names.
// Deviations, stated in `meta`: ids are readable strings, not UUIDs; times are Europe/Warsaw wall-clock
// times without a UTC offset (the offset changes with daylight-saving time).
import type { Helpline, Office } from './dataSchemas.ts';
import { isoDate, warsawTimeZone } from './dates.ts';
import { clock } from './hoursFormat.ts';
import { inLocale, type Locale } from './locales.ts';
import { internationalNumber } from './phone.ts';
import { weekdays, type WeeklySchedule } from './week.ts';

export interface HsdsProgramme {
  /** Page key, e.g. "post-penitentiary". */
  key: string;
  name: string;
  description: string;
  /** Absolute URL of the programme's page. */
  url: string;
  /** The programme's time (content/data/programmes.yaml), in the feed's language. */
  time: {
    /** "defunct" where the source says the project ended; undefined where nothing establishes a status. */
    status: 'defunct' | undefined;
    /** When it ran or what period the source describes, and what we do not know. */
    alert: string;
    /** The day the entry was compared with its source (ISO date). */
    assuredDate: string;
  };
}

export interface HsdsOffice {
  office: Office;
  name: string;
  schedule: WeeklySchedule;
  closedOnHolidays: boolean;
}

export interface HsdsInput {
  programmes: readonly HsdsProgramme[];
  offices: readonly HsdsOffice[];
  helplines: readonly { id: string; line: Helpline }[];
  /** Public holidays (ISO dates) the holiday_schedules list, for offices closed on them. */
  holidays: readonly string[];
  /** Texts in the feed's language. */
  text: { publicNumbers: string; publicNumbersDescription: string; language: Locale };
  /** Where the directory lives (absolute URL) and when the feed was built (ISO date). */
  source: string;
  generated: string;
}

const byday = { Mo: 'MO', Tu: 'TU', We: 'WE', Th: 'TH', Fr: 'FR', Sa: 'SA', Su: 'SU' } as const;

/** An organization for lines that belong to no programme (112, 116 111, 116 123). */
const publicNumbersId = 'organization-public-numbers';

export function hsdsFeed(input: HsdsInput) {
  const { programmes, offices, helplines, holidays, text } = input;
  const language = text.language;
  const usedProgrammes = new Set([
    ...offices.flatMap((o) => o.office.programmes),
    ...helplines.flatMap((h) => h.line.programmes),
  ]);
  const orgs = programmes.filter((p) => usedProgrammes.has(p.key));
  const organizationOf = (keys: readonly string[]) => (keys[0] ? `organization-${keys[0]}` : publicNumbersId);

  const organizations = [
    ...orgs.map((p) => ({ id: `organization-${p.key}`, name: p.name, description: p.description, url: p.url })),
    { id: publicNumbersId, name: text.publicNumbers, description: text.publicNumbersDescription, url: input.source },
  ];

  // A programme's service says what its source establishes about time: `status` only where the source gives
  // one (the project ended), the time and what we do not know in `alert`, and `assured_date` the day the
  // entry was compared with the source. Lines outside any programme (112, 116 …) are public and active.
  const timeOf = (keys: readonly string[]) => programmes.find((p) => p.key === keys[0])?.time;
  const timeFields = (time: HsdsProgramme['time']) => ({
    ...(time.status ? { status: time.status } : {}),
    alert: time.alert,
    assured_date: time.assuredDate,
  });
  const withOffices = new Set(offices.flatMap((o) => o.office.programmes));
  const services = [
    ...orgs
      .filter((p) => withOffices.has(p.key))
      .map((p) => ({
        id: `service-${p.key}`,
        organization_id: `organization-${p.key}`,
        name: p.name,
        description: p.description,
        url: p.url,
        ...timeFields(p.time),
      })),
    ...helplines.map(({ id, line }) => {
      const time = timeOf(line.programmes);
      return {
        id: `service-${id}`,
        organization_id: organizationOf(line.programmes),
        name: inLocale(line.name, language),
        description: [inLocale(line.description, language), line.missing?.[language]].filter(Boolean).join(' '),
        ...(line.email ? { email: line.email } : {}),
        // A programme's line: the project's end does not say the line stopped, so no status either way.
        ...(time
          ? { alert: time.alert, assured_date: time.assuredDate }
          : line.number || line.email
            ? { status: 'active' }
            : {}),
      };
    }),
  ];

  const locations = offices.map(({ office, name }) => ({
    id: `location-${office.id}`,
    organization_id: organizationOf(office.programmes),
    name,
    ...(office.notice ? { description: inLocale(office.notice, language) } : {}),
    ...(office.geo ? { latitude: office.geo.lat, longitude: office.geo.lon } : {}),
  }));

  const servicesAtLocation = offices.flatMap(({ office }) =>
    office.programmes.map((key) => ({
      id: `service-at-location-${key}-${office.id}`,
      service_id: `service-${key}`,
      location_id: `location-${office.id}`,
    })),
  );

  const physicalAddresses = offices.map(({ office }) => ({
    id: `address-${office.id}`,
    location_id: `location-${office.id}`,
    address_1: office.address.street,
    city: office.address.city,
    state_province: office.address.voivodeship,
    postal_code: office.address.postalCode,
    country: 'PL',
  }));

  const phones = [
    ...offices.flatMap(({ office }) =>
      office.phones.map((phone, index) => ({
        id: `phone-${office.id}-${index + 1}`,
        location_id: `location-${office.id}`,
        number: internationalNumber(phone.number),
        type: phone.kind === 'sms' ? 'text' : 'voice',
        ...(office.languages ? { language: office.languages.join(',') } : {}),
      })),
    ),
    ...helplines.flatMap(({ id, line }) =>
      line.number
        ? [
            {
              id: `phone-${id}`,
              service_id: `service-${id}`,
              number: line.number,
              type: 'voice',
              description: line.hours ?? '',
            },
          ]
        : [],
    ),
  ];

  const contacts = offices.flatMap(({ office }) =>
    office.contactPerson
      ? [
          {
            id: `contact-${office.id}`,
            service_at_location_id: `service-at-location-${office.programmes[0]}-${office.id}`,
            name: office.contactPerson,
          },
        ]
      : [],
  );

  const schedules = offices.flatMap(({ office, schedule }) =>
    weekdays.flatMap((day) =>
      schedule[day].map(([start, end], index) => ({
        id: `schedule-${office.id}-${byday[day].toLowerCase()}-${index + 1}`,
        location_id: `location-${office.id}`,
        freq: 'WEEKLY',
        byday: byday[day],
        opens_at: clock(start),
        closes_at: clock(end),
      })),
    ),
  );

  // Holidays once per service when all its offices close on them (the usual case), else per office:
  // at 2,500 offices, per-office rows would make the feed many megabytes of the same dates.
  const closedDays = (owner: { service_id: string } | { location_id: string }, key: string) =>
    holidays.map((day) => ({ id: `holiday-${key}-${day}`, ...owner, closed: true, start_date: day, end_date: day }));
  // Computed once: asking "do all its offices close?" per office would read every office again (quadratic).
  const openOnHolidays = new Set(offices.filter((o) => !o.closedOnHolidays).flatMap((o) => o.office.programmes));
  const closesOnHolidays = (key: string) => !openOnHolidays.has(key);
  const holidaySchedules = [
    ...[...withOffices].filter(closesOnHolidays).flatMap((key) => closedDays({ service_id: `service-${key}` }, key)),
    ...offices
      .filter(({ office, closedOnHolidays }) => closedOnHolidays && !office.programmes.every(closesOnHolidays))
      .flatMap(({ office }) => closedDays({ location_id: `location-${office.id}` }, office.id)),
  ];

  const languages = offices.flatMap(({ office }) =>
    (office.languages ?? []).map((code) => ({
      id: `language-${office.id}-${code}`,
      location_id: `location-${office.id}`,
      language: code,
    })),
  );

  const accessibility = offices.flatMap(({ office }) =>
    office.stepFree === undefined
      ? []
      : [
          {
            id: `accessibility-${office.id}`,
            location_id: `location-${office.id}`,
            accessibility: office.stepFree ? 'step-free access' : 'no step-free access',
          },
        ],
  );

  return {
    meta: {
      specification: 'Open Referral Human Services Data Specification (HSDS) 2.0, tables as JSON arrays',
      deviations:
        'ids are readable strings, not UUIDs; opens_at and closes_at are local times in the time zone below; ' +
        'a programme\'s service has a status only where its source establishes one ("defunct": the project ended); ' +
        'where the source describes a service up to a date and nothing later confirms it runs, status is left out ' +
        'and alert says what period the source describes and what we do not know',
      assured_date:
        'the day the entry was compared with its source text; it does not mean anyone confirmed on that day that the service runs',
      timezone: warsawTimeZone,
      holidays:
        'holiday_schedules list the Polish public holidays, from the year of `generated` to two years after it, on which offices are closed',
      language,
      source: input.source,
      generated: input.generated,
      // The latest day an office entry was compared with its source (see assured_date).
      last_checked: offices.reduce(
        (latest, { office }) => (isoDate(office.lastChecked) > latest ? isoDate(office.lastChecked) : latest),
        '',
      ),
    },
    organizations,
    services,
    locations,
    services_at_location: servicesAtLocation,
    physical_addresses: physicalAddresses,
    phones,
    contacts,
    schedules,
    holiday_schedules: holidaySchedules,
    languages,
    accessibility_for_disabilities: accessibility,
  };
}
