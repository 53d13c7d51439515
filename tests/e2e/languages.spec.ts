// Every page exists in every language (content/locales.yaml) and the language switch leads to the same
// page in each of the others.
import { expect, test } from '@playwright/test';
import { localeInfo, locales, otherLocales } from '../../src/lib/locales.ts';
import { contentPagePaths, localeOfPath, readBuiltPage } from './builtSite';

for (const path of contentPagePaths()) {
  test(`${path}: the language switch leads to its counterparts and back`, async ({ page }) => {
    const locale = localeOfPath(path);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', localeInfo(locale).htmlLang);
    const selfAlternate = await page
      .locator(`link[rel=alternate][hreflang=${localeInfo(locale).htmlLang}]`)
      .getAttribute('href');
    expect(new URL(selfAlternate!, page.url()).pathname).toBe(path);

    for (const other of otherLocales(locale)) {
      await page.goto(path);
      const alternate = await page
        .locator(`link[rel=alternate][hreflang=${localeInfo(other).htmlLang}]`)
        .getAttribute('href');
      // Its accessible name ends with the language's own name ("This page in English: English").
      await page.getByRole('link', { name: new RegExp(`: ${localeInfo(other).name}$`) }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', localeInfo(other).htmlLang);
      expect(new URL(page.url()).pathname).toBe(new URL(alternate!, page.url()).pathname);
      const back = await page
        .locator(`link[rel=alternate][hreflang=${localeInfo(locale).htmlLang}]`)
        .getAttribute('href');
      expect(new URL(back!, page.url()).pathname).toBe(path);
    }
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
  for (const locale of locales)
    expect(sitemap.match(new RegExp(`hreflang="${localeInfo(locale).htmlLang}"`, 'g'))?.length, locale).toBe(
      listed.length,
    );
});

test('a local preview has no sitemap to point at addresses it does not know', async ({ request }) => {
  test.skip(published, 'built with SITE_URL');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  expect(readBuiltPage('/')).not.toContain('rel="sitemap"');
  expect(await (await request.get('/robots.txt')).text()).not.toContain('Sitemap:');
});
