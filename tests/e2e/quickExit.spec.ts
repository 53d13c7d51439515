// Quick exit, in both languages: a landmark of its own on every page; the link, and Shift pressed three times,
// leave for a neutral site – also while a radio button has focus, but not while the reader types in a field.
import { expect, test, type Page } from '@playwright/test';

const ui = {
  pl: {
    home: '/',
    check: '/czy-moge-dostac-pomoc/',
    region: 'Szybkie wyjście',
    exit: 'Wyjdź szybko',
    released: 'Jestem po wyjściu z zakładu karnego lub aresztu śledczego',
    search: 'Szukaj w serwisie',
  },
  en: {
    home: '/en/',
    check: '/en/can-i-get-help/',
    region: 'Quick exit',
    exit: 'Exit this page',
    released: 'I have been released from prison or custody',
    search: 'Search this site',
  },
} as const;

const neutral = 'https://www.google.com/';

test.beforeEach(async ({ context }) => {
  // The neutral site is stood in for: tests make no request to other sites.
  await context.route(`${neutral}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }),
  );
});

async function pressShiftThreeTimes(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

for (const [locale, t] of Object.entries(ui)) {
  test.describe(`quick exit (${locale})`, () => {
    test('is a landmark of its own, with the exit link', async ({ page }) => {
      await page.goto(t.home);
      await expect(page.getByRole('region', { name: t.region }).getByRole('link', { name: t.exit })).toBeVisible();
    });

    test('Shift three times leaves while a radio button has focus', async ({ page }) => {
      await page.goto(t.check);
      const radio = page.getByRole('radio', { name: t.released });
      await radio.focus();
      await expect(radio).toBeFocused();
      await pressShiftThreeTimes(page);
      await expect(page).toHaveURL(neutral);
    });

    test('Shift three times does not leave while the reader types in a field', async ({ page }) => {
      await page.goto(t.home);
      const field = page
        .getByRole('searchbox', { name: t.search })
        .or(page.getByRole('textbox', { name: t.search }))
        .first();
      await field.focus();
      await pressShiftThreeTimes(page);
      await page.keyboard.type('Ab');
      await expect(field).toHaveValue('Ab');
      await expect(page).toHaveURL(new RegExp(`${t.home}$`));
    });
  });
}
