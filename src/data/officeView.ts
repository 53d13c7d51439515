// One office as every part of the site shows it, worked out once per office and build: the hours table,
// the open-now line, the JSON-LD, the vCard, the share links and the data feed all read this, so none of
// them parses opening_hours, names the office or words its hours on its own (a directory of 25,000 offices
// would do each of these several times per office).
import type { Office } from '../lib/dataSchemas.ts';
import { isoDate } from '../lib/dates.ts';
import { formatCalendarDate, useTranslations } from '../lib/i18n.ts';
import { formatRanges, weekdayName } from '../lib/hoursFormat.ts';
import { inLocale, localeInfo, locales, type Locale } from '../lib/locales.ts';
import { closedOnPublicHolidays, weeklySchedule } from '../lib/openingHours.ts';
import { plainSpaces } from '../lib/typography.ts';
import { encodeSchedule, weekdays, type WeeklySchedule } from '../lib/week.ts';
import { buildHolidays } from './buildDay.ts';

/** What one language says about an office. */
export interface OfficeText {
  /** The office's heading on the site: its name, or "Biuro we Wrocławiu" from the town. */
  title: string;
  /** A name that makes sense in an address book or another directory: "Help after prison – Wrocław". */
  contactName: string;
  /** "Monday 10:00–18:00, Tuesday 08:30–16:30": the regular week in words. */
  hoursInWords: string;
}

export interface OfficeView {
  /** The office as content/data/offices.yaml gives it. */
  office: Office;
  /** The regular week, from its opening_hours. */
  schedule: WeeklySchedule;
  /** The week as the browser's open-now line reads it (data-hours, src/lib/week.ts). */
  scheduleAttribute: string;
  /** Closed on Polish public holidays ("PH off"). */
  closedOnHolidays: boolean;
  /** The public holidays it is closed on (ISO dates, the build's year and the next two); none when it opens on them. */
  holidayClosures: readonly string[];
  /** The last day of a short-term closure (ISO date), if any. */
  closedUntil: string | undefined;
  /** The street and the town on one line: "ul. Długa 66, 53-633 Wrocław". */
  addressLine: string;
  /** The office in each language. */
  text: Record<Locale, OfficeText>;
}

/** The regular week in words: many offices share a handful of hours values, each is worded once. */
const wordedHours = new Map<string, string>();

function hoursInWords(openingHours: string, locale: Locale): string {
  const key = `${locale} ${openingHours}`;
  let words = wordedHours.get(key);
  if (words === undefined) {
    const schedule = weeklySchedule(openingHours);
    words = weekdays
      .filter((day) => schedule[day].length > 0)
      .map((day) => `${weekdayName(day, localeInfo(locale).intl)} ${formatRanges(schedule[day])}`)
      .join(', ');
    wordedHours.set(key, words);
  }
  return words;
}

const scheduleAttributes = new Map<string, string>();

function officeText(office: Office, locale: Locale): OfficeText {
  const t = useTranslations(locale);
  const { city, cityIn } = office.address;
  return {
    // Polish needs the city in the locative ("Biuro we Wrocławiu"); without it in the data, the name alone.
    title: office.name?.[locale] ?? (cityIn ? t('office.in', { city, cityIn }) : t('office.inCity', { city })),
    contactName: office.name?.[locale] ?? t('office.vcardName', { programme: t(`nav.${office.programmes[0]}`), city }),
    hoursInWords: hoursInWords(office.openingHours, locale),
  };
}

/** Keyed by the office's own object: a test's office and the build's never share a view. */
const views = new WeakMap<Office, OfficeView>();

export function officeView(office: Office): OfficeView {
  let view = views.get(office);
  if (view) return view;
  const schedule = weeklySchedule(office.openingHours);
  let scheduleAttribute = scheduleAttributes.get(office.openingHours);
  if (scheduleAttribute === undefined) {
    scheduleAttribute = encodeSchedule(schedule);
    scheduleAttributes.set(office.openingHours, scheduleAttribute);
  }
  const closedOnHolidays = closedOnPublicHolidays(office.openingHours);
  const { street, postalCode, city } = office.address;
  view = {
    office,
    schedule,
    scheduleAttribute,
    closedOnHolidays,
    holidayClosures: closedOnHolidays ? holidays() : [],
    closedUntil: office.closedUntil && isoDate(office.closedUntil),
    addressLine: `${street}, ${postalCode} ${city}`,
    text: Object.fromEntries(locales.map((locale) => [locale, officeText(office, locale)])) as Record<
      Locale,
      OfficeText
    >,
  };
  views.set(office, view);
  return view;
}

/** What the office says in one language; throws naming a language the list of languages lacks. */
export function viewText(view: OfficeView, locale: Locale): OfficeText {
  return inLocale(view.text, locale);
}

let holidayList: readonly string[] | undefined;
const holidays = () => (holidayList ??= buildHolidays());

/** Everything a vCard has no field for: notice, contact person, hours, holidays, the day it was checked. */
export function contactNote(view: OfficeView, locale: Locale): string {
  const t = useTranslations(locale);
  const { office } = view;
  return plainSpaces(
    [
      office.notice?.[locale],
      office.contactPerson && t('office.vcardContactPerson', { name: office.contactPerson }),
      t('office.vcardHours', { hours: viewText(view, locale).hoursInWords }),
      view.closedOnHolidays && t('office.holidays'),
      t('office.vcardChecked', { date: formatCalendarDate(office.lastChecked, locale) }),
    ]
      .filter(Boolean)
      .join(' '),
  );
}
