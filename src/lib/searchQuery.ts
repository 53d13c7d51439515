// Turns what a reader types into search terms for Pagefind. Pagefind has no Polish stemmer, but it
// matches every term as a prefix and ignores diacritics (except "ł", which Unicode does not decompose).
// So a Polish word is cut back to the part its other forms share ("przemocy" → "przemoc", which also
// finds "przemocą"), and a word typed without "ł" can be tried with it ("wroclaw" → "wrocław").
import type { Locale } from './locales.ts';

/**
 * Words that narrow nothing: every page has them, and as prefixes they match half the index. By language;
 * a language without a list here keeps all its words.
 */
const stopWords: Partial<Record<Locale, ReadonlySet<string>>> = {
  pl: new Set(['we', 'ze', 'na', 'do', 'od', 'po', 'za', 'dla', 'oraz', 'lub', 'jak', 'to', 'się', 'sie']),
  en: new Set(['the', 'of', 'to', 'in', 'for', 'and', 'or', 'an', 'on', 'at', 'is', 'are', 'my']),
};

const asciiOf: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

/** Polish letters replaced one for one by plain ones, so endings can be compared however the word was typed. */
export function foldPolish(word: string): string {
  return word.replace(/[ąćęłńóśźż]/g, (letter) => asciiOf[letter]!);
}

/**
 * Inflectional endings of Polish nouns, adjectives and verbs, written without diacritics ("ów" → "ow"),
 * longest first so that "-ami" wins over "-i".
 */
const polishEndings = [
  'owego',
  'owemu',
  'owych',
  'owymi',
  'iego',
  'iemu',
  'iach',
  'iami',
  'owie',
  'owac',
  'ywac',
  'iwac',
  'ego',
  'emu',
  'ych',
  'ymi',
  'ich',
  'imi',
  'ami',
  'ach',
  'iom',
  'owi',
  'uje',
  'uja',
  'ow',
  'om',
  'em',
  'ie',
  'iu',
  'ia',
  'io',
  'ej',
  'ym',
  'im',
  'ac',
  'ec',
  'ic',
  'yc',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
] as const;

/** A stem shorter than this matches too many unrelated words. */
const minStem = 4;

/**
 * The beginning shared by the forms of a Polish word, for prefix search: "Bydgoszczy" → "bydgoszcz",
 * "mieszkanie" → "mieszkan", "Włocławku" and "Włocławek" → "włocław". Lower-cased; the reader's
 * diacritics are kept. Short words and numbers are returned as they are.
 */
export function polishSearchStem(input: string): string {
  const word = input.toLocaleLowerCase('pl');
  const folded = foldPolish(word);
  if (folded.length <= minStem || /\d/.test(folded)) return word;

  const ending = polishEndings.find((end) => folded.endsWith(end) && folded.length - end.length >= minStem);
  if (ending) {
    let stem = word.slice(0, word.length - ending.length);
    const foldedStem = folded.slice(0, stem.length);
    // A consonant that changes or loses its "e" in other forms: Włocławek/Włocławku, Polska/Polsce,
    // handel/handlu, zakład/zakładzie. Cutting it keeps every form under the same prefix.
    if (/[^aeiouy][kcl]$/.test(foldedStem) || /dz$/.test(foldedStem)) stem = stem.slice(0, -1);
    // A softened consonant before "n" lost an "e" too: więźnia/więźniów → więzień, więzienie.
    else if (/[szc]ni?$/.test(foldedStem)) stem = stem.slice(0, foldedStem.endsWith('i') ? -2 : -1);
    return stem.length >= minStem ? stem : word.slice(0, word.length - ending.length);
  }
  // A nominative with a fleeting "e" (Włocławek, handel, ojciec): the other forms drop it.
  if (/[^aeiouy]e[kcl]$/.test(folded) && folded.length - 2 >= minStem) return word.slice(0, -2);
  return word;
}

/** The words of a query, lower-cased, without punctuation, one-letter words and stop words. */
export function queryWords(query: string, locale: Locale): string[] {
  const words = query
    .toLocaleLowerCase(locale)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const meaningful = words.filter((word) => (word.length > 1 || /\d/.test(word)) && !stopWords[locale]?.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** The terms to search for: Polish words cut to their stems; English ones are stemmed by Pagefind itself. */
export function searchTerms(query: string, locale: Locale): string[] {
  const words = queryWords(query, locale);
  const terms = locale === 'pl' ? words.map(polishSearchStem) : words;
  return [...new Set(terms)];
}

/**
 * Other spellings of a word typed without "ł" (Polish place names appear in both languages):
 * "wloclawek" → ["włoclawek", "wlocławek", "włocławek"], fewest changes first. Empty when the word has
 * no "l" or already has a "ł". At most `limit` spellings, so a word with many l's stays cheap to try.
 */
export function spellingsWithPolishL(word: string, limit = 7): string[] {
  if (word.includes('ł')) return [];
  const letters = [...word];
  const positions = letters.flatMap((letter, index) => (letter === 'l' ? [index] : []));
  // Each non-empty subset of the l's, as a bit mask over `positions`.
  const masks = Array.from({ length: 2 ** Math.min(positions.length, 10) - 1 }, (_, index) => index + 1);
  masks.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  return masks.slice(0, limit).map((mask) => {
    const spelling = [...letters];
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) spelling[position] = 'ł';
    });
    return spelling.join('');
  });
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

/** Lower-case letters and digits without diacritics, as Pagefind compares words: "Więźniów," → "wiezniow"; "ł" stays. */
export function pagefindLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Letters Pagefind's English stemmer may cut from a query word, so that a highlighted word shorter than
 * the query is a genuine match ("prisoners" is searched as "prison"). Polish is not stemmed by Pagefind;
 * a language not named here is taken as not stemmed either.
 */
const stemmedAway: Partial<Record<Locale, number>> = { pl: 0, en: 4 };

/**
 * Whether a Pagefind excerpt shows the term itself was found. When no indexed word starts with a term,
 * Pagefind falls back to the longest word the term starts with ("wroclaw" finds every "w"), so having
 * results proves nothing. A highlighted word counts when it is not such a fallback (a beginning of the
 * term, longer than the stemmer could have cut) and shares all but its last two letters with the term
 * (English forms are matched by stem: "housing" finds "house").
 */
export function highlightsTerm(excerpt: string, term: string, locale: Locale): boolean {
  const wanted = pagefindLetters(term);
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some(([, marked]) => {
    const word = pagefindLetters(marked ?? '');
    if (word.length < wanted.length && wanted.startsWith(word)) {
      return word.length >= 3 && wanted.length - word.length <= (stemmedAway[locale] ?? 0);
    }
    return commonPrefixLength(word, wanted) >= Math.min(word.length, wanted.length) - 2;
  });
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}
