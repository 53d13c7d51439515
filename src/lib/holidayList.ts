// The public holidays as the open-now lines get them, in one attribute per list: each year once, then its
// days ("2026:01-01,01-06,04-05 2027:01-01,…"), not each date in full (half the bytes; 42 dates a page).

/** ["2026-01-01", "2026-01-06", "2027-01-01"] → "2026:01-01,01-06 2027:01-01". */
export function encodeHolidays(dates: readonly string[]): string {
  const byYear = new Map<string, string[]>();
  for (const date of dates) {
    const year = date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), date.slice(5)]);
  }
  return [...byYear].map(([year, days]) => `${year}:${days.join(',')}`).join(' ');
}

/** The inverse of encodeHolidays. */
export function decodeHolidays(value: string): string[] {
  return value
    .split(' ')
    .filter(Boolean)
    .flatMap((year) => {
      const [number, days = ''] = year.split(':');
      return days.split(',').map((day) => `${number}-${day}`);
    });
}
