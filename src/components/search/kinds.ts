// The kinds of page (front matter `kind`) in the order the search page shows them.
import type { CollectionEntry } from 'astro:content';

type Kind = CollectionEntry<'pages'>['data']['kind'];

/** Sections of the site index, in order; a kind missing here would leave its pages out (the e2e test checks). */
export const pageKinds = [
  'home',
  'programme',
  'campaign',
  'directory',
  'help',
  'about',
] as const satisfies readonly Kind[];

/** Kinds a search can be narrowed to; the home page alone is not worth a filter. */
export const filterKinds = pageKinds.filter((kind) => kind !== 'home');
