import { describe, expect, it } from 'vitest';
import { searchFragment, searchState } from './searchFragment.ts';

describe('search in the address fragment', () => {
  it('reads the words and the kind from the fragment', () => {
    expect(searchState('#q=praca+w+Opolu&kind=programme')).toEqual({ query: 'praca w Opolu', kind: 'programme' });
  });

  it('reads an old shared ?q= link the same way', () => {
    expect(searchState('?q=mieszkanie')).toEqual({ query: 'mieszkanie', kind: '' });
  });

  it('is empty without a search', () => {
    expect(searchState('')).toEqual({ query: '', kind: '' });
    expect(searchState('#content')).toEqual({ query: '', kind: '' });
  });

  it('writes a fragment that reads back the same, Polish letters and all', () => {
    const state = { query: 'ofiara handlu ludźmi & „pomoc”', kind: 'help' };
    expect(searchFragment(state)).toMatch(/^#q=/);
    expect(searchState(searchFragment(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(searchFragment({ query: '', kind: '' })).toBe('');
  });
});
