import { describe, expect, it } from 'vitest';
import { editDistance, knownSpelling, nearestWords, shownQuery, vocabularyOf } from './searchWords.ts';

describe('the site vocabulary', () => {
  it('lists words most frequent first, lower-cased, without numbers or very short words', () => {
    expect(vocabularyOf(['Mieszkanie i praca, praca 2025.', 'PRACA w Opolu'], 'pl')).toEqual([
      'praca',
      'mieszkanie',
      'opolu',
    ]);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('mieszkanei', 'mieszkanie', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('telfon', 'telefon', 2)).toBe(1);
    expect(editDistance('bidgoszcz', 'bydgoszcz', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('gives up beyond the allowed distance', () => {
    expect(editDistance('praca', 'przemoc', 1)).toBe(2);
  });
});

describe('nearest words', () => {
  const vocabulary = ['pomoc', 'mieszkanie', 'mieszkania', 'psychologiczne', 'bydgoszczy', 'bydgoszcz', 'schronisku'];

  it('finds the nearest word of the site for a misspelling, nearest first', () => {
    expect(nearestWords('mieszkanei', vocabulary)[0]).toBe('mieszkanie');
    expect(nearestWords('Bidgoszcz', vocabulary)[0]).toBe('bydgoszcz');
    expect(nearestWords('schronsiko', vocabulary)[0]).toBe('schronisku');
  });

  it('forgives a misspelt beginning of a longer word', () => {
    expect(nearestWords('psycholg', vocabulary)[0]).toBe('psycholog');
  });

  it('ignores Polish letters typed without diacritics', () => {
    expect(nearestWords('pomóc', vocabulary)[0]).toBe('pomoc');
  });

  it('offers nothing for a word far from every word of the site', () => {
    expect(nearestWords('xylofon', vocabulary)).toEqual([]);
    expect(nearestWords('ab', vocabulary)).toEqual([]);
  });
});

describe('known spellings', () => {
  const pl = ['wrocławiu', 'mieszkanie', 'przemocy'];
  const en = ['prisoner', 'housing', 'job'];

  it('knows a Polish stem that begins a word of the site', () => {
    expect(knownSpelling('mieszkan', pl, 'pl')).toBe('mieszkan');
    expect(knownSpelling('przemoc', pl, 'pl')).toBe('przemoc');
  });

  it('tries "ł" for "l", as Pagefind does not fold it', () => {
    expect(knownSpelling('wroclaw', pl, 'pl')).toBe('wrocław');
  });

  it('knows English forms the stemmer joins', () => {
    expect(knownSpelling('prisoners', en, 'en')).toBe('prisoners');
    expect(knownSpelling('jobs', en, 'en')).toBe('jobs');
  });

  it('does not know a misspelling', () => {
    expect(knownSpelling('housng', en, 'en')).toBeUndefined();
    expect(knownSpelling('mieszkane', pl, 'pl')).toBeUndefined();
  });
});

describe('shownQuery', () => {
  it.each([
    ['pomoc w szukaniu procy', ['pomoc', 'szukaniu', 'procy'], 'pomoc szukaniu pracy', 'pomoc w szukaniu pracy'],
    ['Bidgoszcz', ['bidgoszcz'], 'bydgoszcz', 'bydgoszcz'],
    ['legal  advise', ['legal', 'advise'], 'legal advice', 'legal advice'],
    ['Wroclaw, wroc', ['wroclaw', 'wroc'], 'wrocław wroc', 'wrocław, wroc'],
  ])('%s → %s', (query, typed, corrected, shown) => {
    expect(shownQuery(query, typed, corrected, 'pl')).toBe(shown);
  });

  it('is undefined when nothing was corrected', () => {
    expect(shownQuery('praca', ['praca'], undefined, 'pl')).toBeUndefined();
  });
});
