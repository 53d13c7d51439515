// A mistake in an office entry is named with its field (the schema on its own; contentErrors.test.ts
// shows the same through a real `astro sync`).
import { describe, expect, it } from 'vitest';
import { officeSchema } from '../../src/lib/dataSchemas';
import { wroclawEntry } from '../fixtures/directory';

const wroclaw = wroclawEntry;

function problems(entry: unknown): string[] {
  const result = officeSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the office schema', () => {
  it('accepts a real office', () => {
    expect(problems(wroclaw)).toEqual([]);
  });

  it.each([
    [
      'an hour that does not exist',
      { openingHours: 'Mo 10:00-25:00' },
      /^openingHours: "10:00-25:00" is not a time of day/,
    ],
    ['an unknown weekday', { openingHours: 'Xy 10:00-18:00' }, /^openingHours: not valid opening_hours notation/],
    ['a weekday the parser would guess', { openingHours: 'Wd 10:00-18:00' }, /^openingHours: not accepted as written/],
    [
      'hours the weekly table cannot show',
      { openingHours: 'Mo[1] 10:00-12:00' },
      /^openingHours: the site shows the same hours every week/,
    ],
    ['overlapping ranges', { openingHours: 'Mo 10:00-14:00,13:00-18:00' }, /^openingHours: ranges overlap/],
    [
      'a postal code in the wrong form',
      { address: { ...wroclaw.address, postalCode: '53633' } },
      /^address\.postalCode: a Polish postal code/,
    ],
    [
      'a region that is not a voivodeship',
      { address: { ...wroclaw.address, voivodeship: 'Dolny Śląsk' } },
      /^address\.voivodeship: /,
    ],
    ['an id unfit for a URL', { id: 'Wrocław 1' }, /^id: lower-case letters/],
    ['a closure without a notice', { closedUntil: '2027-01-06' }, /^notice: a closure \(closedUntil\) needs a notice/],
  ])('rejects %s, naming the field', (_name, change, message) => {
    expect(problems({ ...wroclaw, ...change })).toEqual([expect.stringMatching(message)]);
  });

  it('names a missing field', () => {
    const { lastChecked: _, ...missing } = wroclaw;
    expect(problems(missing)).toEqual([expect.stringMatching(/^lastChecked: /)]);
  });
});
