// Which pages of a long list a page links to: the first, the last and its neighbours. A voivodeship with
// twenty pages of offices would otherwise list all twenty on each of them (a tenth of the page's weight).

/** The page numbers to link from page `current` of `count`, in order. */
export function nearbyPages(count: number, current: number, reach = 2): number[] {
  const pages: number[] = [];
  for (let page = 1; page <= count; page++)
    if (page === 1 || page === count || Math.abs(page - current) <= reach) pages.push(page);
  return pages;
}
