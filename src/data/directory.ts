// Queries over the offices and helplines collections: the directory's plan (which office is on which
// page), the URLs of offices, voivodeship pages and vCards, and the words derived from an office's data.
import { getCollection } from 'astro:content';
import type { Helpline, Office } from '../lib/dataSchemas.ts';
import { formatCalendarDate } from '../lib/dates.ts';
import { planDirectory, regionPath, type DirectoryPlan, type Region } from '../lib/directoryPlan.ts';
import { formatRanges, weekdayName } from '../lib/hoursFormat.ts';
import type { Translate } from '../lib/i18n.ts';
import { localeInfo, type Locale } from '../lib/locales.ts';
import { vcardFile } from '../lib/vcardFiles.ts';
import { closedOnPublicHolidays, weeklySchedule } from '../lib/openingHours.ts';
import { buildHolidays } from './buildDay.ts';
import { weekdays } from '../lib/week.ts';
import { plainSpaces } from '../lib/typography.ts';
import { urlOf } from './pages.ts';

export interface DirectoryOffice {
  id: string;
  city: string;
  voivodeship: Office['address']['voivodeship'];
  office: Office;
}

let planCache: DirectoryPlan<DirectoryOffice> | undefined;

export async function directoryPlan(): Promise<DirectoryPlan<DirectoryOffice>> {
  if (planCache) return planCache;
  const entries = await getCollection('offices');
  planCache = planDirectory(
    entries.map(({ data }) => ({
      id: data.id,
      city: data.address.city,
      voivodeship: data.address.voivodeship,
      office: data,
    })),
  );
  return planCache;
}

/** Every office in reading order (voivodeship, then town). */
export async function directoryOffices(): Promise<DirectoryOffice[]> {
  return (await directoryPlan()).regions.flatMap((region) => region.offices);
}

export async function helplineEntries(): Promise<{ id: string; line: Helpline }[]> {
  return (await getCollection('helplines')).map(({ id, data }) => ({ id, line: data }));
}

/** "/gdzie-szukac-pomocy/mazowieckie/2/" */
export async function regionUrl(locale: Locale, region: Region<DirectoryOffice>, page = 1): Promise<string> {
  return `${await urlOf(locale, 'directory')}${regionPath(region.slug, page)}`;
}

/** Which voivodeship page each office is on: "mazowieckie/2/". */
let pathCache: Map<string, string> | undefined;

async function officePaths(): Promise<Map<string, string>> {
  if (pathCache) return pathCache;
  const plan = await directoryPlan();
  pathCache = new Map(
    plan.regions.flatMap((region) =>
      region.pages.flatMap((page) => page.offices.map(({ id }) => [id, regionPath(region.slug, page.number)] as const)),
    ),
  );
  return pathCache;
}

/** Where an office's card is: on the directory page while it shows every office, else on its voivodeship's page. */
export async function officeUrl(locale: Locale, id: string): Promise<string> {
  const directory = await urlOf(locale, 'directory');
  if ((await directoryPlan()).inline) return `${directory}#office-${id}`;
  const path = (await officePaths()).get(id);
  if (path === undefined) throw new Error(`content/data/offices.yaml: no office "${id}"`);
  return `${directory}${path}#office-${id}`;
}

/** The office's vCard: one card, in both languages, for every page. */
export function vcardUrl(id: string): string {
  return `/${vcardFile(id)}`;
}

/** Public holidays of the build's year and the next two: what the browser's open-now line counts with. */
export function statusHolidays(): string[] {
  return buildHolidays();
}

export function officeTitle(office: Office, locale: Locale, t: Translate): string {
  // Polish needs the city in the locative ("Biuro we Wrocławiu"); without it in the data, the name alone.
  const { city, cityIn } = office.address;
  return office.name?.[locale] ?? (cityIn ? t('office.in', { city, cityIn }) : t('office.inCity', { city }));
}

/** A name that makes sense in a phone's address book, away from this site: "Help after prison – Wrocław". */
export function contactName(office: Office, locale: Locale, t: Translate): string {
  return (
    office.name?.[locale] ??
    t('office.vcardName', { programme: t(`nav.${office.programmes[0]}`), city: office.address.city })
  );
}

/** "Monday 10:00–18:00, Tuesday 08:30–16:30" */
export function hoursInWords(office: Office, locale: Locale): string {
  const schedule = weeklySchedule(office.openingHours);
  return weekdays
    .filter((day) => schedule[day].length > 0)
    .map((day) => `${weekdayName(day, localeInfo(locale).intl)} ${formatRanges(schedule[day])}`)
    .join(', ');
}

/** Everything a vCard has no field for: contact person, hours, holidays, notice, date checked. */
export function contactNote(office: Office, locale: Locale, t: Translate): string {
  return plainSpaces(
    [
      office.notice?.[locale],
      office.contactPerson && t('office.vcardContactPerson', { name: office.contactPerson }),
      t('office.vcardHours', { hours: hoursInWords(office, locale) }),
      closedOnPublicHolidays(office.openingHours) && t('office.holidays'),
      t('office.vcardChecked', { date: formatCalendarDate(office.lastChecked, locale) }),
    ]
      .filter(Boolean)
      .join(' '),
  );
}
