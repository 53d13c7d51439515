import { describe, expect, it } from 'vitest';
import { planDirectory, regionPath, type PlannedOffice } from './directoryPlan';
import { asciiSlug, voivodeships } from './voivodeships';

const office = (id: string, city: string, voivodeship: PlannedOffice['voivodeship']): PlannedOffice => ({
  id,
  city,
  voivodeship,
});

describe('voivodeship slugs', () => {
  it.each([
    ['dolnośląskie', 'dolnoslaskie'],
    ['łódzkie', 'lodzkie'],
    ['świętokrzyskie', 'swietokrzyskie'],
    ['warmińsko-mazurskie', 'warminsko-mazurskie'],
  ])('%s → %s', (name, slug) => {
    expect(asciiSlug(name)).toBe(slug);
  });
  it('are unique', () => {
    expect(new Set(voivodeships.map(asciiSlug)).size).toBe(16);
  });
});

describe('planDirectory', () => {
  const five = [
    office('wroclaw', 'Wrocław', 'dolnośląskie'),
    office('opole', 'Opole', 'opolskie'),
    office('wloclawek', 'Włocławek', 'kujawsko-pomorskie'),
    office('bydgoszcz', 'Bydgoszcz', 'kujawsko-pomorskie'),
    office('gdansk', 'Gdańsk', 'pomorskie'),
  ];

  it('keeps a small directory on one page, grouped by voivodeship in Polish order, towns A–Z', () => {
    const plan = planDirectory(five);
    expect(plan.inline).toBe(true);
    expect(plan.regions.map((r) => [r.slug, r.offices.map((o) => o.id)])).toEqual([
      ['dolnoslaskie', ['wroclaw']],
      ['kujawsko-pomorskie', ['bydgoszcz', 'wloclawek']],
      ['opolskie', ['opole']],
      ['pomorskie', ['gdansk']],
    ]);
  });

  it('sorts Polish letters where Polish readers expect them (Ł after L, Ś after S)', () => {
    const plan = planDirectory([
      office('a', 'Łódź', 'łódzkie'),
      office('b', 'Lublin', 'łódzkie'),
      office('c', 'Zgierz', 'łódzkie'),
      office('d', 'Śrem', 'łódzkie'),
      office('e', 'Sieradz', 'łódzkie'),
    ]);
    expect(plan.regions[0]!.offices.map((o) => o.city)).toEqual(['Lublin', 'Łódź', 'Sieradz', 'Śrem', 'Zgierz']);
  });

  it('splits a large directory into voivodeship pages of at most pageSize, labelled by their first and last town', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      office(`o${i}`, `Town ${String.fromCharCode(65 + i)}`, 'mazowieckie'),
    );
    const plan = planDirectory(many, { inlineLimit: 5, pageSize: 3 });
    expect(plan.inline).toBe(false);
    expect(plan.regions[0]!.pages.map((p) => [p.number, p.offices.length, p.firstCity, p.lastCity])).toEqual([
      [1, 3, 'Town A', 'Town C'],
      [2, 3, 'Town D', 'Town F'],
      [3, 1, 'Town G', 'Town G'],
    ]);
  });

  it('gives each page a path below the directory page', () => {
    expect(regionPath('mazowieckie')).toBe('mazowieckie/');
    expect(regionPath('mazowieckie', 2)).toBe('mazowieckie/2/');
  });
});
