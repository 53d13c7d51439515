// Queries over the offices and helplines collections: the directory's plan (which office is on which
// page), the URLs of offices, voivodeship pages and vCards (what each office says: src/data/officeView.ts).
import { getCollection } from 'astro:content';
import type { Helpline, Office } from '../lib/dataSchemas.ts';
import { planDirectory, regionPath, type DirectoryPlan, type Region } from '../lib/directoryPlan.ts';
import type { Locale } from '../lib/locales.ts';
import { vcardFile } from '../lib/vcardFiles.ts';
import { buildHolidays } from './buildDay.ts';
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
