// Adding a language is content only. In a throwaway copy of the project this test adds a pseudo-language
// the way an editor would – the English pages, interface strings and synonyms copied under a new code, the
// English text copied into every localized field of the data files, one entry in content/locales.yaml –
// builds it (one `astro build`, 20 to 40 seconds; no PDF export) and checks that the new language has its
// pages, is offered by the language switch, named in hreflang, listed in the sitemap and given its 404 page
// by the nginx configuration, while no code file of the copy differs from the project's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit } from 'yaml';
import { copyProject, removeCopy, runTool } from '../../scripts/project-copy.mjs';

/**
 * Esperanto: a real language tag that Intl and i18next know, with the English plural forms (one, other),
 * so the copied English strings are complete; nothing on the site is in it, so nothing can collide.
 */
const code = 'eo';
const from = 'en';
const site = 'https://example.org';
const project = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every localized field (a mapping with the English key) gets the new code with the English text. */
function addToLocalizedFields(file: string): number {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  let added = 0;
  visit(doc, {
    Map(_, map) {
      const english = map.items.find((pair) => isScalar(pair.key) && pair.key.value === from);
      if (english && !map.has(code)) {
        map.set(code, english.value);
        added += 1;
      }
    },
  });
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return added;
}

function addPseudoLocale(copy: string): void {
  const content = join(copy, 'content');
  cpSync(join(content, 'pages', from), join(content, 'pages', code), { recursive: true });
  cpSync(join(content, 'ui', from), join(content, 'ui', code), { recursive: true });
  cpSync(join(content, 'search', `${from}.yaml`), join(content, 'search', `${code}.yaml`));
  const data = readdirSync(join(content, 'data')).filter((name) => name.endsWith('.yaml'));
  const added = data.map((name) => addToLocalizedFields(join(content, 'data', name)));
  expect(added.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  // The one line (an entry of five fields) in the list of languages.
  const locales = join(content, 'locales.yaml');
  writeFileSync(
    locales,
    `${readFileSync(locales, 'utf8')}- { id: ${code}, name: Esperanto, htmlLang: ${code}, intl: ${code}, ogLocale: eo }\n`,
  );
}

let copy: string;
let build: { status: number | null; output: string; seconds: number };
const read = (file: string) => readFileSync(join(copy, 'dist', file), 'utf8');
/** The language switch's links of a built page: [href, hreflang]. */
const switchLinks = (file: string) =>
  [...read(file).matchAll(/<a class="lang-switch" href="([^"]+)" hreflang="([^"]+)"/g)].map((m) => [m[1], m[2]]);
const hreflangs = (file: string) =>
  Object.fromEntries(
    [...read(file).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );

beforeAll(() => {
  copy = copyProject();
  addPseudoLocale(copy);
  build = runTool('astro', ['build'], copy, { SITE_URL: site });
}, 300_000);

afterAll(() => {
  removeCopy(copy);
});

describe('a language added as content only (a pseudo-language copied from English)', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('changed no code file: only files under content/ differ from the project', () => {
    const changed = filesUnder(copy)
      .filter((file) => !/^(node_modules|dist|\.astro)\//.test(file))
      .filter((file) => {
        const original = join(project, file);
        return !existsSync(original) || !readFileSync(original).equals(readFileSync(join(copy, file)));
      });
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((file) => !file.startsWith('content/'))).toEqual([]);
  });

  it('has every page the English site has, and its own 404 page', () => {
    const english = filesUnder(join(copy, 'dist', from)).filter((file) => file.endsWith('.html'));
    expect(english.length).toBeGreaterThan(10);
    for (const file of english) expect(existsSync(join(copy, 'dist', code, file)), `${code}/${file}`).toBe(true);
    expect(read(`${code}/index.html`)).toContain(`<html lang="${code}"`);
    expect(read(`${code}/404/index.html`)).toContain(`<html lang="${code}"`);
    // Its own search: the words file the search page loads first.
    expect(existsSync(join(copy, 'dist', 'search-words', `${code}.json`))).toBe(true);
  });

  it('is offered by the language switch of the other languages, and offers them', () => {
    expect(switchLinks('index.html')).toEqual([
      ['/en/', 'en'],
      [`/${code}/`, code],
    ]);
    expect(switchLinks('en/about/index.html')).toEqual([
      ['/o-serwisie/', 'pl'],
      [`/${code}/about/`, code],
    ]);
    expect(switchLinks(`${code}/about/index.html`)).toEqual([
      ['/o-serwisie/', 'pl'],
      ['/en/about/', 'en'],
    ]);
  });

  it('is named in every page’s hreflang alternates', () => {
    expect(hreflangs('o-serwisie/index.html')).toEqual({
      pl: `${site}/o-serwisie/`,
      en: `${site}/en/about/`,
      [code]: `${site}/${code}/about/`,
      'x-default': `${site}/o-serwisie/`,
    });
    expect(hreflangs(`${code}/index.html`)[code]).toBe(`${site}/${code}/`);
  });

  it('gets its own 404 page from the generated nginx configuration', () => {
    // The project's script, run in the copy: it reads the copy's list of languages and built site.
    const nginx = spawnSync(
      process.execPath,
      [
        join(project, 'scripts/nginx-config.ts'),
        '--server-name',
        'example.org',
        '--certificate',
        'c.pem',
        '--certificate-key',
        'k.pem',
      ],
      { cwd: copy, encoding: 'utf8' },
    );
    expect(nginx.status, nginx.stderr).toBe(0);
    expect(nginx.stdout).toMatch(
      new RegExp(`location \\^~ /${code}/ \\{\\s+error_page 404 /${code}/404/index\\.html;`),
    );
  });

  it('is listed in the sitemap, with its alternates', () => {
    const sitemap = readdirSync(join(copy, 'dist'))
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => read(name))
      .join('');
    expect(sitemap).toContain(`<loc>${site}/${code}/about/</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="${code}" href="${site}/${code}/about/"/>`);
  });
});
