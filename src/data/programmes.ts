// Queries over the programmes' times (content/data/programmes.yaml), checked against the programme pages.
import { getCollection } from 'astro:content';
import type { ProgrammeTime } from '../lib/dataSchemas.ts';
import { missingProgrammeTimes, programmeTimeOf } from '../lib/programmeTime.ts';
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

/** The programme whose time a page shows under its title: its own (a programme page) or the one it belongs to. */
export function pageProgramme(key: string, data: { kind: string; programme?: string | undefined }): string | undefined {
  return data.kind === 'programme' ? key : data.programme;
}
