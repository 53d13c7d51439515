import { describe, expect, it } from 'vitest';
import { queryVariants, synonymsOf } from './searchSynonyms.ts';
import { synonymsSchema } from './synonymsSchema.ts';

const pl = { prawnik: ['porady prawne', 'pomoc prawna'], więzienie: ['zakład karny'] };
const en = { jail: ['prison'], kids: ['children'], prisoner: ['people held in a prison'] };

describe('synonyms', () => {
  it('finds a word in any form: Polish by its stem, English plurals', () => {
    expect(synonymsOf('prawnika', pl, 'pl')).toEqual(['porady prawne', 'pomoc prawna']);
    expect(synonymsOf('wiezienia', pl, 'pl')).toEqual(['zakład karny']);
    expect(synonymsOf('kid', en, 'en')).toEqual(['children']);
    expect(synonymsOf('jails', en, 'en')).toEqual(['prison']);
    expect(synonymsOf('mieszkanie', pl, 'pl')).toEqual([]);
  });

  it('searches the query as typed first, then with each replacement', () => {
    expect(queryVariants(['prawnik', 'opole'], pl, 'pl')).toEqual([
      { words: ['prawnik', 'opole'], viaSynonym: false },
      { words: ['porady', 'prawne', 'opole'], viaSynonym: true },
      { words: ['pomoc', 'prawna', 'opole'], viaSynonym: true },
    ]);
  });

  it('leaves out the little words of a replacement phrase', () => {
    expect(queryVariants(['prisoner'], en, 'en')[1]).toEqual({ words: ['people', 'held', 'prison'], viaSynonym: true });
  });
});

describe('the synonym file schema', () => {
  it('accepts one lower-case word mapped to phrases', () => {
    expect(synonymsSchema.safeParse(pl).success).toBe(true);
  });

  it('refuses a phrase as the key, an empty list, and a missing list', () => {
    expect(synonymsSchema.safeParse({ 'porada prawna': ['prawnik'] }).success).toBe(false);
    expect(synonymsSchema.safeParse({ Prawnik: ['porady prawne'] }).success).toBe(false);
    expect(synonymsSchema.safeParse({ prawnik: [] }).success).toBe(false);
    expect(synonymsSchema.safeParse({ prawnik: 'porady prawne' }).success).toBe(false);
  });
});

describe('query variants', () => {
  it('searches each different query once', () => {
    expect(queryVariants(['dzieci'], { dziecko: ['dzieci'] }, 'pl')).toEqual([
      { words: ['dzieci'], viaSynonym: false },
    ]);
  });
});
