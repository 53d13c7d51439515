// A programme's time as the site tells it: when it ran or what period its source describes, and what we
// do not know. Every output (page, office card, eligibility answer, leaflet, data feed, JSON-LD) takes
// its words from here so they never drift apart.
import type { ProgrammeTime } from './dataSchemas.ts';
import { inLocale, type Locale } from './locales.ts';
import { keepOneLetterWordsWithNext } from './typography.ts';

/** The two sentences, in one language: "The project ran from … to …. The source does not say …". */
export function programmeTimeText(programme: ProgrammeTime, locale: Locale): string {
  return `${inLocale(programme.time, locale)} ${inLocale(programme.unknown, locale)}`;
}

/** The words as a page shows them: Polish typography (no one-letter word at a line's end) for Polish. */
export function onPage(text: string, locale: Locale): string {
  return locale === 'pl' ? keepOneLetterWordsWithNext(text) : text;
}

/**
 * Programme pages that have no time entry, as messages naming the page and the data file. A programme
 * page without its time would read as if the programme ran today, so the build stops instead.
 */
export function missingProgrammeTimes(
  programmePages: readonly { id: string; key: string }[],
  times: readonly ProgrammeTime[],
): string[] {
  const known = new Set(times.map((time) => time.id));
  return programmePages
    .filter((page) => !known.has(page.key))
    .map(
      (page) =>
        `content/pages/${page.id}.mdx is a programme page, but content/data/programmes.yaml has no entry with id "${page.key}" (its time and what we do not know)`,
    );
}

/** The time of one programme; throws naming the data file when there is none. */
export function programmeTimeOf(key: string, times: readonly ProgrammeTime[]): ProgrammeTime {
  const time = times.find((entry) => entry.id === key);
  if (!time) throw new Error(`content/data/programmes.yaml: no entry with id "${key}"`);
  return time;
}

/**
 * HSDS service status. Only "defunct" is something a source establishes (the project ended); for a
 * programme described up to a date we cannot confirm, no HSDS value is true ("active" would claim it runs,
 * "inactive" that it stopped), so the status is left out and the alert says why.
 */
export function hsdsStatus(programme: ProgrammeTime): 'defunct' | undefined {
  return programme.status === 'ended' ? 'defunct' : undefined;
}
