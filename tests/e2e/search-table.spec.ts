// The search test table (searchTable.ts): everyday words, synonyms and misspellings in both languages
// lead to the page that helps, among the first three results.
import { expect, test } from '@playwright/test';
import { searchTable } from './searchTable';

const searchPage = { pl: '/szukaj/', en: '/en/search/' } as const;
const showingFor = { pl: 'Pokazujemy wyniki dla:', en: 'Showing results for:' } as const;

for (const lang of ['pl', 'en'] as const) {
  test.describe(`search table in ${lang}`, () => {
    for (const { query, expected, why, shownAs, knownFailure } of searchTable[lang]) {
      test(`${why}: “${query}” puts ${expected} in the top 3`, async ({ page }) => {
        test.fail(knownFailure !== undefined, knownFailure);
        await page.goto(`${searchPage[lang]}#q=${encodeURIComponent(query)}`);
        const links = page.locator('[data-list] > li h3 a');
        await expect(links.first()).toBeVisible();
        const top = await links.evaluateAll((all) => all.slice(0, 3).map((link) => link.getAttribute('href')));
        expect(top, `top 3 for “${query}”`).toContain(expected);
        if (shownAs) await expect(page.getByRole('status')).toContainText(`${showingFor[lang]} ${shownAs}`);
      });
    }
  });
}
