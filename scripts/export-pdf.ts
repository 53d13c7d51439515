// `npm run export:pdf`, run after `npm run build`: renders the leaflet pages (front matter `leaflet:`) of the
// built site to PDF with Chromium – print media, A4, as a reader's own "Save as PDF" would – into
// dist/pdf/<lang>/<slug>.pdf, lists them in dist/pdf/manifest.json, and writes the link
// "Download as PDF leaflet (N pages, X kB)" into each page's placeholder. The build itself needs no Chromium;
// without this step the placeholders stay empty and no link is shown. Running it again replaces the PDFs and links.
//
//   node scripts/export-pdf.ts [--dist dist] [--only /en/campaign-fact-sheet/,/gdzie-szukac-pomocy/]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { builtFiles, pageAddress } from '../src/lib/builtFiles.ts';
import { warsawTimeZone } from '../src/lib/dates.ts';
import { serveSite } from './serve.mjs';
import { leafletPlaceholders, pdfPageCount, withLeafletLinks, type Leaflet } from '../src/lib/leaflets.ts';

interface ManifestEntry extends Leaflet {
  /** The page the PDF was made from. */
  page: string;
}

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) fail(`No built site in ${dist}: run \`npm run build\` first.`);

const htmlFiles = builtFiles(dist, { ext: '.html' });
const pages = htmlFiles.flatMap(({ file, path }) =>
  leafletPlaceholders(readFileSync(file, 'utf8')).map((pdf) => ({ url: pageAddress(path), pdf })),
);
const only = values.only
  ?.split(',')
  .map((url) => url.trim())
  .filter(Boolean);
const unknown = only?.filter((url) => !pages.some((page) => page.url === url)) ?? [];
if (unknown.length > 0) fail(`Not a leaflet page of the built site: ${unknown.join(', ')}`);
const chosen = only ? pages.filter((page) => only.includes(page.url)) : pages;

if (!readFileSync(join(dist, 'index.html'), 'utf8').includes('<link rel="canonical"')) {
  console.warn('export:pdf: the site was built without SITE_URL (a local preview): the leaflets carry no web address.');
}

const manifestFile = join(dist, 'pdf', 'manifest.json');
const manifest = readManifest();
// Chromium loads the built site as a visitor would, from the same local server as the tests.
const server = await serveSite({ root: dist });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ timezoneId: warsawTimeZone });
  // A leaflet is made from this site alone: anything else the page asks for is refused.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const tab = await context.newPage();
  await tab.emulateMedia({ media: 'print' });
  for (const { url, pdf } of chosen) {
    await tab.goto(origin + url, { waitUntil: 'load' });
    await withPublicLinks(tab, origin);
    const file = join(dist, pdf);
    mkdirSync(dirname(file), { recursive: true });
    const bytes = await tab.pdf({ path: file, preferCSSPageSize: true, tagged: true, outline: true });
    manifest[pdf] = { page: url, pages: pdfPageCount(bytes), bytes: bytes.length };
    console.log(`${pdf}  ${manifest[pdf].pages} p.  ${Math.round(bytes.length / 1000)} kB  (from ${url})`);
  }
} finally {
  await browser.close();
  server.close();
}

const leaflets = new Map(Object.entries(manifest));
// The link texts by page language: a filled placeholder no longer carries them, so a later run finds them in
// the manifest, or in any page not filled yet (a first pass only reads them).
const labels = new Map(Object.entries(readManifestLabels()));
for (const { file } of htmlFiles) withLeafletLinks(readFileSync(file, 'utf8'), new Map(), labels);
let linked = 0;
const unlabelled: string[] = [];
for (const { file, path } of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const updated = withLeafletLinks(html, leaflets, labels);
  if (updated !== html) writeFileSync(file, updated);
  for (const pdf of leafletPlaceholders(updated).filter((pdf) => leaflets.has(pdf))) {
    if (updated.includes(`<a href="${pdf}"`)) linked += 1;
    else unlabelled.push(pageAddress(path));
  }
}
writeFileSync(
  manifestFile,
  `${JSON.stringify({ generatedAt: new Date().toISOString(), leaflets: manifest, labels: Object.fromEntries(labels) }, null, 2)}\n`,
);
console.log(
  `${chosen.length} PDF(s) made; ${linked} page(s) link to a leaflet. Manifest: ${relative(process.cwd(), manifestFile)}`,
);
if (unlabelled.length > 0)
  fail(
    `no link text for the leaflet link of ${unlabelled.join(', ')}: these pages were exported before and ${relative(process.cwd(), manifestFile)} no longer has their texts; run \`npm run build\` first.`,
  );

/**
 * A PDF keeps every link as a clickable address, resolved where the page was loaded from: this loopback
 * server. Links to the site are pointed at its public address (the page's canonical link) instead; a local
 * preview has none, so they stop being links there, and the sheet still writes out their path.
 */
async function withPublicLinks(tab: Page, origin: string): Promise<void> {
  await tab.evaluate((origin) => {
    const site = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(link.href);
      if (url.origin !== origin) continue;
      const path = `${url.pathname}${url.search}${url.hash}`;
      if (site) {
        link.href = new URL(path, site).href;
      } else {
        if (!link.hasAttribute('data-print-url') && !link.getAttribute('href')?.startsWith('#'))
          link.dataset['printUrl'] = path;
        link.removeAttribute('href');
      }
    }
  }, origin);
}

/** The leaflet links' texts by page language, as a run before kept them: { "pl": { "one": "…", … } }. */
function readManifestLabels(): Record<string, Record<string, string>> {
  if (!existsSync(manifestFile)) return {};
  return (
    (JSON.parse(readFileSync(manifestFile, 'utf8')) as { labels?: Record<string, Record<string, string>> }).labels ?? {}
  );
}

/** The leaflets made before (kept when only some are made again), without any whose file is gone. */
function readManifest(): Record<string, ManifestEntry> {
  if (!existsSync(manifestFile)) return {};
  const { leaflets = {} } = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    leaflets?: Record<string, ManifestEntry>;
  };
  return Object.fromEntries(
    Object.entries(leaflets).filter(([pdf]) => pages.some((page) => page.pdf === pdf) && existsSync(join(dist, pdf))),
  );
}

function fail(message: string): never {
  console.error(`export:pdf: ${message}`);
  process.exit(1);
}
