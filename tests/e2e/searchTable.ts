// What readers type, and the page that must be among the first three results: everyday words, words
// the site does not use (found through the synonym files in content/search/) and misspellings (found
// through the vocabulary made at build time). Written before the ranking was tuned; change an expected
// page only when the content changes, never to make a search pass.

export type Why = 'everyday' | 'synonym' | 'typo';

export interface SearchCase {
  query: string;
  expected: string;
  why: Why;
  /** For a misspelling: the words the page says it shows results for. */
  shownAs?: string;
  /** Why this case does not pass yet: shown as a known failure, never silently dropped. */
  knownFailure?: string;
}

const postPenitentiary = { pl: '/pomoc-postpenitencjarna/', en: '/en/post-penitentiary-assistance/' };
const directory = { pl: '/gdzie-szukac-pomocy/', en: '/en/where-to-get-help/' };
const check = { pl: '/czy-moge-dostac-pomoc/', en: '/en/can-i-get-help/' };
const safety = { pl: '/bezpieczne-przegladanie/', en: '/en/browsing-safely/' };
const trafficking = { pl: '/ofiary-handlu-ludzmi/', en: '/en/victims-of-trafficking/' };
const partnership = { pl: '/krajowe-partnerstwo/', en: '/en/national-partnership/' };
const family = { pl: '/rodzina-razem/', en: '/en/family-together/' };

export const searchTable: Record<'pl' | 'en', SearchCase[]> = {
  pl: [
    { query: 'praca', expected: postPenitentiary.pl, why: 'everyday' },
    { query: 'mieszkanie', expected: postPenitentiary.pl, why: 'everyday' },
    { query: 'godziny', expected: directory.pl, why: 'everyday' },
    { query: 'godziny otwarcia', expected: directory.pl, why: 'everyday' },
    { query: 'telefon', expected: directory.pl, why: 'everyday' },
    { query: 'adres', expected: directory.pl, why: 'everyday' },
    { query: '3 miesiące', expected: check.pl, why: 'everyday' },
    { query: 'szybkie wyjście', expected: safety.pl, why: 'everyday' },
    { query: 'prawnik', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'adwokat', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'jedzenie', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'ubrania', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'nocleg', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'lekarz', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'wyjście z więzienia', expected: postPenitentiary.pl, why: 'synonym' },
    { query: 'dzieci więźniów', expected: family.pl, why: 'synonym' },
    { query: 'mieszkanei', expected: postPenitentiary.pl, why: 'typo', shownAs: 'mieszkanie' },
    { query: 'psycholg', expected: postPenitentiary.pl, why: 'typo', shownAs: 'psycholog' },
    { query: 'schronsiko', expected: postPenitentiary.pl, why: 'typo', shownAs: 'schronisko' },
    { query: 'telfon', expected: directory.pl, why: 'typo', shownAs: 'telefon' },
    { query: 'Bidgoszcz', expected: directory.pl, why: 'typo', shownAs: 'bydgoszcz' },
    { query: 'przemooc', expected: partnership.pl, why: 'typo', shownAs: 'przemoc' },
    { query: 'hadnlu ludzmi', expected: trafficking.pl, why: 'typo', shownAs: 'handlu ludzmi' },
    // Misspellings Pagefind half-finds ("proc…", "law…"): very few results, so the nearest word is searched.
    { query: 'pomoc w szukaniu procy', expected: postPenitentiary.pl, why: 'typo', shownAs: 'pomoc w szukaniu pracy' },
  ],
  en: [
    { query: 'job', expected: postPenitentiary.en, why: 'everyday' },
    { query: 'work', expected: postPenitentiary.en, why: 'everyday' },
    { query: 'housing', expected: postPenitentiary.en, why: 'everyday' },
    { query: 'hours', expected: directory.en, why: 'everyday' },
    { query: 'opening hours', expected: directory.en, why: 'everyday' },
    { query: 'phone', expected: directory.en, why: 'everyday' },
    { query: 'address', expected: directory.en, why: 'everyday' },
    { query: '3 months', expected: check.en, why: 'everyday' },
    { query: 'quick exit', expected: safety.en, why: 'everyday' },
    { query: 'lawyer', expected: postPenitentiary.en, why: 'synonym' },
    { query: 'food', expected: postPenitentiary.en, why: 'everyday' },
    { query: 'clothes', expected: postPenitentiary.en, why: 'synonym' },
    { query: 'doctor', expected: postPenitentiary.en, why: 'synonym' },
    { query: 'out of jail', expected: postPenitentiary.en, why: 'synonym' },
    { query: 'kids of prisoners', expected: family.en, why: 'synonym' },
    { query: 'flat', expected: postPenitentiary.en, why: 'synonym' },
    { query: 'housng', expected: postPenitentiary.en, why: 'typo', shownAs: 'housing' },
    { query: 'psycologist', expected: postPenitentiary.en, why: 'typo', shownAs: 'psychologist' },
    { query: 'sheltr', expected: postPenitentiary.en, why: 'typo', shownAs: 'shelter' },
    { query: 'trafficing', expected: trafficking.en, why: 'typo', shownAs: 'trafficking' },
    { query: 'Bydgosch', expected: directory.en, why: 'typo', shownAs: 'bydgoszcz' },
    { query: 'violance', expected: partnership.en, why: 'typo', shownAs: 'violence' },
    { query: 'legal advise', expected: postPenitentiary.en, why: 'typo', shownAs: 'legal advice' },
    { query: 'lawer', expected: postPenitentiary.en, why: 'typo', shownAs: 'lawyer' },
  ],
};
