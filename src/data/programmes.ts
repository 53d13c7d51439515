// Queries over the programmes' times (content/data/programmes.yaml), checked against the programme pages.
import { getCollection } from 'astro:content';
import type { Office, ProgrammeTime } from '../lib/dataSchemas.ts';
import { missingProgrammeTimes, programmeTimeOf } from '../lib/programmeTime.ts';
import { sourceUntil } from '../lib/sourcePeriod.ts';
import { sitePages } from './pages.ts';

let cache: ProgrammeTime[] | undefined;

/** Every programme's time; throws, naming each page, when a programme page has none. */
export async function programmeTimes(): Promise<ProgrammeTime[]> {
  if (cache) return cache;
  const times = (await getCollection('programmes')).map(({ data }) => data);
  const programmePages = (await sitePages())
    .filter((page) => page.entry.data.kind === 'programme')
    .map((page) => ({ id: page.entry.id, key: page.key }));
  const missing = missingProgrammeTimes(programmePages, times);
  if (missing.length > 0) throw new Error(missing.join('\n'));
  cache = times;
  return times;
}

export async function programmeTime(key: string): Promise<ProgrammeTime> {
  return programmeTimeOf(key, await programmeTimes());
}

/** The last day the sources of an office's programmes describe ("2025-12-31"): its hours are theirs up to it. */
export async function officeSourceUntil(office: Office): Promise<string> {
  const times = await programmeTimes();
  return sourceUntil(office.programmes.map((key) => programmeTimeOf(key, times)));
}

/** The programme whose time a page shows under its title: its own (a programme page) or the one it belongs to. */
export function pageProgramme(key: string, data: { kind: string; programme?: string | undefined }): string | undefined {
  return data.kind === 'programme' ? key : data.programme;
}
