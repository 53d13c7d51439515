// Every page exists in both languages and the language switch leads to the same page in the other one.
import { expect, test } from '@playwright/test';
import { contentPagePaths, localeOfPath, readBuiltPage } from './builtSite';

const other = { pl: 'en', en: 'pl' } as const;
const switchName = { pl: /English/, en: /Polski/ } as const;

for (const path of contentPagePaths()) {
  test(`${path}: the language switch leads to its counterpart and back`, async ({ page }) => {
    const locale = localeOfPath(path);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const alternate = await page.locator(`link[rel=alternate][hreflang=${other[locale]}]`).getAttribute('href');
    const selfAlternate = await page.locator(`link[rel=alternate][hreflang=${locale}]`).getAttribute('href');
    expect(new URL(selfAlternate!, page.url()).pathname).toBe(path);

    await page.getByRole('link', { name: switchName[locale] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other[locale]);
    expect(new URL(page.url()).pathname).toBe(new URL(alternate!, page.url()).pathname);
    const back = await page.locator(`link[rel=alternate][hreflang=${locale}]`).getAttribute('href');
    expect(new URL(back!, page.url()).pathname).toBe(path);
  });
}

/** Built with SITE_URL: only then does the site know its public address (and has a canonical link and a sitemap). */
const published = readBuiltPage('/').includes('<link rel="canonical"');

test('the sitemap lists every page with its language versions', async ({ request }) => {
  test.skip(
    !published,
    'a local preview (no SITE_URL) has no sitemap; tests/unit/publicAddress.test.ts builds one with it',
  );
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
  const listed = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(listed).toEqual(contentPagePaths());
  expect(sitemap.match(/hreflang="en"/g)?.length).toBe(listed.length);
  expect(sitemap.match(/hreflang="pl"/g)?.length).toBe(listed.length);
});

test('a local preview has no sitemap to point at addresses it does not know', async ({ request }) => {
  test.skip(published, 'built with SITE_URL');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  expect(readBuiltPage('/')).not.toContain('rel="sitemap"');
  expect(await (await request.get('/robots.txt')).text()).not.toContain('Sitemap:');
});
