import { describe, expect, it } from 'vitest';
import {
  keepDayWithMonth,
  keepOneLetterWordsWithNext,
  looseOneLetterWords,
  plainSpaces,
  polishTypography,
  spacesBeforeCommas,
} from './typography';

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

describe('polishTypography', () => {
  it.each([
    ['około 120 000 dzieci', `około 120${NBSP}000 dzieci`],
    ['26 827,49 EUR', `26${NBSP}827,49${NBSP}EUR`],
    ['zadzwoń: 22 628 99 99', `zadzwoń: 22${NBSP}628${NBSP}99${NBSP}99`],
    ['od 1 stycznia 2027 r.', `od 1${NBSP}stycznia 2027${NBSP}r.`],
    ['do 28 lutego', `do 28${NBSP}lutego`],
    ['kampania "Not my fault"', 'kampania „Not my fault”'],
    ['projekt “Family together”', 'projekt „Family together”'],
    ['Kraków , Polska', 'Kraków, Polska'],
    ['otwarte o 8.30', `otwarte o${NBSP}8:30`],
    ['pomoc – dla rodzin', `pomoc${NBSP}– dla rodzin`],
    [
      'Pomoc po więzieniu, przy przemocy wobec dzieci i handlu ludźmi',
      `Pomoc po więzieniu, przy przemocy wobec dzieci i${NBSP}handlu ludźmi`,
    ],
  ])('sets %j', (input, expected) => {
    expect(polishTypography(input)).toBe(expected);
  });

  it.each([['ul. Długa 66 C'], ['godz. 10:00–18:00'], ['tel:116123'], ['wersja 2.0'], ['12 marcowych dni']])(
    'leaves %j as it is',
    (input) => {
      expect(polishTypography(input)).toBe(input);
    },
  );

  it('gives the same text when applied twice', () => {
    const once = polishTypography('W dniu 1 stycznia 2027 r. o 8.30 "Start" i 120 000 zł , a potem – koniec');
    expect(polishTypography(once)).toBe(once);
  });
});

describe('keepDayWithMonth', () => {
  it('keeps the day with its month and leaves the rest of the text alone', () => {
    expect(keepDayWithMonth('do 10 stycznia 2027 r. w Opolu')).toBe('do 10\u00A0stycznia 2027 r. w Opolu');
    expect(keepDayWithMonth('w czwartek 12 marca')).toBe('w czwartek 12\u00A0marca');
    expect(keepDayWithMonth('12 marcowych dni')).toBe('12 marcowych dni');
  });
});

describe('looseOneLetterWords', () => {
  it('finds a one-letter word before a breaking space, and nothing once typography is applied', () => {
    expect(looseOneLetterWords('Dzieci i handel')).toEqual(['i handel']);
    expect(looseOneLetterWords(polishTypography('Dzieci i handel w Polsce'))).toEqual([]);
  });
});

describe('spacesBeforeCommas', () => {
  it('finds white space before a comma, also a line break', () => {
    expect(spacesBeforeCommas('Bydgoszcz\n , Włocławek')).toEqual(['Bydgoszcz ,']);
    expect(spacesBeforeCommas('Bydgoszcz, Włocławek')).toEqual([]);
  });
});

describe('plain spaces for machines and messages', () => {
  it('turns every no-break space into a plain one, and nothing else', () => {
    const typeset = polishTypography('Biuro w Opolu, 1 stycznia 2027 o 8:30, tel. 22 628 99 99');
    expect(typeset).toContain('\u00A0');
    expect(plainSpaces(typeset)).toBe('Biuro w Opolu, 1 stycznia 2027 o 8:30, tel. 22 628 99 99');
    expect(plainSpaces('10\u202F000\u2007zł')).toBe('10 000 zł');
  });
});
