import { describe, expect, it } from 'vitest';
import { opoleOffice } from '../../tests/fixtures/directory';
import { helplineSchema } from './dataSchemas';
import { helplineNode, jsonLdGraph, jsonLdText, officePlace, openingHoursSpecification } from './directoryJsonLd';
import { weeklySchedule } from './openingHours';

const office = opoleOffice;

describe('JSON-LD', () => {
  it('gives each opening as an OpeningHoursSpecification', () => {
    expect(openingHoursSpecification(weeklySchedule(office.openingHours))).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Wednesday',
        opens: '10:00',
        closes: '18:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Friday', opens: '09:00', closes: '17:00' },
    ]);
  });

  it('gives the same hours on several days once, with the days as a list', () => {
    expect(openingHoursSpecification(weeklySchedule('Mo,We 08:00-16:00; Tu 10:00-18:00; Th 08:00-16:00'))).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday'],
        opens: '08:00',
        closes: '16:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Tuesday',
        opens: '10:00',
        closes: '18:00',
      },
    ]);
  });

  it('describes an office as a Place with its postal address and no facts it does not have', () => {
    const place = officePlace({
      office,
      name: 'Opole',
      url: 'https://x.pl/#office-opole',
      schedule: weeklySchedule(office.openingHours),
    });
    expect(place).toMatchObject({
      '@type': 'Place',
      url: 'https://x.pl/#office-opole',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'ul. Niemodlińska 79/19',
        postalCode: '46-020',
        addressLocality: 'Opole',
        addressCountry: 'PL',
      },
    });
    expect(place).not.toHaveProperty('telephone');
    expect(place).not.toHaveProperty('geo');
  });

  it("puts the programme's time first in an office's description", () => {
    const time =
      'The source describes the project up to the end of 2025. We could not confirm that the offices are open after 2025.';
    const place = officePlace({
      office,
      name: 'Opole',
      url: 'https://x.pl/#office-opole',
      schedule: weeklySchedule(office.openingHours),
      description: 'Closed on public holidays.',
      time,
    });
    expect(place).toMatchObject({ description: `${time} Closed on public holidays.` });
  });

  it("gives a programme's e-mail contact its programme's time", () => {
    const line = helplineSchema.parse({
      id: 'partnership-email',
      kind: 'email',
      number: null,
      email: 'krajowepartnerstwo@fdn.pl',
      programmes: ['child-protection-partnership'],
      name: { pl: 'Partnerstwo', en: 'Partnership' },
      description: { pl: 'Konsultacje.', en: 'Consultations.' },
      lastChecked: '2026-11-23',
    });
    expect(helplineNode(line, 'en', 'The source is the 2011 plan.')).toMatchObject({
      '@type': 'Organization',
      description: 'Consultations. The source is the 2011 plan.',
    });
    expect(helplineNode(line, 'en')).toMatchObject({ description: 'Consultations.' });
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(jsonLdGraph([{ '@type': 'Place', name: '</script><script>alert(1)</script>' }]));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
