import { describe, expect, it } from 'vitest';
import { keepOneLetterWordsWithNext } from './typography';

const NBSP = '\u00A0';

describe('keepOneLetterWordsWithNext', () => {
  it.each([
    ['Pomoc w domu', `Pomoc w${NBSP}domu`],
    ['i w szkole', `i${NBSP}w${NBSP}szkole`],
    ['Dzieci a kara', `Dzieci a${NBSP}kara`],
    ['W Polsce i za granicą', `W${NBSP}Polsce i${NBSP}za granicą`],
    ['(z rodziną)', `(z${NBSP}rodziną)`],
    ['„o pomoc”', `„o${NBSP}pomoc”`],
    ['U nas', `U${NBSP}nas`],
  ])('binds the one-letter word in %j', (input, expected) => {
    expect(keepOneLetterWordsWithNext(input)).toBe(expected);
  });

  it.each([['zwrot'], ['Bydgoszcz'], ['kawa i'], ['ul. Długa 66 C lok. 6'], ['5 x 3']])(
    'leaves %j as it is',
    (input) => {
      expect(keepOneLetterWordsWithNext(input)).toBe(input);
    },
  );
});
