// The date a printed sheet's information is "as of": the earliest day on which any of what it shows –
// the page's words or the offices and lines it lists – was compared with the sources. Never the day it
// was printed: a leaflet is photocopied for months, and a print date would make old facts look new.

/** The earliest of the dates: a sheet is only as current as its oldest fact. */
export function asOfDate(pageChecked: Date, dataChecked: readonly Date[] = []): Date {
  return [pageChecked, ...dataChecked].reduce((earliest, date) =>
    date.getTime() < earliest.getTime() ? date : earliest,
  );
}

/** Which directory data a page shows, from its template and its front matter. */
export interface PageData {
  template: string;
  /** Front matter `helplines:` (ids). */
  helplines?: readonly string[] | undefined;
  /** Front matter `offices:`: whose offices the page lists, if any. */
  offices?: string | undefined;
}

/** Whether the page lists offices (its front matter says whose; the build checks it does list them). */
export function showsOffices({ offices }: PageData): boolean {
  return offices !== undefined;
}

/** The lines a page lists: every one on the directory, else those its front matter names. */
export function shownHelplines({ template, helplines }: PageData, all: readonly string[]): readonly string[] {
  return template === 'directory' ? all : (helplines ?? []);
}
