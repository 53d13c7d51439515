// How the directory is split into pages so each stays small, however many offices there are.
// Up to `inlineLimit` offices, the directory page shows them all, grouped by voivodeship (filters are
// #anchors). Beyond it, the directory page lists the voivodeships with counts and each voivodeship gets
// its own pages of at most `pageSize` offices, in alphabetical order of town, like a phone book.
import { asciiSlug, type Voivodeship } from './voivodeships.ts';

/**
 * Measured with `npm run test:scale`: an office adds about 0.22 KB (gzip) to a page, its card and its
 * JSON-LD, on top of about 11.7 KB for the page around them (its styles, scripts, menus and emergency
 * numbers). 8 keep a voivodeship page within the 14 KB budget with room for offices heavier than the
 * synthetic ones (notices, languages, access): 13.4 KB at most on 2026-11-24 (9 made 13.65 KB, 10 about
 * 13.9 KB, 15 made 15.2 KB). 10,000 offices then make 15,214 files, under the 20,000 a static host takes.
 * The directory page also holds the helplines, so `inlineLimit` offices would not fit there; it stays
 * until the directory grows, as it is a choice about reading as well as size.
 */
export const inlineLimit = 30;
export const pageSize = 8;

export interface PlannedOffice {
  id: string;
  city: string;
  voivodeship: Voivodeship;
}

export interface RegionPage<T> {
  /** 1-based. */
  number: number;
  offices: T[];
  firstCity: string;
  lastCity: string;
}

export interface Region<T> {
  voivodeship: Voivodeship;
  slug: string;
  offices: T[];
  pages: RegionPage<T>[];
}

export interface DirectoryPlan<T> {
  /** All offices fit on the directory page. */
  inline: boolean;
  regions: Region<T>[];
}

const collator = new Intl.Collator('pl');

/** Offices in reading order: by town (Polish alphabet), then id. */
export function byCity<T extends PlannedOffice>(a: T, b: T): number {
  return collator.compare(a.city, b.city) || collator.compare(a.id, b.id);
}

export function planDirectory<T extends PlannedOffice>(
  offices: readonly T[],
  limits = { inlineLimit, pageSize },
): DirectoryPlan<T> {
  const byVoivodeship = new Map<Voivodeship, T[]>();
  for (const office of [...offices].sort(byCity)) {
    const list = byVoivodeship.get(office.voivodeship) ?? [];
    list.push(office);
    byVoivodeship.set(office.voivodeship, list);
  }
  const regions = [...byVoivodeship.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([voivodeship, list]) => ({
      voivodeship,
      slug: asciiSlug(voivodeship),
      offices: list,
      pages: chunk(list, limits.pageSize).map((page, index) => ({
        number: index + 1,
        offices: page,
        firstCity: page[0]!.city,
        lastCity: page.at(-1)!.city,
      })),
    }));
  return { inline: offices.length <= limits.inlineLimit, regions };
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += size) chunks.push(list.slice(i, i + size));
  return chunks;
}

/** The path of a voivodeship page below the directory page: "mazowieckie/", "mazowieckie/2/". */
export function regionPath(slug: string, page = 1): string {
  return page === 1 ? `${slug}/` : `${slug}/${page}/`;
}
