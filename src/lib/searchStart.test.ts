import { describe, expect, it } from 'vitest';
import { largestFirst, searchStart, type FragmentData } from './searchStart.ts';

const entry = JSON.stringify({
  version: '1.6.0',
  languages: { pl: { hash: 'pl_abc', wasm: 'pl', page_count: 2 }, en: { hash: 'en_def', wasm: 'en', page_count: 1 } },
});
const fragments = new Map<string, FragmentData>([
  ['fragment/pl_1.pf_fragment', { url: '/praca/', meta: { title: 'Praca' }, filters: { kind: ['programme'] } }],
  ['fragment/pl_2.pf_fragment', { url: '/o-nas/', meta: {}, filters: {} }],
  ['fragment/en_1.pf_fragment', { url: '/en/work/', meta: { title: 'Work' }, filters: {} }],
]);
const files = [
  ...fragments.keys(),
  'index/pl_i1.pf_index',
  'index/en_i1.pf_index',
  'filter/pl_f1.pf_filter',
  'pagefind.js',
];
const hash = (text: string) => `h${text.length}`;

describe('searchStart', () => {
  it('names the files a first search needs, fetched at once, with the entry under its cache tag', () => {
    const start = searchStart({ entry, files }, 'pl', fragments, {}, hash);
    expect(start.cacheTag).toBe(hash(entry));
    expect(start.preload).toEqual([
      `pagefind-entry.json?ts=${hash(entry)}`,
      'pagefind.pl_abc.pf_meta',
      'index/pl_i1.pf_index',
    ]);
  });

  it("lists the language's pages by result id, with title and kind", () => {
    const start = searchStart({ entry, files }, 'pl', fragments, { prawnik: ['porady prawne'] }, hash);
    expect(start.pages).toEqual({
      pl_1: { url: '/praca/', title: 'Praca', kind: 'programme' },
      pl_2: { url: '/o-nas/', title: '/o-nas/' },
    });
    expect(start.synonyms).toEqual({ prawnik: ['porady prawne'] });
  });

  it('leaves a big index to Pagefind, which fetches only the chunks a search needs', () => {
    const many = [...files, 'index/pl_i2.pf_index', 'index/pl_i3.pf_index'];
    expect(
      searchStart({ entry, files: many }, 'pl', fragments, {}, hash).preload.filter((file) =>
        file.startsWith('index/'),
      ),
    ).toEqual([]);
  });

  it('stops when a language has no index', () => {
    expect(() => searchStart({ entry, files }, 'de', fragments, {}, hash)).toThrow(/no pages in "de"/);
  });
});

describe('largestFirst', () => {
  it('asks for the largest downloads first, equal ones in the order given', () => {
    expect(
      largestFirst([
        { url: '/search-words/pl.json', bytes: 1_100 },
        { url: '/pagefind/wasm.pl.pagefind', bytes: 58_000 },
        { url: '/pagefind/pagefind-entry.json', bytes: 200 },
        { url: '/pagefind/filter/pl_f1.pf_filter', bytes: 200 },
        { url: '/pagefind/index/pl_i1.pf_index', bytes: 31_000 },
      ]),
    ).toEqual([
      '/pagefind/wasm.pl.pagefind',
      '/pagefind/index/pl_i1.pf_index',
      '/search-words/pl.json',
      '/pagefind/pagefind-entry.json',
      '/pagefind/filter/pl_f1.pf_filter',
    ]);
  });
});
