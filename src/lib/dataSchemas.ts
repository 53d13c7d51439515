// Schemas of the directory's data files (content/data/offices.yaml, helplines.yaml). They live here,
// not in content.config.ts, so unit tests can run them on fixtures; content.config.ts uses them.
import { z } from 'astro/zod';
import { openingHoursProblems } from './openingHours.ts';
import { voivodeships } from './voivodeships.ts';

/** Text given in both languages. */
export const bilingual = z.object({ pl: z.string().min(1), en: z.string().min(1) });

/** A key of another page (file name in content/pages/<lang>/ without .mdx). */
export const pageKey = z.string().regex(/^[a-z0-9-]+$/, 'a page key: lower-case letters, digits and hyphens');

/** Office hours in OpenStreetMap opening_hours notation; every problem is reported in words. */
export const openingHours = z.string().superRefine((value, ctx) => {
  for (const problem of openingHoursProblems(value)) ctx.addIssue({ code: 'custom', message: problem });
});

export const phone = z.object({
  /** As dialled in Poland, digits and spaces: "116 123". */
  number: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'digits and spaces, optionally starting with +'),
  /** voice: calls; sms: text messages. */
  kind: z.enum(['voice', 'sms']).default('voice'),
});

const isoDay = z.coerce.date();

export const officeSchema = z
  .object({
    /** Used in addresses and file names: lower-case letters, digits and hyphens ("wroclaw"). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits joined by hyphens'),
    /** Programmes served here (page keys). */
    programmes: z.array(pageKey).min(1),
    /** The office's name where it has one; otherwise the city is shown ("Office in Wrocław"). */
    name: bilingual.optional(),
    /** The person to ask for. */
    contactPerson: z.string().min(1).optional(),
    address: z.object({
      /** Street, number and flat: "ul. Długa 66 C lok. 6". */
      street: z.string().min(1),
      postalCode: z.string().regex(/^\d{2}-\d{3}$/, 'a Polish postal code: 00-000'),
      city: z.string().min(1),
      /** "In the city" as Polish says it, case and preposition written by an editor: "we Wrocławiu", "w Opolu". */
      cityIn: z.string().regex(/^we? \S/, 'w/we and the city in the locative: "we Wrocławiu"').optional(),
      voivodeship: z.enum(voivodeships),
    }),
    /** Coordinates, if known (WGS 84). */
    geo: z.object({ lat: z.number().min(49).max(55), lon: z.number().min(14).max(25) }).optional(),
    /** Phone numbers, only where a source gives them. */
    phones: z.array(phone).default([]),
    /** E-mail addresses, only where a source gives them. */
    emails: z.array(z.email()).default([]),
    /** Languages spoken, if known (ISO 639-1 codes). */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code: two lower-case letters')).optional(),
    /** Step-free access, if known. */
    stepFree: z.boolean().optional(),
    /** Office hours in OpenStreetMap opening_hours notation, e.g. "Mo 10:00-18:00; PH off". */
    openingHours,
    /** When this entry was last checked against its source (shown: "information checked on …"). */
    lastChecked: isoDay,
    /** A short-term notice shown prominently, e.g. "closed until 6 January". */
    notice: bilingual.optional(),
    /** A short-term closure: closed up to and including this day; the "open now" line counts it. */
    closedUntil: isoDay.optional(),
  })
  .refine((office) => office.closedUntil === undefined || office.notice !== undefined, {
    message: 'a closure (closedUntil) needs a notice that tells readers about it',
    path: ['notice'],
  });

export type Office = z.infer<typeof officeSchema>;

export const helplineSchema = z
  .object({
    /** emergency: 112; support: national support lines; helpline: a programme's line; email: an e-mail contact. */
    kind: z.enum(['emergency', 'support', 'helpline', 'email']),
    /** The number as dialled, or null where the sources give none (then `missing` says so). */
    number: z.string().regex(/^[0-9 ]{3,20}$/, 'digits and spaces').nullable(),
    email: z.email().optional(),
    /** Calls are free of charge. */
    free: z.boolean().optional(),
    /** "24/7" or opening_hours notation, only where known. */
    hours: z.string().optional(),
    /** Programmes this line belongs to (page keys). */
    programmes: z.array(pageKey).default([]),
    name: bilingual,
    /** A name short enough for one line beside the number on a small phone ("Dla dzieci i młodzieży"). */
    shortName: bilingual.optional(),
    description: bilingual,
    /** Why a fact (the number) is missing, in both languages. */
    missing: bilingual.optional(),
    /** Where the number is published by the institution itself or a ministry, and the day we read it there. */
    source: z.object({ url: z.url(), read: isoDay }).optional(),
    /** When this entry was last checked against its source. */
    lastChecked: isoDay,
  })
  .refine((line) => line.number !== null || line.email !== undefined || line.missing !== undefined, {
    message: 'a line needs a number, an e-mail, or a `missing` note saying why neither is given',
    path: ['number'],
  })
  // Only 112, 116 111 and 116 123 are common knowledge; any other number must say where it is published.
  .refine((line) => line.kind === 'emergency' || line.kind === 'support' || line.number === null || line.source !== undefined, {
    message: 'a helpline number needs a `source` (url, read) where the institution or a ministry publishes it',
    path: ['source'],
  });

export type Helpline = z.infer<typeof helplineSchema>;
