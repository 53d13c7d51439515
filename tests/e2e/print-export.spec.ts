// `npm run export:pdf` end to end, on a copy of the built site and two pages (one per language):
// it makes valid PDFs, lists them in a manifest, and the pages then offer "Download as PDF leaflet
// (N pages, X kB)" – with the true page count and size – as valid HTML; other pages show no link.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from './builtSite';

test.describe.configure({ mode: 'serial' });

const site = 'http://export.test';
const chosen = ['/karta-informacyjna-kampanii/', '/en/where-to-get-help/'];
let copy: string;

function exportPdf(...pages: string[]): string {
  return execFileSync('npm', ['run', '--silent', 'export:pdf', '--', '--dist', copy, '--only', pages.join(',')], {
    encoding: 'utf8',
  });
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** The copy of the site, as a browser sees it (served from the files, no server needed). */
async function openCopy(page: Page, path: string): Promise<void> {
  await page.route(`${site}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(copy, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  await page.goto(site + path);
}

test.beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'export-pdf-'));
  cpSync(distDir, copy, { recursive: true });
  // Start with no PDFs yet (the real dist/ may already have been exported). An exported page no longer carries
  // its leaflet link's texts: the manifest keeps them, as it does between two runs of the export.
  const manifestFile = join(copy, 'pdf/manifest.json');
  const labels = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { labels?: object }).labels
    : undefined;
  rmSync(join(copy, 'pdf'), { recursive: true, force: true });
  if (labels) {
    mkdirSync(join(copy, 'pdf'));
    writeFileSync(manifestFile, JSON.stringify({ leaflets: {}, labels }));
  }
  exportPdf(...chosen);
});

test.afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('makes valid PDFs of the chosen pages and lists them in the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(copy, 'pdf/manifest.json'), 'utf8'));
  expect(Object.keys(manifest.leaflets).sort()).toEqual([
    '/pdf/en/where-to-get-help.pdf',
    '/pdf/pl/karta-informacyjna-kampanii.pdf',
  ]);
  for (const [pdf, leaflet] of Object.entries<{ page: string; pages: number; bytes: number }>(manifest.leaflets)) {
    const file = join(copy, pdf);
    expect(pdfPages(file), `${pdf} is a PDF poppler can read`).toBe(leaflet.pages);
    expect(statSync(file).size).toBe(leaflet.bytes);
  }
  expect(manifest.leaflets['/pdf/pl/karta-informacyjna-kampanii.pdf'].pages, 'the fact sheet is one sheet').toBe(1);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(copy, 'pdf/en/where-to-get-help.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Where to get help');
  expect(text).not.toContain('Exit this page');
  expect(text).not.toContain('Download as PDF leaflet');
});

for (const { path, name, pdf } of [
  {
    path: '/karta-informacyjna-kampanii/',
    name: /^Pobierz ulotkę w PDF \(1 strona, \d+\skB\)$/,
    pdf: '/pdf/pl/karta-informacyjna-kampanii.pdf',
  },
  {
    path: '/en/where-to-get-help/',
    name: /^Download as PDF leaflet \((\d+) pages, \d+\skB\)$/,
    pdf: '/pdf/en/where-to-get-help.pdf',
  },
]) {
  test(`${path} links to its leaflet with the page count and size`, async ({ page }) => {
    await openCopy(page, path);
    const link = page.getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', pdf);
    const label = (await link.textContent())!;
    const pages = pdfPages(join(copy, pdf));
    expect(label).toContain(`(${pages} `);
    expect(label).toContain(`${Math.round(statSync(join(copy, pdf)).size / 1000)}\u00A0kB)`);
  });
}

test('pages without a PDF show no leaflet link', async ({ page }) => {
  await openCopy(page, '/en/family-together/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /PDF leaflet/ })).toHaveCount(0);
});

test('the pages stay valid HTML, and running the export again replaces the link', () => {
  exportPdf('/en/where-to-get-help/');
  const files = chosen.map((path) => join(copy, path, 'index.html'));
  for (const file of files) expect(readFileSync(file, 'utf8').match(/<a href="\/pdf\//g)).toHaveLength(1);
  execFileSync(join('node_modules', '.bin', 'html-validate'), ['--config', '.htmlvalidate.json', ...files], {
    encoding: 'utf8',
  });
});

test('the directory leaflet fits on 2 sheets and the paper check for people in prison on 1, in both languages', () => {
  const sheets = [
    { path: '/gdzie-szukac-pomocy/', pdf: '/pdf/pl/gdzie-szukac-pomocy.pdf', atMost: 2, asOf: 'Stan na' },
    { path: '/en/where-to-get-help/', pdf: '/pdf/en/where-to-get-help.pdf', atMost: 2, asOf: 'Information as of' },
    {
      path: '/czy-moge-dostac-pomoc-po-wyjsciu/',
      pdf: '/pdf/pl/czy-moge-dostac-pomoc-po-wyjsciu.pdf',
      exactly: 1,
      asOf: 'Stan na',
    },
    {
      path: '/en/can-i-get-help-after-i-leave/',
      pdf: '/pdf/en/can-i-get-help-after-i-leave.pdf',
      exactly: 1,
      asOf: 'Information as of',
    },
  ];
  exportPdf(...sheets.map((sheet) => sheet.path));
  for (const sheet of sheets) {
    const file = join(copy, sheet.pdf);
    const pages = pdfPages(file);
    if (sheet.exactly) expect(pages, sheet.pdf).toBe(sheet.exactly);
    else expect(pages, sheet.pdf).toBeLessThanOrEqual(sheet.atMost!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /[\s\u00A0]+/g,
      ' ',
    );
    expect(text, sheet.pdf).toMatch(new RegExp(`${sheet.asOf} \\d{1,2} \\p{L}+ \\d{4}`, 'u'));
    expect(text, `${sheet.pdf}: no print date frozen at export`).not.toMatch(/Wydrukowano|Printed:/);
  }
  // The paper check: the worked table, computed by the check's rule, and the five offices with their hours.
  const polish = execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', join(copy, '/pdf/pl/czy-moge-dostac-pomoc-po-wyjsciu.pdf'), '-'],
    {
      encoding: 'utf8',
    },
  ).replace(/[\s\u00A0]+/g, ' ');
  expect(polish).toContain('15 marca 15 czerwca');
  expect(polish).toContain('30 listopada 28 lutego (w roku przestępnym 29 lutego)');
  for (const city of ['Bydgoszczy', 'Gdańsku', 'Opolu', 'Włocławku', 'Wrocławiu'])
    expect(polish).toContain(`Biuro w ${city}`.replace('w W', 'we W'));
  expect(polish).toContain('poniedziałek 10:00–18:00, wtorek 8:30–16:30, czwartek 8:30–16:30');
});
