// The free phone lines a reader with nowhere else to go can call: emergency first, then support lines,
// each only with a number our data holds.
import { getCollection } from 'astro:content';
import { inLocale, type Locale } from '../lib/locales.ts';

export async function freePhones(locale: Locale): Promise<{ number: string; name: string }[]> {
  return (await getCollection('helplines', ({ data }) => data.kind === 'emergency' || data.kind === 'support'))
    .sort((a, b) => Number(b.data.kind === 'emergency') - Number(a.data.kind === 'emergency'))
    .flatMap(({ data }) => (data.number ? [{ number: data.number, name: inLocale(data.name, locale) }] : []));
}
