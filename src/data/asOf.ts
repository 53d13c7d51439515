// The "as of" date of a page's printed sheet (src/lib/asOf.ts), from the page and the directory data it shows.
import { asOfDate, showsOffices, shownHelplines } from '../lib/asOf.ts';
import { directoryOffices, helplineEntries } from './directory.ts';
import type { SitePage } from './pages.ts';

export async function pageAsOf({ entry }: SitePage): Promise<Date> {
  const { data } = entry;
  const pageData = { template: data.template, helplines: data.helplines, offices: data.offices };
  const offices = showsOffices(pageData) ? (await directoryOffices()).map(({ office }) => office.lastChecked) : [];
  const lines = await helplineEntries();
  const shown = new Set(
    shownHelplines(
      pageData,
      lines.map(({ id }) => id),
    ),
  );
  return asOfDate(data.lastChecked, [
    ...offices,
    ...lines.filter(({ id }) => shown.has(id)).map(({ line }) => line.lastChecked),
  ]);
}
