// Until when an office's hours are its source's word and nothing more. Our sources describe programmes up to
// a date (seed 001: "planned to be achieved at the end of 2025") and nobody has confirmed anything after it:
// past that day in Poland, the open-now line may only say what the source's hours would give, never "open now".
import type { ProgrammeTime } from './dataSchemas.ts';
import { isoDate, warsawClock } from './dates.ts';

/**
 * The last day the source of any of an office's programmes describes ("2025-12-31"): an ended project's last
 * day, or the end of the period its source describes. A programme with neither date could never vouch for
 * today, so the build stops rather than show its hours as confirmed.
 */
export function sourceUntil(programmes: readonly ProgrammeTime[]): string {
  const days = programmes.map((programme) => {
    const day = programme.until ?? programme.describesUntil;
    if (!day)
      throw new Error(
        `content/data/programmes.yaml: "${programme.id}" has offices but neither "until" nor "describesUntil", so their open-now line cannot tell when the source's hours stop being confirmed`,
      );
    return isoDate(day);
  });
  return days.sort().at(-1) ?? '';
}

/** Whether `now`, as a date in Poland, is after the last day `until` ("2025-12-31") the source describes. */
export function pastSourcePeriod(until: string, now: Date): boolean {
  return warsawClock(now).date > until;
}
