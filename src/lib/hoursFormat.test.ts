import { describe, expect, it } from 'vitest';
import { clock, formatRanges, readableClock, timeRangeParts, weekdayName } from './hoursFormat';

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

  it('cuts a text at its time ranges, keeping every character', () => {
    const text = 'Godziny pracy: poniedziałek 10:00–18:00, środa 8:30–16:30.';
    const parts = timeRangeParts(text);
    expect(parts).toEqual([
      { text: 'Godziny pracy: poniedziałek ', range: false },
      { text: '10:00–18:00', range: true },
      { text: ', środa ', range: false },
      { text: '8:30–16:30', range: true },
      { text: '.', range: false },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(timeRangeParts('closed')).toEqual([{ text: 'closed', range: false }]);
  });
});
