// The site's own vocabulary, for forgiving misspellings: Pagefind has no typo tolerance, so a word the
// site does not know is replaced by its nearest words (by edit distance) from what the pages really say.
// The build collects the words (vocabularyOf); the search page compares against them (nearestWords).
import type { Locale } from './locales.ts';
import { pagefindLetters, spellingsWithPolishL } from './searchQuery.ts';

/** Shorter words say too little to be worth correcting or offering as a correction. */
export const minWordLength = 3;

/**
 * The words of the pages' text, most frequent first (alphabetical among equals), lower-cased, with
 * their diacritics; no numbers, no words shorter than `minWordLength`.
 */
export function vocabularyOf(texts: readonly string[], locale: Locale): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase(locale).split(/[^\p{L}]+/u)) {
      if ([...word].length >= minWordLength) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, locale))
    .map(([word]) => word);
}

/** A word as readers may type it on any keyboard: lower-case, without diacritics, "ł" as "l". */
export function plainLetters(word: string): string {
  return pagefindLetters(word).replaceAll('ł', 'l');
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("mieszkanei" → "mieszkanie"),
 * giving up (returning max + 1) as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may need: one in a short word, two in a longer one. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : 2;
}

/**
 * The vocabulary's words nearest to a word the site does not know, nearest first. A misspelt beginning
 * of a longer word counts too, since Pagefind finds words by their beginning: "psycholg" → "psycholog"
 * (from "psychologiczne"). Among equals: whole words first, then the longer beginning, then the
 * vocabulary's order (most frequent first). Empty when nothing is near enough.
 */
export function nearestWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const typed = plainLetters(word);
  if (typed.length < minWordLength) return [];
  const max = allowedEdits(typed.length);
  const found = new Map<string, { distance: number; whole: boolean; order: number }>();
  vocabulary.forEach((candidate, order) => {
    const letters = [...candidate];
    const plain = plainLetters(candidate);
    const options = [{ text: candidate, plain, whole: true }];
    for (const length of [typed.length + 1, typed.length, typed.length - 1]) {
      if (length >= minWordLength + 1 && length < plain.length) {
        options.push({ text: letters.slice(0, length).join(''), plain: plain.slice(0, length), whole: false });
      }
    }
    for (const option of options) {
      const distance = editDistance(typed, option.plain, max);
      const known = found.get(option.text);
      if (distance <= max && (!known || distance < known.distance))
        found.set(option.text, { distance, whole: option.whole, order });
    }
  });
  return [...found]
    .sort(
      ([a, x], [b, y]) =>
        x.distance - y.distance ||
        Number(y.whole) - Number(x.whole) ||
        [...b].length - [...a].length ||
        x.order - y.order,
    )
    .slice(0, limit)
    .map(([text]) => text);
}

/**
 * Letters Pagefind's English stemmer may cut from a word: "prisoners" finds "prisoner", "housing" finds
 * "house". Polish is not stemmed by Pagefind; our own stem is already a prefix. A language not named
 * here is taken as not stemmed.
 */
const stemmable: Partial<Record<Locale, number>> = { pl: 0, en: 3 };

/**
 * How the site spells a search term, if it uses the word at all: Pagefind matches a term as the start
 * of a word and ignores diacritics except "ł", so a term typed without "ł" is tried with it. Undefined
 * when no word of the vocabulary would match: then the term is a misspelling or not on the site.
 */
export function knownSpelling(term: string, vocabulary: readonly string[], locale: Locale): string | undefined {
  const words = vocabulary.map(pagefindLetters);
  for (const spelling of [term, ...spellingsWithPolishL(term)]) {
    const wanted = pagefindLetters(spelling);
    const matches = (word: string) =>
      word.startsWith(wanted) ||
      (wanted.startsWith(word) &&
        word.length >= minWordLength &&
        wanted.length - word.length <= (stemmable[locale] ?? 0));
    if (words.some(matches)) return spelling;
  }
  return undefined;
}

/**
 * The query as the reader typed it, with the corrected words in place of the misspelt ones: "pomoc w
 * szukaniu procy" → "pomoc w szukaniu pracy". Undefined when nothing was corrected.
 */
export function shownQuery(
  query: string,
  typed: readonly string[],
  corrected: string | undefined,
  locale: Locale,
): string | undefined {
  if (corrected === undefined) return undefined;
  const replacements = corrected.split(' ');
  let shown = query.trim().toLocaleLowerCase(locale).replace(/\s+/g, ' ');
  typed.forEach((word, index) => {
    const replacement = replacements[index];
    if (replacement === undefined || replacement === word) return;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    shown = shown.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), replacement);
  });
  return shown;
}
