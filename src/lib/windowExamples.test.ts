import { describe, expect, it } from 'vitest';
import { windowExample, windowExamples } from './windowExamples';

describe('windowExample', () => {
  it.each([
    [
      { month: 3, day: 15 },
      { month: 6, day: 15 },
    ],
    [
      { month: 1, day: 10 },
      { month: 4, day: 10 },
    ],
    [
      { month: 3, day: 31 },
      { month: 6, day: 30 },
    ],
    [
      { month: 5, day: 31 },
      { month: 8, day: 31 },
    ],
    [
      { month: 12, day: 31 },
      { month: 3, day: 31 },
    ],
    [
      { month: 10, day: 31 },
      { month: 1, day: 31 },
    ],
  ])('from %o help runs until %o in every year', (start, end) => {
    expect(windowExample(start)).toEqual({ start, end });
  });

  it.each([
    [
      { month: 11, day: 30 },
      { month: 2, day: 28 },
      { month: 2, day: 29 },
    ],
    [
      { month: 11, day: 29 },
      { month: 2, day: 28 },
      { month: 2, day: 29 },
    ],
    [
      { month: 11, day: 28 },
      { month: 2, day: 28 },
      { month: 2, day: 28 },
    ],
  ])('from %o help runs until %o, or %o in a leap year', (start, end, leapEnd) => {
    const example = windowExample(start);
    expect(example.end).toEqual(end);
    expect(example.endInLeapYear ?? example.end).toEqual(leapEnd);
  });
});

describe('windowExamples', () => {
  it('gives the leaflet rows: 15 March → 15 June, 30 November → 28 (29) February, month ends', () => {
    const rows = windowExamples().map(({ start, end, endInLeapYear }) =>
      [start, end, endInLeapYear]
        .filter(Boolean)
        .map((d) => `${d!.day}.${d!.month}`)
        .join(' → '),
    );
    expect(rows).toEqual(['15.3 → 15.6', '31.3 → 30.6', '31.5 → 31.8', '30.11 → 28.2 → 29.2', '31.12 → 31.3']);
  });
});
