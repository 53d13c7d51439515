// Words readers use that the site does not ("prawnik", "jail"), mapped to words it does ("porady
// prawne", "prison"). Editors keep the lists in content/search/<lang>.yaml; the search page applies them
// to the query in the browser: the query is searched as typed and once for each replacement.
import type { Locale } from './locales.ts';
import { plainLetters } from './searchWords.ts';
import { polishSearchStem, queryWords } from './searchQuery.ts';

/** A word readers type → the words or phrases the site uses for it, best first (see synonymsSchema.ts). */
export type Synonyms = Record<string, string[]>;

/** One way of searching a query: its words, and whether a synonym replaced any of them. */
export interface QueryVariant {
  words: string[];
  viaSynonym: boolean;
}

/** The variants searched at most, so one query never turns into dozens of searches. */
const maxVariants = 6;

/** Two forms of one word: the same Polish stem, or an English plural. */
function sameWord(a: string, b: string, locale: Locale): boolean {
  const plainA = plainLetters(a);
  const plainB = plainLetters(b);
  if (plainA === plainB) return true;
  if (locale === 'pl') return plainLetters(polishSearchStem(a)) === plainLetters(polishSearchStem(b));
  return plainA.replace(/e?s$/, '') === plainB.replace(/e?s$/, '');
}

/** The replacements for one word of a query (none when the lists do not name it). */
export function synonymsOf(word: string, synonyms: Synonyms, locale: Locale): string[] {
  return Object.entries(synonyms).find(([key]) => sameWord(key, word, locale))?.[1] ?? [];
}

/**
 * The query as typed, then the query with one word at a time replaced by each of its synonyms
 * ("prawnik Wrocław" → "prawnik Wrocław", "porady prawne Wrocław", "pomoc prawna Wrocław").
 */
export function queryVariants(words: readonly string[], synonyms: Synonyms, locale: Locale): QueryVariant[] {
  const variants: QueryVariant[] = [{ words: [...words], viaSynonym: false }];
  words.forEach((word, index) => {
    for (const replacement of synonymsOf(word, synonyms, locale)) {
      const replaced = [...words.slice(0, index), ...queryWords(replacement, locale), ...words.slice(index + 1)];
      const key = replaced.join(' ');
      if (!variants.some((variant) => variant.words.join(' ') === key))
        variants.push({ words: replaced, viaSynonym: true });
    }
  });
  return variants.slice(0, maxVariants);
}
