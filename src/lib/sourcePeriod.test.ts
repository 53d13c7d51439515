import { describe, expect, it } from 'vitest';
import type { ProgrammeTime } from './dataSchemas';
import { pastSourcePeriod, sourceUntil } from './sourcePeriod';

const words = { pl: '', en: '' };
const programme = (fields: Partial<ProgrammeTime>): ProgrammeTime => ({
  id: 'post-penitentiary',
  source: '001',
  status: 'unconfirmed',
  compared: new Date('2026-11-23'),
  time: words,
  unknown: words,
  period: words,
  ...fields,
});

describe('pastSourcePeriod', () => {
  // Warsaw is at UTC+1 in winter: its midnight of 1 January is 23:00 UTC on 31 December.
  it.each([
    ['the last minute of 31 December 2025 in Warsaw', '2025-12-31T23:59:00+01:00', false],
    ['the first minute of 1 January 2026 in Warsaw', '2026-01-01T00:00:00+01:00', true],
    ['1 January 2026 in Warsaw, still 31 December in UTC', '2025-12-31T23:30:00Z', true],
    ['31 December 2025 in Warsaw, already 1 January further east', '2026-01-01T05:00:00+07:00', false],
    ['a day in the period', '2025-06-02T12:00:00+02:00', false],
    ['today, long after it', '2026-11-24T09:00:00+01:00', true],
  ])('%s', (_name, instant, past) => {
    expect(pastSourcePeriod('2025-12-31', new Date(instant))).toBe(past);
  });
});

describe('sourceUntil', () => {
  it('is the end of the period the source describes, or an ended project’s last day', () => {
    expect(sourceUntil([programme({ describesUntil: new Date('2025-12-31') })])).toBe('2025-12-31');
    expect(sourceUntil([programme({ status: 'ended', until: new Date('2022-06-30') })])).toBe('2022-06-30');
  });

  it('is the latest of an office’s programmes', () => {
    const programmes = [
      programme({ status: 'ended', until: new Date('2022-06-30') }),
      programme({ describesUntil: new Date('2025-12-31') }),
    ];
    expect(sourceUntil(programmes)).toBe('2025-12-31');
  });

  it('stops the build, naming the data file and programme, when a programme has no date', () => {
    expect(() => sourceUntil([programme({})])).toThrow(/programmes\.yaml: "post-penitentiary"/);
  });
});
