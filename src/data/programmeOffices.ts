// The offices serving one programme, by town: the order the eligibility answer lists them and sends them.
import type { Office } from '../lib/dataSchemas.ts';
import { byCity } from '../lib/directoryPlan.ts';
import { directoryOffices } from './directory.ts';

export async function programmeOffices(programme: string): Promise<Office[]> {
  return (await directoryOffices())
    .filter(({ office }) => office.programmes.includes(programme))
    .sort(byCity)
    .map(({ office }) => office);
}
