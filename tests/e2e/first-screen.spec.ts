// What a new reader sees on a small phone (360×640) before scrolling: the page, not the site's furniture.
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 640 } });

const home = [
  { locale: 'pl', url: '/', firstChoice: /wyszedłem lub wyszłam z\swięzienia/ },
  { locale: 'en', url: '/en/', firstChoice: /I have just left prison/ },
] as const;

/** The whole box of the element lies within the first screen. */
async function expectInFirstScreen(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'element is rendered').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
}

for (const { locale, url, firstChoice } of home) {
  test.describe(`home, ${locale}`, () => {
    for (const javaScriptEnabled of [true, false]) {
      test(`shows 112 and the first choice without scrolling (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(url);
        await expectInFirstScreen(page, page.getByRole('link', { name: /^112\b/ }).first());
        // The choice's words (its hint below them may continue under the fold).
        await expectInFirstScreen(page, page.getByRole('link', { name: firstChoice }).getByText(firstChoice));
        await page.screenshot({ path: `test-results/first-screen-home-${locale}-js-${javaScriptEnabled}.png` });
        await context.close();
      });
    }
  });
}

const printablePages = [
  { locale: 'pl', url: '/pomoc-postpenitencjarna/', button: 'Drukuj' },
  { locale: 'en', url: '/en/post-penitentiary-assistance/', button: 'Print' },
] as const;

for (const { locale, url, button } of printablePages) {
  test(`no print button above the content on a phone (${locale})`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(button) })).toBeHidden();
  });
}
