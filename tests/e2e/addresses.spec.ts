// Nothing published names the machine it was built or served on: not a page, the feed, a vCard, the sitemap,
// robots.txt, security.txt or a PDF leaflet. A build without SITE_URL (a local preview, as `npm test` makes)
// leaves the public address out; tests/unit/publicAddress.test.ts builds with one and checks it is everywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtFiles } from '../../src/lib/builtFiles.ts';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';
import { pdfBytesAsText } from './pdfText';

const thisMachine = /localhost|127\.0\.0\.1|\[::1\]/i;

/** What a file says: a PDF with its streams opened, a gzipped search index unpacked. */
function contents(path: string): string {
  const bytes = readFileSync(join(distDir, path));
  if (path.endsWith('.pdf')) return pdfBytesAsText(bytes);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('latin1');
}

test('no built file names this machine', () => {
  const files = builtFiles(distDir).map(({ path }) => path);
  // Every kind of published file is there to be checked.
  for (const kind of [
    /\.html$/,
    /^\/data\/directory\.json$/,
    /\.vcf$/,
    /^\/robots\.txt$/,
    /security\.txt$/,
    /\.pdf$/,
  ]) {
    expect(
      files.some((file) => kind.test(file)),
      `a built file matching ${kind}`,
    ).toBe(true);
  }
  const naming = files.filter((file) => thisMachine.test(contents(file)));
  expect(naming).toEqual([]);
});

const published = readBuiltPage('/').includes('<link rel="canonical"');

test('a local preview names no address where the public one belongs', () => {
  test.skip(published, 'built with SITE_URL: tests/unit/publicAddress.test.ts checks that build');
  for (const path of builtPagePaths()) {
    const html = readBuiltPage(path);
    expect(html, path).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"/);
    for (const [, href] of html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)) {
      expect(href, `${path}: hreflang alternate`).toMatch(/^\//);
    }
    expect(html, `${path}: the printed sheet's address line`).not.toMatch(/Adres strony:|Page address:/);
    expect(html, `${path}: a leaflet's QR code of the address`).not.toMatch(/<svg[^>]*aria-label="(Kod QR|QR code)/);
  }
  const securityTxt = readFileSync(join(distDir, '.well-known/security.txt'), 'utf8');
  expect(securityTxt).not.toMatch(/^Canonical:/m);
});

test.describe('printed from a local preview', () => {
  test('the sheet writes out links as paths, never with the host it is served from', async ({ page }) => {
    test.skip(published, 'built with SITE_URL');
    await page.goto('/en/where-to-get-help/');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const printed = await page
      .locator('main a[data-print-url]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-print-url') ?? ''));
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.filter((url) => thisMachine.test(url) || url.startsWith('http://'))).toEqual([]);
  });
});
