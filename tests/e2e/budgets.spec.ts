// Performance budgets (src/lib/budgets.ts) over every built page: what a cold load needs for the first paint
// fits the first network round trip (HTML + CSS + JS, gzip), the styles for the screen are in the page (those
// for paper in a stylesheet it does not wait for), every script the page runs is named in it (none found only
// inside another script: one more round trip) or waits for the first paint, and nothing shifts the layout.
import { expect, test, type Page } from '@playwright/test';
import { budgets } from '../../src/lib/budgets';
import { browserPagePaths, builtPagePaths, distDir, readBuiltPage } from './builtSite';
import { afterPaintScript, scriptsAfterPaint } from '../../src/lib/afterPaint';
import { linkedAssets, printStylesheets } from '../../src/lib/pageAssets';
import { budgetProblems, builtFile, gzipped, limitFor } from './pageWeight';

/**
 * What search downloads once the search page has painted: Pagefind, this site's search files, and the
 * search code that drives them (src/components/search/searchPagefind.ts, its own file for that reason).
 */
const searchFile = /^\/(?:pagefind|search-words)\/|^\/_astro\/searchPagefind\.[\w-]+\.js$/;

function isSearchPage(path: string): boolean {
  return path === '/szukaj/' || path === '/en/search/';
}

/**
 * The voivodeship pages of a large directory (`npm run test:scale` builds 2,500 offices) hold 8 offices each
 * since 2026-11-24 (src/lib/directoryPlan.ts): up to 12.7 KB with their open-now lines, share links and the
 * toggle (13.4 KB with the print styles in the page), within the budget like every other page. With 15
 * they weighed up to 15.6 KB.
 */
const voivodeshipPage = /^\/(?:en\/where-to-get-help|gdzie-szukac-pomocy)\/[a-z-]+\/(?:\d+\/)?$/;

/** When the page first painted, and when it first asked for a file whose address `pattern` matches (ms). */
function firstPaintAndEarliest(page: Page, pattern: RegExp): Promise<{ paint: number | undefined; earliest: number }> {
  return page.evaluate(
    (source) => ({
      paint: performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime,
      earliest: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => new RegExp(source).test(new URL(entry.name).pathname))
          .map((entry) => entry.startTime),
      ),
    }),
    pattern.source,
  );
}

/** Built with the public address (SITE_URL): pages have a canonical link. The local preview has none. */
const published = readBuiltPage('/').includes('<link rel="canonical"');

test('every page fits the first round trip, by the sizes of its files (gzip)', () => {
  const largeDirectory = builtPagePaths().some((path) => voivodeshipPage.test(path));
  expect(
    budgetProblems(distDir, { published, largeDirectory }),
    `pages over ${budgets.pageBytes / 1024} KB (or over their known ceiling)`,
  ).toEqual([]);
});

for (const path of browserPagePaths()) {
  test(`${path} stays within its budget`, async ({ page, baseURL }) => {
    const html = readBuiltPage(path);
    const afterPaint = scriptsAfterPaint(html);
    const loaded: { path: string; type: string }[] = [];
    const searchFiles: string[] = [];
    const afterPaintFiles: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (searchFile.test(url.pathname)) searchFiles.push(url.pathname);
      else if (afterPaint.includes(url.pathname)) afterPaintFiles.push(url.pathname);
      else if (
        url.origin === new URL(baseURL!).origin &&
        response.status() === 200 &&
        /^(document|stylesheet|script)$/.test(response.request().resourceType())
      )
        loaded.push({ path: url.pathname, type: response.request().resourceType() });
    });
    await page.addInitScript(() => {
      (window as unknown as { layoutShift: number }).layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });

    const named = new Set(linkedAssets(html));
    const forPaper = printStylesheets(html);
    const scriptFiles = loaded.filter((resource) => resource.type === 'script').map((resource) => resource.path);
    expect(
      scriptFiles.filter((file) => !named.has(file)),
      'scripts the page only finds inside another script',
    ).toEqual([]);
    const stylesheets = loaded.filter((resource) => resource.type === 'stylesheet').map((resource) => resource.path);
    expect(
      stylesheets.filter((file) => !forPaper.includes(file)).length,
      'stylesheet files the page waits for',
    ).toBeLessThanOrEqual(budgets.stylesheets);
    // The print stylesheet is downloaded with the page, so it is there when the reader prints.
    expect(
      stylesheets.filter((file) => forPaper.includes(file)),
      'print stylesheets downloaded',
    ).toEqual(forPaper);
    expect(afterPaintFiles, 'scripts that wait for the first paint, downloaded').toEqual(afterPaint);

    const gzippedFile = (file: string) => gzipped(builtFile(distDir, file));
    const sizes = loaded
      .filter((resource) => !forPaper.includes(resource.path))
      .map((resource) => ({ ...resource, bytes: gzippedFile(resource.path) }));
    const total = sizes.reduce((sum, resource) => sum + resource.bytes, 0);
    const scripts =
      sizes.filter((resource) => resource.type === 'script').reduce((sum, r) => sum + r.bytes, 0) +
      afterPaintFiles.reduce((sum, file) => sum + gzippedFile(file), 0);
    const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(scripts + gzipped(inlineScripts.join('')), 'JavaScript (gzip)').toBeLessThanOrEqual(budgets.scriptBytes);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);

    // Search downloads nothing on other pages; on the search page, nothing before the first paint. Nor do the
    // scripts that wait for it.
    if (!isSearchPage(path)) expect(searchFiles, 'search files on a page without search').toEqual([]);
    else {
      // Over HTTP/1.1 (six connections to a host) a print stylesheet held back one of the first search's files.
      expect(forPaper, 'print stylesheets on the search page, whose first search needs every connection').toEqual([]);
      expect(searchFiles.length, 'search loads once the page has painted').toBeGreaterThan(0);
      const { paint, earliest } = await firstPaintAndEarliest(page, searchFile);
      expect(earliest, 'search files start after the first paint').toBeGreaterThan(paint!);
    }
    if (afterPaint.length > 0) {
      const { paint, earliest } = await firstPaintAndEarliest(page, afterPaintScript);
      expect(earliest, 'scripts that wait for the first paint start after it').toBeGreaterThan(paint!);
    }
    const images = await page
      .locator('img')
      .evaluateAll((imgs) =>
        imgs.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).map((img) => img.outerHTML),
      );
    expect(images, 'images without width and height').toEqual([]);
    expect(total, `bytes transferred (gzip): ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(
      limitFor(path, { published }),
    );
  });
}
