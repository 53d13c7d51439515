// The contract between content and code: every collection's schema. A mistake in a content file
// fails the build with a message naming the file (or entry) and the field.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { openingHoursProblems } from './lib/openingHours.ts';

/** Text given in both languages. */
const bilingual = z.object({ pl: z.string().min(1), en: z.string().min(1) });

/** A key of another page (file name in content/pages/<lang>/ without .mdx). */
const pageKey = z.string().regex(/^[a-z0-9-]+$/, 'a page key: lower-case letters, digits and hyphens');

const pages = defineCollection({
  // The id is "<lang>/<key>" from the file path (not the front matter's slug, which differs per language).
  loader: glob({ pattern: '*/*.mdx', base: './content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    /** The page's h1 and <title>. */
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(1).max(200),
    /** The localized URL part ("" for the home page). */
    slug: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'lower-case words joined by hyphens, or "" for home'),
    /** What sort of page this is; shown in search results and used as a search filter. */
    kind: z.enum(['home', 'programme', 'campaign', 'directory', 'help', 'about']),
    /** Which page frame renders the body: plain, or with the home, directory, eligibility or search parts. */
    template: z.enum(['page', 'home', 'directory', 'eligibility', 'search']).default('page'),
    /** When the facts on this page were last checked against their sources. */
    lastChecked: z.coerce.date(),
    /** Pages people print get a "Print" button. */
    printable: z.boolean().default(false),
    /** The source documents the facts come from (seed ids). */
    sources: z.array(z.enum(['000', '001', '002', '003'])).default([]),
    /** Home only: the "who are you?" choices, each leading to a page. */
    choices: z.array(z.object({ label: z.string().min(1), hint: z.string().min(1), page: pageKey })).optional(),
  }),
});

const voivodeships = [
  'dolnośląskie', 'kujawsko-pomorskie', 'lubelskie', 'lubuskie', 'łódzkie', 'małopolskie', 'mazowieckie',
  'opolskie', 'podkarpackie', 'podlaskie', 'pomorskie', 'śląskie', 'świętokrzyskie', 'warmińsko-mazurskie',
  'wielkopolskie', 'zachodniopomorskie',
] as const;

const openingHours = z.string().superRefine((value, ctx) => {
  for (const problem of openingHoursProblems(value)) ctx.addIssue({ code: 'custom', message: problem });
});

const phone = z.object({
  /** As dialled in Poland, digits and spaces: "116 123". */
  number: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'digits and spaces, optionally starting with +'),
  /** voice: calls; sms: text messages. */
  kind: z.enum(['voice', 'sms']).default('voice'),
});

const offices = defineCollection({
  loader: file('content/data/offices.yaml'),
  schema: z.object({
    /** Programmes served here (page keys). */
    programmes: z.array(pageKey).min(1),
    /** The office's name where it has one; otherwise the programme and city are shown. */
    name: bilingual.optional(),
    /** The person to ask for. */
    contactPerson: z.string().min(1).optional(),
    address: z.object({
      street: z.string().min(1),
      postalCode: z.string().regex(/^\d{2}-\d{3}$/, 'a Polish postal code: 00-000'),
      city: z.string().min(1),
      voivodeship: z.enum(voivodeships),
    }),
    /** Coordinates, if known (WGS 84). */
    geo: z.object({ lat: z.number().min(49).max(55), lon: z.number().min(14).max(25) }).optional(),
    phones: z.array(phone).default([]),
    emails: z.array(z.email()).default([]),
    /** Languages spoken, if known (ISO 639-1 codes). */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
    /** Step-free access, if known. */
    stepFree: z.boolean().optional(),
    /** Office hours in OpenStreetMap opening_hours notation, e.g. "Mo 10:00-18:00; PH off". */
    openingHours,
    /** When this entry was last checked. */
    lastChecked: z.coerce.date(),
    /** A short-term notice shown prominently, e.g. "closed until 6 January". */
    notice: bilingual.optional(),
  }),
});

const helplines = defineCollection({
  loader: file('content/data/helplines.yaml'),
  schema: z.object({
    /** emergency: 112; support: national support lines; helpline: a programme's line; email: an e-mail contact. */
    kind: z.enum(['emergency', 'support', 'helpline', 'email']),
    /** The number as dialled, or null where the sources give none (then `missing` says so). */
    number: z.string().regex(/^[0-9 ]{3,20}$/).nullable(),
    email: z.email().optional(),
    free: z.boolean().optional(),
    /** "24/7" or opening_hours notation, only where known. */
    hours: z.string().optional(),
    programmes: z.array(pageKey).default([]),
    name: bilingual,
    description: bilingual,
    /** Why a fact (the number) is missing, in both languages. */
    missing: bilingual.optional(),
    lastChecked: z.coerce.date(),
  }).refine((line) => line.number !== null || line.email !== undefined || line.missing !== undefined, {
    message: 'a line needs a number, an e-mail, or a `missing` note saying why neither is given',
    path: ['number'],
  }),
});

export const collections = { pages, offices, helplines };
