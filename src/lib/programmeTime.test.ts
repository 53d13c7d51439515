import { describe, expect, it } from 'vitest';
import { programmeTimeSchema } from './dataSchemas';
import { hsdsStatus, missingProgrammeTimes, programmeTimeOf, programmeTimeText } from './programmeTime';

const ended = programmeTimeSchema.parse({
  id: 'family-together',
  source: '000',
  status: 'ended',
  from: '2021-01-01',
  until: '2022-06-30',
  compared: '2026-11-23',
  time: {
    pl: 'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
    en: 'The project ran from 1 January 2021 to 30 June 2022.',
  },
  unknown: {
    pl: 'Źródło nie mówi, czy telefon działa.',
    en: 'The source does not say whether the helpline continued.',
  },
  period: { pl: 'lata 2021–2022', en: '2021–2022' },
});
const unconfirmed = programmeTimeSchema.parse({
  ...ended,
  id: 'post-penitentiary',
  source: '001',
  status: 'unconfirmed',
  from: undefined,
  until: undefined,
  describesUntil: '2025-12-31',
});

describe('programme time', () => {
  it('says when it ran and what we do not know, in one language', () => {
    expect(programmeTimeText(ended, 'pl')).toBe(
      'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r. Źródło nie mówi, czy telefon działa.',
    );
    expect(programmeTimeText(ended, 'en')).toBe(
      'The project ran from 1 January 2021 to 30 June 2022. The source does not say whether the helpline continued.',
    );
  });

  it('names every programme page that has no time, so the build stops', () => {
    const pages = [
      { id: 'pl/family-together', key: 'family-together' },
      { id: 'pl/trafficking', key: 'trafficking' },
    ];
    expect(missingProgrammeTimes(pages, [ended])).toEqual([
      'content/pages/pl/trafficking.mdx is a programme page, but content/data/programmes.yaml has no entry with id "trafficking" (its time and what we do not know)',
    ]);
    expect(missingProgrammeTimes(pages.slice(0, 1), [ended])).toEqual([]);
  });

  it('throws naming the data file for an unknown programme', () => {
    expect(() => programmeTimeOf('nowhere', [ended])).toThrow(
      'content/data/programmes.yaml: no entry with id "nowhere"',
    );
    expect(programmeTimeOf('family-together', [ended, unconfirmed])).toBe(ended);
  });

  it('gives HSDS "defunct" only for an ended project, no status where nothing confirms one', () => {
    expect(hsdsStatus(ended)).toBe('defunct');
    expect(hsdsStatus(unconfirmed)).toBeUndefined();
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => programmeTimeSchema.parse({ ...ended, from: '2023-01-01' })).toThrow(/from must not be after until/);
  });

  it('refuses an entry without the words readers see', () => {
    const { unknown: _unknown, ...withoutUnknown } = ended;
    expect(() => programmeTimeSchema.parse(withoutUnknown)).toThrow();
  });
});
