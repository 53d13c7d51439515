// The schema of content/search/<lang>.yaml, the synonym lists editors extend. Kept apart from
// searchSynonyms.ts so that the search page's script does not carry the schema library.
import { z } from 'astro/zod';

/** A word as a reader types it: one word, lower-case letters only. */
const readerWord = z
  .string()
  .regex(/^\p{Ll}+$/u, 'one word in lower-case letters (a phrase belongs on the right-hand side)');

/**
 * The whole file: each key is a word readers type ("prawnik"), each value the words or phrases the site
 * itself uses for it, best first (["porady prawne", "pomoc prawna"]).
 */
export const synonymsSchema = z.record(readerWord, z.array(z.string().trim().min(1)).min(1));
