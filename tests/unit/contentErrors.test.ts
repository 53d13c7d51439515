// Every kind of content mistake stops the build with the file, the entry or line, and the field named.
// Each case breaks one file in a throwaway copy of the project and runs `astro sync` there: it loads the
// configuration and every collection as the build does, in a few seconds instead of a whole build.
// The parsing itself (lines, ids, unknown fields) is tested in src/lib/contentFiles.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runTool } from '../../scripts/project-copy.mjs';

let copy: string;

beforeAll(() => {
  copy = copyProject();
});

afterAll(() => {
  removeCopy(copy);
});

/** Runs `astro sync` with one file edited, puts the file back, and returns the exit status and output. */
function syncWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  const broken = edit(original);
  expect(broken, 'the edit must change the file').not.toBe(original);
  writeFileSync(path, broken);
  try {
    return runTool('astro', ['sync'], copy);
  } finally {
    writeFileSync(path, original);
  }
}

const slow = { timeout: 120_000 };

describe('the build stops', () => {
  it('on malformed YAML (an unclosed bracket), naming the file and the line', slow, () => {
    const { status, output } = syncWith('content/data/offices.yaml', (text) =>
      text.replace('programmes: [post-penitentiary]', 'programmes: [post-penitentiary'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/offices\.yaml, line \d+: not valid YAML/);
  });

  it('on malformed JSON in the interface strings, naming the file and the line', slow, () => {
    const { status, output } = syncWith('content/ui/pl/site.json', (text) => text.replace(/",\n/, '"\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/ui\/pl\/site\.json, line \d+: not valid JSON/);
  });

  it('on malformed front matter, naming the file and the line', slow, () => {
    const { status, output } = syncWith('content/pages/en/about.mdx', (text) =>
      text.replace(/^title: (.*)$/m, 'title: [$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/pages\/en\/about\.mdx, line \d+: not valid YAML/);
  });

  it('on a page without a slug, naming the file and the field', slow, () => {
    const { status, output } = syncWith('content/pages/en/about.mdx', (text) => text.replace(/^slug:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/en/about.mdx: front matter has no `slug`');
  });

  it('on an unknown (misspelt) front matter field, naming the page and the field', slow, () => {
    const { status, output } = syncWith('content/pages/pl/about.mdx', (text) =>
      text.replace(/^printable:/m, 'printabel:'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('pages → pl/about data does not match collection schema');
    expect(output).toMatch(/printabel/);
    expect(output).toContain('content/pages/pl/about.mdx');
  });

  it('on a repeated office id, naming the file, the line and the id', slow, () => {
    const { status, output } = syncWith('content/data/offices.yaml', (text) =>
      text.replace('id: opole', 'id: wroclaw'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/data\/offices\.yaml, line \d+: id "wroclaw" is already used by the entry at line \d+/,
    );
  });

  it('on an office without an id, naming the file and the line', slow, () => {
    const { status, output } = syncWith('content/data/offices.yaml', (text) =>
      text.replace('- id: opole\n  programmes', '- programmes'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/offices\.yaml, line \d+: entry 2 has no `id`/);
  });

  it('on office fields the schema refuses, naming the file, the entry and each field', slow, () => {
    // Schema problems are all reported at once: a misspelt field, an impossible hour, hours the weekly
    // table cannot show, an unknown programme.
    const { status, output } = syncWith('content/data/offices.yaml', (text) =>
      text
        .replace('contactPerson: Mariusz Pawlita', 'contactPersn: Mariusz Pawlita')
        .replace('Mo 10:00-18:00; Tu,Th 08:30-16:30; PH off', 'Mo[1] 10:00-18:00; Tu,Th 08:30-16:30; PH off')
        .replace('Mo,We 10:00-18:00; PH off', 'Mo,We 10:00-25:00; PH off')
        .replace(
          'programmes: [post-penitentiary]\n  contactPerson: Piotr Morze',
          'programmes: [post-penitentiry]\n  contactPerson: Piotr Morze',
        ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/offices\.yaml, line \d+, entry "opole": contactPersn: not a known field/);
    expect(output).toMatch(
      /content\/data\/offices\.yaml, line \d+, entry "bydgoszcz": openingHours: "10:00-25:00" is not a time of day/,
    );
    expect(output).toMatch(
      /content\/data\/offices\.yaml, line \d+, entry "wroclaw": openingHours: the site shows the same hours every week .* on \d{4}-\d\d-\d\d \(Mo\)/,
    );
    expect(output).toMatch(
      /content\/data\/offices\.yaml, line \d+, entry "gdansk": programmes\.0: "post-penitentiry" is not a page/,
    );
  });

  it('on a programme that is not a page, in helplines.yaml, naming the file, the entry and the field', slow, () => {
    const { status, output } = syncWith('content/data/helplines.yaml', (text) =>
      text.replace('programmes: [family-together]', 'programmes: [family-togther]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/data\/helplines\.yaml, line \d+, entry "families-helpline": programmes\.0: "family-togther" is not a page/,
    );
  });

  it('on two pages in one menu place, naming both files and the field', slow, () => {
    const { status, output } = syncWith('content/pages/pl/trafficking.mdx', (text) =>
      text.replace('order: 60', 'order: 50'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/pl/child-protection-partnership.mdx and content/pages/pl/trafficking.mdx: menu.order 50 is taken twice',
    );
  });

  it('on a second summary leaflet, and on translations with different roles, naming both files', slow, () => {
    const { status, output } = syncWith('content/pages/pl/campaign-fact-sheet.mdx', (text) =>
      text.replace('leaflet: true', 'leaflet: summary'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/pages\/pl\/(campaign-fact-sheet|prison-leaflet)\.mdx and content\/pages\/pl\/(campaign-fact-sheet|prison-leaflet)\.mdx: leaflet: summary is set on more than one page/,
    );
    expect(output).toMatch(
      /content\/pages\/(pl|en)\/campaign-fact-sheet\.mdx and content\/pages\/(pl|en)\/campaign-fact-sheet\.mdx: leaflet differs/,
    );
  });

  it('on a localized field without one of the languages, naming the file, the entry and the field', slow, () => {
    const { status, output } = syncWith('content/data/helplines.yaml', (text) =>
      text.replace(/^ {4}en: Emergency number\n/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/helplines\.yaml, line \d+, entry "emergency-112": name\.en: /);
  });

  it('on a mistake in the list of languages, naming the file, the line, the entry and the field', slow, () => {
    const { status, output } = syncWith('content/locales.yaml', (text) =>
      text.replace('ogLocale: en_GB', 'ogLocal: en_GB'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/locales\.yaml, line \d+, entry "en": ogLocal: not a known field/);
  });
});
