// The contract between content and code: every collection's schema. A mistake in a content file
// fails the build with a message naming the file (or entry) and the field.
import { defineCollection } from 'astro:content';
import { readdirSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildDay } from './data/buildDay.ts';
import { holidayYears } from './lib/buildDate.ts';
import { directorySchemas, knownPageKey, programmeTimeSchema } from './lib/dataSchemas.ts';
import { locales } from './lib/locales.ts';
import { pageKinds } from './lib/pageKinds.ts';
import { pageRoleProblems } from './lib/pageRoles.ts';
import { checkedLoader, jsonFolderLoader, yamlListLoader } from './loaders/contentLoaders.ts';

// Every object below is strict: an unknown (misspelt) field is an error. To add a field, add one line with its comment.

/** The pages that exist in every language: what `programmes:` and `page:` may name. */
const pageKeys = locales
  .map((lang) =>
    readdirSync(`content/pages/${lang}`)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, '')),
  )
  .reduce((common, keys) => common.filter((key) => keys.includes(key)));
const page = knownPageKey(pageKeys);
// Hours must mean the same week, every week, over the years the build's calendar covers.
const { officeSchema, helplineSchema } = directorySchemas({ page, hoursYears: holidayYears(buildDay) });

const pages = defineCollection({
  // The id is "<lang>/<key>" from the file path (not the front matter's slug, which differs per language).
  // Then the roles are checked across the pages (src/lib/pageRoles.ts): menu places, the summary, translations.
  loader: checkedLoader(
    glob({ pattern: '*/*.mdx', base: './content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    pageRoleProblems,
  ),
  schema: z.strictObject({
    /** The page's h1 and <title>. */
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(1).max(200),
    /** The localized URL part ("" for the home page). */
    slug: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'lower-case words joined by hyphens, or "" for home'),
    /** What sort of page this is; shown in search results and used as a search filter (src/lib/pageKinds.ts orders them). */
    kind: z.enum(pageKinds),
    /** Which page frame renders the body: plain, or with the home, directory, eligibility or search parts. */
    template: z.enum(['page', 'home', 'directory', 'eligibility', 'search']).default('page'),
    /** The day this page's text was compared with its sources (not a day anyone confirmed the programmes run). */
    lastChecked: z.coerce.date(),
    /** Pages people print get a "Print" button. */
    printable: z.boolean().default(false),
    /** The source documents the facts come from (seed ids). */
    sources: z.array(z.enum(['000', '001', '002', '003'])).default([]),
    /** Numbers shown first, before the page's words (ids from content/data/helplines.yaml), for people at risk. */
    helplines: z.array(z.string().min(1)).optional(),
    /** Home only: the "who are you?" choices, each leading to a page. */
    choices: z
      .array(
        z.strictObject({
          /** The choice as the reader says it: "I have just left prison". */
          label: z.string().min(1),
          /** One line under it: what they will find. */
          hint: z.string().min(1),
          /** The page it leads to. */
          page,
        }),
      )
      .optional(),
    /** A page that belongs to a programme (the campaign, the check): that programme's time is shown under its title. */
    programme: page.optional(),
    /** Its place in the main menu (smaller numbers first, one page per number) and its label there; none: not in the menu. */
    menu: z
      .strictObject({
        /** Leave gaps (10, 20 …) so a page can go between two others without renumbering them. */
        order: z.number().int().positive(),
        /** Short: the menu has one line per page on a phone. */
        label: z.string().min(1),
      })
      .optional(),
    /** `npm run export:pdf` makes it a PDF leaflet (needs `printable`); `summary`: the one sheet that sums up other pages, ranked below them in search (one page at most). */
    leaflet: z.union([z.literal(true), z.literal('summary')]).optional(),
    /** Whose offices the page lists (a programme's key; `all` on the directory): placed by its template or by <Offices /> or <OfficeHours /> in its words. */
    offices: z.union([z.literal('all'), page]).optional(),
  }),
});

const offices = defineCollection({
  loader: yamlListLoader('content/data/offices.yaml', officeSchema),
  schema: officeSchema,
});

const helplines = defineCollection({
  loader: yamlListLoader('content/data/helplines.yaml', helplineSchema),
  schema: helplineSchema,
});

// Interface strings. src/lib/i18n.ts reads the files itself; this collection makes the build check them
// first, so a syntax error names the file and its line (and a value that is not text is refused).
const ui = defineCollection({
  loader: jsonFolderLoader('content/ui'),
  /** Flat dotted keys ("office.status.openUntil"), each with its text. */
  schema: z.record(z.string(), z.string()),
});

/** When each programme ran or what period its source describes (content/data/programmes.yaml). */
const programmes = defineCollection({
  loader: yamlListLoader('content/data/programmes.yaml', programmeTimeSchema),
  schema: programmeTimeSchema,
});

export const collections = { pages, offices, helplines, ui, programmes };
