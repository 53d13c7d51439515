// Adding a programme is content only: in a throwaway copy of the project, two MDX files (Polish and English)
// and the programme's entry in programmes.yaml make a page in both languages that is in the menu at the
// place its front matter asks for, in the search page's list of pages under its kind, and exported as a
// PDF leaflet – and no file outside content/ differs from the project. One whole build.
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runTool } from '../../scripts/project-copy.mjs';
import { leafletPlaceholders } from '../../src/lib/leaflets';

const project = join(import.meta.dirname, '../..');

/** The new programme in each language: its file, its address and its label in the menu. */
const programme = {
  pl: {
    file: 'content/pages/pl/test-programme.mdx',
    url: '/program-testowy/',
    title: 'Program próbny',
    label: 'Program próbny w menu',
    slug: 'program-testowy',
    description: 'Strona programu dodana w kopii serwisu, by sprawdzić, że wystarczą do tego pliki treści.',
    body: 'Ta strona istnieje tylko w kopii serwisu.',
    otherPage: 'o-serwisie/index.html',
    searchPage: 'szukaj/index.html',
  },
  en: {
    file: 'content/pages/en/test-programme.mdx',
    url: '/en/test-programme/',
    title: 'Trial programme',
    label: 'Trial programme in the menu',
    slug: 'test-programme',
    description: 'A programme page added in a copy of the site, to show that content files are all it takes.',
    body: 'This page exists only in a copy of the site.',
    otherPage: 'en/about/index.html',
    searchPage: 'en/search/index.html',
  },
};

/** Between the partnership (50) and the trafficking page (60). */
const menuOrder = 55;

const programmeTime = `
- id: test-programme
  source: "003"
  status: ended
  from: 2021-01-01
  until: 2021-12-31
  compared: 2026-11-23
  time:
    pl: Program trwał przez 2021 r.
    en: The programme ran through 2021.
  unknown:
    pl: Nie wiadomo, czy działa dziś.
    en: We do not know whether it runs today.
  period:
    pl: "2021"
    en: "2021"
`;

let copy: string;
let build: { status: number | null; output: string; seconds: number };

/** Every file of the copy outside content/ and what the build writes (dist, .astro), by its path. */
function codeFiles(root: string): string[] {
  const skip = /^(content|dist|\.astro|node_modules)(\/|$)/;
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !skip.test(path));
}

/** A built page, its no-break spaces (Polish typography) read as spaces. */
const built = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8').replaceAll('\u00A0', ' ');

/** The links of the top menu, in order. */
function menuLinks(html: string): { href: string; text: string }[] {
  const nav = /<nav\b[^>]*main-nav--top[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)].map(([, href, text]) => ({
    href: href!,
    text: text!,
  }));
}

beforeAll(() => {
  copy = copyProject();
  for (const lang of ['pl', 'en'] as const) {
    const page = programme[lang];
    writeFileSync(
      join(copy, page.file),
      [
        '---',
        `title: "${page.title}"`,
        `description: "${page.description}"`,
        `slug: "${page.slug}"`,
        'kind: programme',
        'lastChecked: 2026-11-23',
        'printable: true',
        'sources: ["003"]',
        'menu:',
        `  order: ${menuOrder}`,
        `  label: "${page.label}"`,
        'leaflet: true',
        '---',
        '',
        page.body,
        '',
      ].join('\n'),
    );
  }
  appendFileSync(join(copy, 'content/data/programmes.yaml'), programmeTime);
  build = runTool('astro', ['build'], copy);
}, 300_000);

afterAll(() => {
  removeCopy(copy);
});

describe('a programme added with content files only', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('changes no file outside content/', () => {
    const changed = codeFiles(copy).filter(
      (path) =>
        !existsSync(join(project, path)) || !readFileSync(join(copy, path)).equals(readFileSync(join(project, path))),
    );
    expect(changed).toEqual([]);
  });

  for (const lang of ['pl', 'en'] as const) {
    const page = programme[lang];

    it(`has its page in ${lang}, linked to its translation`, () => {
      const html = built(`${page.url.slice(1)}index.html`);
      expect(html).toMatch(new RegExp(`<h1\\b[^>]*>${page.title}</h1>`));
      const other = programme[lang === 'pl' ? 'en' : 'pl'];
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" hreflang="${lang === 'pl' ? 'en' : 'pl'}" href="${other.url}"`),
      );
    });

    it(`is in the ${lang} menu of other pages, at its place`, () => {
      const links = menuLinks(built(page.otherPage));
      const at = links.findIndex((link) => link.href === page.url);
      expect(links[at]?.text).toBe(page.label);
      // After the partnership, before the trafficking page: the order its front matter asked for.
      expect(links[at - 1]?.href).toMatch(/\/(krajowe-partnerstwo|national-partnership)\/$/);
      expect(links[at + 1]?.href).toMatch(/\/(ofiary-handlu-ludzmi|victims-of-trafficking)\/$/);
    });

    it(`is listed on the ${lang} search page under its kind`, () => {
      const html = built(page.searchPage);
      const programmes = /id="site-index-programme"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
      expect(programmes).toContain(`href="${page.url}"`);
      expect(programmes).toContain(page.title);
    });

    it(`gets a PDF leaflet in ${lang}: the placeholder the export fills`, () => {
      const html = built(`${page.url.slice(1)}index.html`);
      expect(leafletPlaceholders(html)).toEqual([`/pdf/${lang}/${page.slug}.pdf`]);
    });
  }
});
