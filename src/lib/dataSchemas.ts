// Schemas of the directory's data files (content/data/offices.yaml, helplines.yaml). They live here,
// not in content.config.ts, so unit tests can run them on fixtures; content.config.ts uses them.
// Every object is strict: a misspelt field ("contactPersn") is an error, not a field quietly dropped.
// To add a field, add a line with its comment; nothing else needs to change.
import { z } from 'astro/zod';
import { openingHoursProblems, projectionProblems } from './openingHours.ts';
import { byLocale } from './locales.ts';
import { voivodeships } from './voivodeships.ts';

/** Text given in every language of content/locales.yaml, by its code: a missing one fails the build. */
export const localized = z.strictObject(byLocale(() => z.string().min(1)));

/** A key of another page (file name in content/pages/<lang>/ without .mdx). */
export const pageKey = z.string().regex(/^[a-z0-9-]+$/, 'a page key: lower-case letters, digits and hyphens');

/** A page key that must be one of `keys` (the pages that exist), so a misspelt programme fails the build. */
export function knownPageKey(keys: readonly string[]) {
  return pageKey.superRefine((key, ctx) => {
    if (!keys.includes(key))
      ctx.addIssue({ code: 'custom', message: `"${key}" is not a page (one of: ${keys.join(', ')})` });
  });
}

/**
 * Office hours in OpenStreetMap opening_hours notation; every problem is reported in words. Valid notation
 * must also mean, on every day of `years`, exactly the weekly hours the site shows (see projectionProblems).
 */
export function openingHours(years: readonly [number, number]) {
  return z.string().superRefine((value, ctx) => {
    const problems = openingHoursProblems(value);
    for (const problem of problems.length > 0 ? problems : projectionProblems(value, ...years))
      ctx.addIssue({ code: 'custom', message: problem });
  });
}

export const phone = z.strictObject({
  /** As dialled in Poland, digits and spaces: "116 123". */
  number: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'digits and spaces, optionally starting with +'),
  /** voice: calls; sms: text messages. */
  kind: z.enum(['voice', 'sms']).default('voice'),
});

const isoDay = z.coerce.date();

/** EU-wide numbers everyone can check (emergency, children and young people, emotional support for adults). */
const commonKnowledgeNumbers = ['112', '116 111', '116 123'];

export interface DirectorySchemaOptions {
  /** What a page key may be; content.config.ts passes knownPageKey (the pages that exist). */
  page?: z.ZodType<string>;
  /** The years over which hours must match the weekly table; the build passes its holiday years. */
  hoursYears?: readonly [number, number];
}

/** The office and helpline schemas. */
export function directorySchemas({ page = pageKey, hoursYears = [2026, 2027] }: DirectorySchemaOptions = {}) {
  const officeSchema = z
    .strictObject({
      /** Used in addresses and file names: lower-case letters, digits and hyphens ("wroclaw"). */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits joined by hyphens'),
      /** Programmes served here (page keys). */
      programmes: z.array(page).min(1),
      /** The office's name where it has one; otherwise the city is shown ("Office in Wrocław"). */
      name: localized.optional(),
      /** The person to ask for. */
      contactPerson: z.string().min(1).optional(),
      /** The postal address, where readers go. */
      address: z.strictObject({
        /** Street, number and flat: "ul. Długa 66 C lok. 6". */
        street: z.string().min(1),
        /** "53-633". */
        postalCode: z.string().regex(/^\d{2}-\d{3}$/, 'a Polish postal code: 00-000'),
        /** The town, as on letters; offices are listed by it. */
        city: z.string().min(1),
        /** "In the city" as Polish says it, case and preposition written by an editor: "we Wrocławiu", "w Opolu". */
        cityIn: z
          .string()
          .regex(/^we? \S/, 'w/we and the city in the locative: "we Wrocławiu"')
          .optional(),
        /** The voivodeship in Polish, lower case ("dolnośląskie"); the directory groups offices by it. */
        voivodeship: z.enum(voivodeships),
      }),
      /** Coordinates, if known (WGS 84). */
      geo: z.strictObject({ lat: z.number().min(49).max(55), lon: z.number().min(14).max(25) }).optional(),
      /** Phone numbers, only where a source gives them. */
      phones: z.array(phone).default([]),
      /** E-mail addresses, only where a source gives them. */
      emails: z.array(z.email()).default([]),
      /** Languages spoken, if known (ISO 639-1 codes). */
      languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code: two lower-case letters')).optional(),
      /** Step-free access, if known. */
      stepFree: z.boolean().optional(),
      /** Office hours in OpenStreetMap opening_hours notation, e.g. "Mo 10:00-18:00; PH off". */
      openingHours: openingHours(hoursYears),
      /** The day this entry was compared with its source (shown as such; not a confirmation that the office is open). */
      lastChecked: isoDay,
      /** A short-term notice shown prominently, e.g. "closed until 6 January". */
      notice: localized.optional(),
      /** A short-term closure: closed up to and including this day; the "open now" line counts it. */
      closedUntil: isoDay.optional(),
    })
    .refine((office) => office.closedUntil === undefined || office.notice !== undefined, {
      message: 'a closure (closedUntil) needs a notice that tells readers about it',
      path: ['notice'],
    });

  const helplineSchema = z
    .strictObject({
      /** Used in the page's anchors: lower-case letters, digits and hyphens ("children-116111"). */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits joined by hyphens'),
      /** emergency: 112; support: national support lines; helpline: a programme's line; email: an e-mail contact. */
      kind: z.enum(['emergency', 'support', 'helpline', 'email']),
      /** The number as dialled, or null where the sources give none (then `missing` says so). */
      number: z
        .string()
        .regex(/^[0-9 ]{3,20}$/, 'digits and spaces')
        .nullable(),
      /** An e-mail address, for contacts reached by e-mail. */
      email: z.email().optional(),
      /** Calls are free of charge. */
      free: z.boolean().optional(),
      /** "24/7" or opening_hours notation, only where known. */
      hours: z.string().optional(),
      /** Programmes this line belongs to (page keys). */
      programmes: z.array(page).default([]),
      /** The line's name, in every language. */
      name: localized,
      /** A name short enough for one line beside the number on a small phone ("Dla dzieci i młodzieży"). */
      shortName: localized.optional(),
      /** Who the line is for, in one sentence, in every language. */
      description: localized,
      /** Why a fact (the number) is missing, in every language. */
      missing: localized.optional(),
      /** Where the number is published by the institution itself or a ministry, and the day we read it there. */
      source: z.strictObject({ url: z.url(), read: isoDay }).optional(),
      /** When this entry was last checked against its source. */
      lastChecked: isoDay,
    })
    .refine((line) => line.number !== null || line.email !== undefined || line.missing !== undefined, {
      message: 'a line needs a number, an e-mail, or a `missing` note saying why neither is given',
      path: ['number'],
    })
    // Only the EU-wide 112, 116 111 and 116 123 are common knowledge; any other number must say where it is published.
    .refine(
      (line) => line.number === null || commonKnowledgeNumbers.includes(line.number) || line.source !== undefined,
      {
        message: 'a helpline number needs a `source` (url, read) where the institution or a ministry publishes it',
        path: ['source'],
      },
    );

  return { officeSchema, helplineSchema };
}

export const { officeSchema, helplineSchema } = directorySchemas();

export type Office = z.infer<typeof officeSchema>;
export type Helpline = z.infer<typeof helplineSchema>;

export const programmeTimeSchema = z
  .strictObject({
    /** The programme's page key ("post-penitentiary"): content/pages/<lang>/<id>.mdx. */
    id: pageKey,
    /** The source document this time comes from (seed id). */
    source: z.enum(['000', '001', '002', '003']),
    /** ended: the source says the project finished; unconfirmed: the source describes it up to a date and we could not confirm it runs after. */
    status: z.enum(['ended', 'unconfirmed']),
    /** First day, where the source gives it. */
    from: isoDay.optional(),
    /** Last day, where the source gives it (an ended project). */
    until: isoDay.optional(),
    /** The last day of the period the source describes, where it has no end date (targets "at the end of 2025"). */
    describesUntil: isoDay.optional(),
    /** The day we compared these words with the source (not a day anyone confirmed the programme runs). */
    compared: isoDay,
    /** When it ran, or what period the source describes; shown under the title and wherever the programme appears. */
    time: localized,
    /** What we do not know about it today. */
    unknown: localized,
    /** The period in a few words, for lists such as the page footer: "2021–2022", "up to the end of 2025". */
    period: localized,
  })
  .refine((p) => p.from === undefined || p.until === undefined || p.from <= p.until, {
    message: 'from must not be after until',
    path: ['until'],
  });

export type ProgrammeTime = z.infer<typeof programmeTimeSchema>;
