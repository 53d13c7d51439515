// "Show only offices open now": how many of a list are open, and – when none is – which opens first and
// when, in words ("Showing 3 of 5 offices"; "None of these offices is open now. Office in Wrocław opens
// first, tomorrow at 8:30."). Pure, so the browser's toggle and the unit tests count the same way.
import type { NextOpening, OpeningStatus } from './openingStatus.ts';
import { fill, type FillValues } from './fill.ts';
import type { PluralForms } from './plural.ts';

/** The form of `forms` for `count` in the page's language (`pluralize` with the page's locale). */
export type Plural = (forms: PluralForms, count: number, values?: FillValues) => string;

/** An opening in words in the page's language ("tomorrow at 8:30"; `whenText` with the page's words). */
export type When = (opensAt: NextOpening) => string;

/** One office of the list: its name as its heading says it, and its status now. */
export interface ListedOffice {
  name: string;
  status: OpeningStatus;
}

export interface OpenNowSummary {
  open: number;
  total: number;
  /** While none is open: the office that opens first, if any opening is known. */
  next?: { name: string; opensAt: NextOpening };
}

/** Templates: "{{shown}}" and "{{count}}" (the total, which picks the plural form), "{{office}}", "{{when}}". */
export interface FilterStrings {
  /** "Showing {{shown}} of {{count}} offices" in each plural form of the total. */
  count: PluralForms;
  /** Added to the count when the list is one page of several: "on this page". */
  onPage: string;
  none: string;
  /** "{{office}} opens first, {{when}}." */
  next: string;
}

const order = ({ date, minutes }: NextOpening) => `${date} ${String(minutes).padStart(4, '0')}`;

export function openNowSummary(offices: readonly ListedOffice[]): OpenNowSummary {
  const open = offices.filter(({ status }) => status.open).length;
  const summary: OpenNowSummary = { open, total: offices.length };
  if (open > 0) return summary;
  for (const { name, status } of offices) {
    if (status.opensAt && (!summary.next || order(status.opensAt) < order(summary.next.opensAt)))
      summary.next = { name, opensAt: status.opensAt };
  }
  return summary;
}

/** The live count: "Showing 3 of 5 offices", "… on this page" when the list is one page of several. */
export function countText(
  shown: number,
  total: number,
  filter: FilterStrings,
  plural: Plural,
  onPage: boolean,
): string {
  const count = plural(filter.count, total, { shown });
  return onPage ? `${count} ${filter.onPage}` : count;
}

/** What to say when the list would be empty: none is open, and which opens first. */
export function noneOpenText(summary: OpenNowSummary, filter: FilterStrings, when: When): string {
  if (summary.open > 0) return '';
  if (!summary.next) return filter.none;
  const next = fill(filter.next, {
    office: summary.next.name,
    when: when(summary.next.opensAt),
  });
  return `${filter.none} ${next}`;
}
