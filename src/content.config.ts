// The contract between content and code: every collection's schema. A mistake in a content file
// fails the build with a message naming the file (or entry) and the field.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { helplineSchema, officeSchema, pageKey } from './lib/dataSchemas.ts';

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
    /** Numbers shown first, before the page's words (ids from content/data/helplines.yaml), for people at risk. */
    helplines: z.array(z.string().min(1)).optional(),
    /** Home only: the "who are you?" choices, each leading to a page. */
    choices: z.array(z.object({ label: z.string().min(1), hint: z.string().min(1), page: pageKey })).optional(),
  }),
});

const offices = defineCollection({
  loader: file('content/data/offices.yaml'),
  schema: officeSchema,
});

const helplines = defineCollection({
  loader: file('content/data/helplines.yaml'),
  schema: helplineSchema,
});

export const collections = { pages, offices, helplines };
