// The week as the directory counts it: weekday codes (as in opening_hours) and opening ranges in minutes.
// Kept apart from openingHours.ts so the browser's open-now script can use it without the parser library.
export const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes since midnight, [start, end). */
export type MinuteRange = readonly [number, number];
export type WeeklySchedule = Record<Weekday, MinuteRange[]>;

/** The weekday of an ISO calendar date, "2026-11-23" → "Mo" (a date alone is read as UTC midnight). */
export function weekdayOf(date: string): Weekday {
  return weekdays[(new Date(date).getUTCDay() + 6) % 7]!;
}

export function emptySchedule(): WeeklySchedule {
  return Object.fromEntries(weekdays.map((day) => [day, [] as MinuteRange[]])) as WeeklySchedule;
}

/** A schedule as a short attribute value: seven days separated by ";", ranges by ",": "600-1080;510-990;;…". */
export function encodeSchedule(schedule: WeeklySchedule): string {
  return weekdays.map((day) => schedule[day].map(([start, end]) => `${start}-${end}`).join(',')).join(';');
}

/** The inverse of encodeSchedule; anything malformed is dropped rather than guessed. */
export function decodeSchedule(value: string): WeeklySchedule {
  const schedule = emptySchedule();
  const days = value.split(';');
  weekdays.forEach((day, index) => {
    for (const range of (days[index] ?? '').split(',')) {
      const match = /^(\d{1,4})-(\d{1,4})$/.exec(range);
      if (match) schedule[day].push([Number(match[1]), Number(match[2])]);
    }
  });
  return schedule;
}
