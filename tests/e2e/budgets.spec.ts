// Performance budgets over every built page: what a cold load transfers (gzip), the JavaScript
// a content page ships, and no layout shift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPagePaths, distDir } from './builtSite';

function isSearchPage(path: string): boolean {
  return path === '/szukaj/' || path === '/en/search/';
}

/** Every page, cold, compressed: at most 50 KB (search, loaded only on the search page after it paints, is not counted). */
const pageBudget = 50 * 1024;
/** JavaScript on a content page: a few small enhancements. */
const scriptBudget = 8 * 1024;

function gzippedSize(urlPath: string): number {
  const file = join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : decodeURIComponent(urlPath));
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

for (const path of builtPagePaths()) {
  test(`${path} stays within its budget`, async ({ page, baseURL }) => {
    const loaded: { path: string; type: string }[] = [];
    const searchFiles: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (/^\/(pagefind|search-words)\//.test(url.pathname)) searchFiles.push(url.pathname);
      else if (url.origin === new URL(baseURL!).origin && response.status() === 200)
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

    const sizes = loaded.map((resource) => ({ ...resource, bytes: gzippedSize(resource.path) }));
    const total = sizes.reduce((sum, resource) => sum + resource.bytes, 0);
    const scripts = sizes.filter((resource) => resource.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
    const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    const inlineBytes = gzipSync(inlineScripts.join('')).length;

    expect(total, `bytes transferred (gzip): ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(pageBudget);
    expect(scripts + inlineBytes, 'JavaScript (gzip)').toBeLessThanOrEqual(scriptBudget);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);

    // Search downloads nothing on other pages; on the search page, nothing before the first paint.
    if (!isSearchPage(path)) expect(searchFiles, 'search files on a page without search').toEqual([]);
    else {
      const { paint, earliest } = await page.evaluate(() => ({
        paint: performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime,
        earliest: Math.min(...performance.getEntriesByType('resource').filter((entry) => /\/(pagefind|search-words)\//.test(entry.name)).map((entry) => entry.startTime)),
      }));
      expect(searchFiles.length, 'search loads while the page is idle').toBeGreaterThan(0);
      expect(earliest, 'search files start after the first paint').toBeGreaterThan(paint!);
    }
    const images = await page.locator('img').evaluateAll((imgs) =>
      imgs.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).map((img) => img.outerHTML),
    );
    expect(images, 'images without width and height').toEqual([]);
  });
}
