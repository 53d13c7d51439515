// A search kept in the address's fragment ("#q=praca&kind=programme"): browsers never send the fragment
// to a server, so what a reader types stays on their device, while Back, reload and bookmarks keep it.

export interface SearchState {
  /** What the reader typed. */
  query: string;
  /** The kind of page the results are narrowed to; '' for all. */
  kind: string;
}

/** The search in a fragment ("#q=…") or an old query string ("?q=…"); empty when there is none. */
export function searchState(fragment: string): SearchState {
  const params = new URLSearchParams(fragment.replace(/^[#?]/, ''));
  return { query: (params.get('q') ?? '').trim(), kind: params.get('kind') ?? '' };
}

/** The fragment for a search: "#q=praca+w+Opolu", with "&kind=…" when narrowed; '' for no search. */
export function searchFragment({ query, kind }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (kind) params.set('kind', kind);
  const text = params.toString();
  return text ? `#${text}` : '';
}
