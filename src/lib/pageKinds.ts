// The kinds of page (front matter `kind`), in the order the search page shows them. The list stays in code:
// each kind has its labels in the interface strings (searchPage.kind.*, searchPage.kinds.*) and the schema
// accepts only these, so a new page – a new programme too – takes one of them and changes no code.

/** Sections of the site index and the search filters, in this order; the schema's `kind` is one of them. */
export const pageKinds = ['home', 'programme', 'campaign', 'directory', 'help', 'about'] as const;

export type PageKind = (typeof pageKinds)[number];

/** Kinds a search can be narrowed to; the home page alone is not worth a filter. */
export const filterKinds = pageKinds.filter((kind) => kind !== 'home');
