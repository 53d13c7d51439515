import { describe, expect, it } from 'vitest';
import {
  foldPolish,
  highlightsTerm,
  pagefindLetters,
  polishSearchStem,
  queryWords,
  searchTerms,
  spellingsWithPolishL,
} from './searchQuery';

describe('foldPolish', () => {
  it('replaces each Polish letter with a plain one, keeping the length', () => {
    expect(foldPolish('zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
    expect(foldPolish('więźniów')).toHaveLength('więźniów'.length);
  });
});

describe('polishSearchStem', () => {
  // [typed, stem]: every other form of the word starts with the stem.
  it.each([
    ['przemocy', 'przemoc'],
    ['przemocą', 'przemoc'],
    ['przemoca', 'przemoc'],
    ['więźniów', 'więź'],
    ['wiezniow', 'wiez'],
    ['więźnia', 'więź'],
    ['społecznej', 'społecz'],
    ['Bydgoszczy', 'bydgoszcz'],
    ['BYDGOSZCZ', 'bydgoszcz'],
    ['Gdańsku', 'gdańs'],
    ['Wrocławiu', 'wrocław'],
    ['Opolu', 'opol'],
    ['Włocławku', 'włocław'],
    ['Włocławek', 'włocław'],
    ['mieszkanie', 'mieszkan'],
    ['mieszkania', 'mieszkan'],
    ['psychologa', 'psycholog'],
    ['porady', 'porad'],
    ['prawnych', 'prawn'],
    ['dzieci', 'dziec'],
    ['dziecko', 'dziec'],
    ['Polsce', 'pols'],
    ['handlu', 'hand'],
    ['handel', 'hand'],
    ['zakładzie', 'zakład'],
    ['rodzinom', 'rodzin'],
    ['szukać', 'szuk'],
  ])('%s → %s', (typed, stem) => {
    expect(polishSearchStem(typed)).toBe(stem);
  });

  it.each([['pomoc'], ['kara'], ['112'], ['116111'], ['mops'], ['psycholog'], ['bydgoszcz']])(
    'leaves %s as it is (short, a number, or no ending)',
    (word) => {
      expect(polishSearchStem(word)).toBe(word);
    },
  );

  it('never cuts a word below four letters', () => {
    for (const word of ['pracy', 'ojca', 'ulic', 'domu', 'karze', 'sądu']) {
      expect(polishSearchStem(word).length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('queryWords', () => {
  it.each([
    ['pl', 'Pomoc w Gdańsku', ['pomoc', 'gdańsku']],
    ['pl', '  porady, prawne! ', ['porady', 'prawne']],
    ['pl', 'telefon 116 111', ['telefon', '116', '111']],
    ['pl', 'dla rodzin', ['rodzin']],
    ['en', 'Help for a family', ['help', 'family']],
    ['en', 'Not my fault', ['not', 'fault']],
  ] as const)('%s: %j → %j', (locale, query, words) => {
    expect(queryWords(query, locale)).toEqual(words);
  });

  it('keeps stop words when the query has nothing else', () => {
    expect(queryWords('w do', 'pl')).toEqual(['w', 'do']);
  });
});

describe('searchTerms', () => {
  it('stems Polish words and drops repeats', () => {
    expect(searchTerms('przemoc przemocy w rodzinie', 'pl')).toEqual(['przemoc', 'rodzin']);
  });

  it('leaves English words to Pagefind’s own stemmer', () => {
    expect(searchTerms('Legal advice', 'en')).toEqual(['legal', 'advice']);
  });
});

describe('spellingsWithPolishL', () => {
  it('tries "ł" for each "l", fewest changes first', () => {
    expect(spellingsWithPolishL('wroclaw')).toEqual(['wrocław']);
    expect(spellingsWithPolishL('wloclaw')).toEqual(['włoclaw', 'wlocław', 'włocław']);
  });

  it.each([['pomoc'], ['wrocław']])('has nothing to try for %s', (word) => {
    expect(spellingsWithPolishL(word)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(spellingsWithPolishL('lllll', 4)).toHaveLength(4);
  });
});

describe('pagefindLetters', () => {
  it('drops diacritics the way Pagefind does, keeping "ł"', () => {
    expect(pagefindLetters('Więźniów')).toBe('wiezniow');
    expect(pagefindLetters('Włocławek')).toBe('włocławek');
    expect(pagefindLetters('prawnych,')).toBe('prawnych');
  });
});

describe('highlightsTerm', () => {
  const excerpt = 'Biuro we <mark>Wrocławiu</mark>, ul. Długa – <mark>w</mark> godzinach';

  it.each([
    ['pl', excerpt, 'wrocław'],
    ['pl', '<mark>Więźniów</mark>', 'wiezni'],
    ['pl', 'porad <mark>prawnych,</mark> wsparcie', 'prawn'],
    ['en', '<mark>house</mark>', 'housing'],
    ['en', '<mark>family</mark>', 'families'],
    ['en', 'in <mark>prison</mark>', 'prisoners'],
    ['en', '<mark>psychological</mark> support', 'psychologist'],
    ['en', 'call <mark>112</mark>', '112'],
  ] as const)('%s: %j shows %j was found', (locale, text, term) => {
    expect(highlightsTerm(text, term, locale)).toBe(true);
  });

  it.each([
    ['pl', excerpt, 'wroclaw'],
    ['pl', '<mark>pomoc</mark>', 'pomocniczy'],
    ['en', 'a <mark>a</mark> b', 'apple'],
    ['en', 'no marks at all', 'wroclaw'],
  ] as const)('%s: %j shows Pagefind fell back from %j to a shorter word', (locale, text, term) => {
    expect(highlightsTerm(text, term, locale)).toBe(false);
  });
});
