// Performance budgets (src/lib/budgets.ts) over every built page: a cold load fits the first network
// round trip (HTML + CSS + JS, gzip), the styles are in the page, every script the page runs is named in
// it (none found only inside another script: one more round trip), and nothing shifts the layout.
import { expect, test } from '@playwright/test';
import { budgets } from '../../src/lib/budgets';
import { browserPagePaths, builtPagePaths, distDir, readBuiltPage } from './builtSite';
import { budgetProblems, builtFile, gzipped, limitFor, linkedAssets } from './pageWeight';

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
 * since 2026-11-24 (src/lib/directoryPlan.ts): up to 13.4 KB with their open-now lines, share links and the
 * toggle, within the budget like every other page. With 15 they weighed up to 15.6 KB.
 */
const voivodeshipPage = /^\/(?:en\/where-to-get-help|gdzie-szukac-pomocy)\/[a-z-]+\/(?:\d+\/)?$/;

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
    const loaded: { path: string; type: string }[] = [];
    const searchFiles: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (searchFile.test(url.pathname)) searchFiles.push(url.pathname);
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

    const named = new Set(linkedAssets(readBuiltPage(path)));
    const scriptFiles = loaded.filter((resource) => resource.type === 'script').map((resource) => resource.path);
    expect(
      scriptFiles.filter((file) => !named.has(file)),
      'scripts the page only finds inside another script',
    ).toEqual([]);
    expect(loaded.filter((resource) => resource.type === 'stylesheet').length, 'stylesheet files').toBeLessThanOrEqual(
      budgets.stylesheets,
    );

    const sizes = loaded.map((resource) => ({ ...resource, bytes: gzipped(builtFile(distDir, resource.path)) }));
    const total = sizes.reduce((sum, resource) => sum + resource.bytes, 0);
    const scripts = sizes.filter((resource) => resource.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
    const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(scripts + gzipped(inlineScripts.join('')), 'JavaScript (gzip)').toBeLessThanOrEqual(budgets.scriptBytes);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);

    // Search downloads nothing on other pages; on the search page, nothing before the first paint.
    if (!isSearchPage(path)) expect(searchFiles, 'search files on a page without search').toEqual([]);
    else {
      const { paint, earliest } = await page.evaluate(
        (pattern) => ({
          paint: performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime,
          earliest: Math.min(
            ...performance
              .getEntriesByType('resource')
              .filter((entry) => new RegExp(pattern).test(new URL(entry.name).pathname))
              .map((entry) => entry.startTime),
          ),
        }),
        searchFile.source,
      );
      expect(searchFiles.length, 'search loads once the page has painted').toBeGreaterThan(0);
      expect(earliest, 'search files start after the first paint').toBeGreaterThan(paint!);
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
