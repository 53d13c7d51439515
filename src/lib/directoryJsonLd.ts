// schema.org JSON-LD for directory pages: each office a Place with its weekly hours, each phone line a
// ContactPoint, each e-mail contact an Organization. Search engines and other directories read it.
import type { ContactPoint, DayOfWeek, Graph, OpeningHoursSpecification, Organization, Place } from 'schema-dts';
import type { Helpline, Office } from './dataSchemas.ts';
import { clock } from './hoursFormat.ts';
import { inLocale, type Locale } from './locales.ts';
import { internationalNumber } from './phone.ts';
import { weekdays, type Weekday, type WeeklySchedule } from './week.ts';

const dayOfWeek: Record<Weekday, DayOfWeek> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
};

/**
 * Each opening time of the week once, with every day it applies to (schema.org allows a list of days):
 * a week of the same hours is one entry, not five, on pages that list dozens of offices.
 */
export function openingHoursSpecification(schedule: WeeklySchedule): OpeningHoursSpecification[] {
  const days = new Map<string, { opens: string; closes: string; days: DayOfWeek[] }>();
  for (const day of weekdays)
    for (const [start, end] of schedule[day]) {
      const key = `${start}-${end}`;
      const entry = days.get(key) ?? { opens: clock(start), closes: clock(end), days: [] };
      entry.days.push(dayOfWeek[day]);
      days.set(key, entry);
    }
  return [...days.values()].map(({ opens, closes, days: on }) => ({
    '@type': 'OpeningHoursSpecification' as const,
    dayOfWeek: on.length === 1 ? on[0]! : on,
    opens,
    closes,
  }));
}

export interface PlaceInput {
  office: Office;
  name: string;
  /** Absolute URL of the office on this site (page#office-id). */
  url: string;
  schedule: WeeklySchedule;
  /** Words for what the hours cannot say (closed on public holidays, a notice). */
  description?: string | undefined;
  /** The programme's time and what we do not know: hours copied from a dated source are not confirmed today. */
  time?: string | undefined;
}

export function officePlace({ office, name, url, schedule, description, time }: PlaceInput): Place {
  const { address } = office;
  const words = [time, description].filter(Boolean).join(' ');
  // No '@id' besides the url: the same address twice, and nothing in the graph refers to it.
  return {
    '@type': 'Place',
    name,
    url,
    ...(words ? { description: words } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      postalCode: address.postalCode,
      addressLocality: address.city,
      addressRegion: address.voivodeship,
      addressCountry: 'PL',
    },
    ...(office.geo ? { geo: { '@type': 'GeoCoordinates', latitude: office.geo.lat, longitude: office.geo.lon } } : {}),
    ...(office.phones.length > 0 ? { telephone: office.phones.map((p) => internationalNumber(p.number)) } : {}),
    ...(office.emails.length > 0 ? { email: office.emails } : {}),
    ...(office.stepFree !== undefined
      ? {
          amenityFeature: { '@type': 'LocationFeatureSpecification', name: 'step-free access', value: office.stepFree },
        }
      : {}),
    openingHoursSpecification: openingHoursSpecification(schedule),
  };
}

/**
 * A phone line as a ContactPoint; an e-mail contact as an Organization; a line with neither is left out.
 * A programme's line carries the programme's time (`time`) after its description.
 */
export function helplineNode(line: Helpline, language: Locale, time?: string): ContactPoint | Organization | null {
  const description = [inLocale(line.description, language), time].filter(Boolean).join(' ');
  if (line.kind === 'email' && line.email) {
    return { '@type': 'Organization', name: inLocale(line.name, language), description, email: line.email };
  }
  if (!line.number) return null;
  return {
    '@type': 'ContactPoint',
    name: inLocale(line.name, language),
    description,
    telephone: line.number,
    contactType: line.kind === 'emergency' ? 'emergency' : 'helpline',
    areaServed: 'PL',
    ...(line.hours === '24/7'
      ? {
          hoursAvailable: {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: weekdays.map((day) => dayOfWeek[day]),
            opens: '00:00',
            closes: '23:59',
          },
        }
      : {}),
  };
}

export function jsonLdGraph(nodes: readonly (Place | ContactPoint | Organization | null)[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes.filter((node) => node !== null) };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the element. */
export function jsonLdText(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
