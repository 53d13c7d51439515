import { describe, expect, it } from 'vitest';
import { officeSchema } from './dataSchemas';
import { jsonLdGraph, jsonLdText, officePlace, openingHoursSpecification } from './directoryJsonLd';
import { weeklySchedule } from './openingHours';

const office = officeSchema.parse({
  id: 'opole',
  programmes: ['post-penitentiary'],
  address: { street: 'ul. Niemodlińska 79/19', postalCode: '46-020', city: 'Opole', voivodeship: 'opolskie' },
  openingHours: 'We 10:00-18:00; Fr 09:00-17:00; PH off',
  lastChecked: '2026-11-23',
});

describe('JSON-LD', () => {
  it('gives each opening as an OpeningHoursSpecification', () => {
    expect(openingHoursSpecification(weeklySchedule(office.openingHours))).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Wednesday', opens: '10:00', closes: '18:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Friday', opens: '09:00', closes: '17:00' },
    ]);
  });

  it('describes an office as a Place with its postal address and no facts it does not have', () => {
    const place = officePlace({ office, name: 'Opole', url: 'https://x.pl/#office-opole', schedule: weeklySchedule(office.openingHours) });
    expect(place).toMatchObject({
      '@type': 'Place',
      '@id': 'https://x.pl/#office-opole',
      address: { '@type': 'PostalAddress', streetAddress: 'ul. Niemodlińska 79/19', postalCode: '46-020', addressLocality: 'Opole', addressCountry: 'PL' },
    });
    expect(place).not.toHaveProperty('telephone');
    expect(place).not.toHaveProperty('geo');
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(jsonLdGraph([{ '@type': 'Place', name: '</script><script>alert(1)</script>' }]));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
