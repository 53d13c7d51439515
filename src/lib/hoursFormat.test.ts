import { describe, expect, it } from 'vitest';
import { clock, formatRanges, readableClock, weekdayName } from './hoursFormat';

describe('hours in words', () => {
  it('names weekdays in each language', () => {
    expect(weekdayName('Mo', 'pl')).toBe('poniedziałek');
    expect(weekdayName('We', 'en')).toBe('Wednesday');
    expect(weekdayName('Su', 'pl')).toBe('niedziela');
  });
  it('writes times and ranges', () => {
    expect(clock(510)).toBe('08:30');
    expect(readableClock(510)).toBe('8:30');
    expect(formatRanges([[600, 1080]])).toBe('10:00–18:00');
    expect(
      formatRanges([
        [480, 720],
        [780, 960],
      ]),
    ).toBe('8:00–12:00, 13:00–16:00');
  });
});
