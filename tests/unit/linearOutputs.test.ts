// Everything derived from the offices costs work in proportion to their number: twice the offices, at
// most about twice the reads (a sort adds a logarithm). A quadratic step – one loop over every office
// inside another – shows as four times the reads, whatever the machine's speed or load.
import { describe, expect, it } from 'vitest';
import { contactNote, officeView, viewText } from '../../src/data/officeView';
import { officeSchema, type Office } from '../../src/lib/dataSchemas';
import { jsonLdGraph, officePlace } from '../../src/lib/directoryJsonLd';
import { planDirectory } from '../../src/lib/directoryPlan';
import { hsdsFeed, type HsdsInput } from '../../src/lib/hsds';
import { weeklySchedule } from '../../src/lib/openingHours';
import { headersFile, type PageSecurity } from '../../src/lib/securityHeaders';
import { sitemapAlternates } from '../../src/lib/sitemapAlternates';
import { voivodeships } from '../../src/lib/voivodeships';
import { readsFor } from './countedReads';

const size = 400;
/** Twice the input may cost this much more: 2 for linear work, a little more for a sort's n·log n. */
const linear = 2.3;

const schedule = weeklySchedule('Mo-Fr 08:00-16:00; PH off');

function offices(count: number): Office[] {
  return Array.from({ length: count }, (_, i) =>
    officeSchema.parse({
      id: `office-${i}`,
      programmes: [i % 3 === 0 ? 'family-together' : 'post-penitentiary'],
      address: {
        street: `ul. Długa ${i}`,
        postalCode: '00-001',
        city: `Miasto ${i % 97}`,
        voivodeship: voivodeships[i % voivodeships.length],
      },
      phones: [{ number: '+48 22 000 00 00', kind: 'voice' }],
      openingHours: 'Mo-Fr 08:00-16:00; PH off',
      lastChecked: '2026-11-23',
    }),
  );
}

function feedInput(count: number): HsdsInput {
  return {
    programmes: [],
    // Every office closed on holidays: the case that read every office once per office.
    offices: offices(count).map((office) => ({ office, name: office.id, schedule, closedOnHolidays: true })),
    helplines: [],
    holidays: ['2026-12-25', '2026-12-26'],
    text: { publicNumbers: 'Numery', publicNumbersDescription: 'Opis.', language: 'pl' },
    source: '/gdzie-szukac-pomocy/',
    generated: '2026-11-23',
  };
}

/** Reads for 2N inputs divided by reads for N. */
function growth<T extends object>(make: (size: number) => T, work: (input: T) => unknown): number {
  return readsFor(make, 2 * size, work) / readsFor(make, size, work);
}

describe('work grows linearly with the number of offices', () => {
  it('the data feed', () => {
    expect(growth(feedInput, hsdsFeed)).toBeLessThanOrEqual(linear);
  });

  it('the JSON-LD of a page', () => {
    const json = (list: Office[]) =>
      jsonLdGraph(
        list.map((office) => officePlace({ office, name: office.id, url: `/#office-${office.id}`, schedule })),
      );
    expect(growth(offices, json)).toBeLessThanOrEqual(linear);
  });

  it('the office views and what is made of them (the vCard note)', () => {
    const views = (list: Office[]) =>
      list.map((office) => {
        const view = officeView(office);
        return [view.scheduleAttribute, viewText(view, 'en').title, contactNote(view, 'pl')];
      });
    expect(growth(offices, views)).toBeLessThanOrEqual(linear);
  });

  it('the plan of the voivodeship pages', () => {
    const plan = (list: Office[]) =>
      planDirectory(
        list.map((office) => ({ id: office.id, city: office.address.city, voivodeship: office.address.voivodeship })),
      );
    expect(growth(offices, plan)).toBeLessThanOrEqual(linear);
  });

  it('the _headers file', () => {
    const pages = (count: number): PageSecurity[] => [
      { path: '/', csp: "default-src 'none'" },
      ...Array.from({ length: count / 40 }, (_, i) => ({
        path: `/gdzie-szukac-pomocy/region-${i % 16}/${Math.floor(i / 16) + 1}/`,
        csp: `script-src 'sha256-${i % 2}'`,
      })),
    ];
    expect(growth(pages, headersFile)).toBeLessThanOrEqual(linear);
  });

  it('the sitemap', () => {
    const groups = [
      { pl: '/gdzie-szukac-pomocy/', en: '/en/where-to-get-help/' },
      { pl: '/', en: '/en/' },
    ];
    const serialize = sitemapAlternates('https://example.org', groups);
    const items = (count: number) =>
      Array.from({ length: count / 40 }, (_, i) => ({
        url: `https://example.org/gdzie-szukac-pomocy/region-${i % 16}/${i}/`,
      }));
    expect(growth(items, (list) => list.map(serialize))).toBeLessThanOrEqual(linear);
  });

  it('notices a quadratic step', () => {
    const quadratic = (list: Office[]) => list.map((a) => list.filter((b) => b.address.city === a.address.city).length);
    expect(growth(offices, quadratic)).toBeGreaterThan(3.5);
  });
});
