// People at risk reach the right number at once; labels say who a page is for; the directory reads once.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 640 } });

/** The first thing inside <main> after the page's title (the print button is not shown on phones). */
const firstContent = 'main > h1 ~ :not(.print-actions, script, style) >> nth=0';

const fromHome = [
  {
    locale: 'pl',
    home: '/',
    choice: /Ktoś krzywdzi mnie lub dziecko/,
    hint: /dzieci, nastolatków i\sdorosłych/,
    first: ['112', '116 111', '116 123'],
  },
  {
    locale: 'en',
    home: '/en/',
    choice: /Someone is hurting me or a child/,
    hint: /children, young people and adults/,
    first: ['112', '116 111', '116 123'],
  },
  {
    locale: 'pl',
    home: '/',
    choice: /Jestem ofiarą handlu ludźmi/,
    hint: /Telefon zaufania/,
    first: ['112', '22 628 99 99'],
  },
  {
    locale: 'en',
    home: '/en/',
    choice: /I am a victim of human trafficking/,
    hint: /helpline/,
    first: ['112', '22 628 99 99'],
  },
] as const;

for (const { locale, home, choice, hint, first } of fromHome) {
  test(`${locale}: the home choice ${choice} leads to a page that opens with its numbers`, async ({ page }) => {
    await page.goto(home);
    const link = page.getByRole('link', { name: choice });
    await expect(link).toContainText(hint);
    await link.click();
    const opening = page.locator(firstContent);
    for (const number of first)
      await expect(opening.getByRole('link', { name: new RegExp(`^${number.replace(/ /g, '\\s')}$`) })).toBeVisible();
  });
}

test('the trafficking line says where its number is published and when it was read', async ({ page }) => {
  await page.goto('/ofiary-handlu-ludzmi/');
  const line = page.locator('#call-trafficking-kcik');
  await expect(line).toContainText(
    /Numer pochodzi ze strony handelludzmi\.eu, którą przeczytaliśmy 23\slistopada\s2026\. Nie sprawdzaliśmy, czy numer działa dziś\./,
  );
});

for (const { locale, home, label, choice } of [
  {
    locale: 'pl',
    home: '/',
    label: /dla organizacji i\sspecjalistów/,
    choice: /Działam w\sorganizacji chroniącej dzieci.*dla organizacji i\sspecjalistów/,
  },
  {
    locale: 'en',
    home: '/en/',
    label: /for organisations and professionals/,
    choice: /I work for an organisation that protects children.*for organisations and professionals/,
  },
] as const) {
  test(`${locale}: the partnership is labelled as being for organisations and professionals`, async ({ page }) => {
    await page.goto(home);
    await expect(page.getByRole('navigation', { name: /Menu/ }).last().getByRole('link', { name: label })).toHaveCount(
      1,
    );
    await expect(page.getByRole('link', { name: choice })).toBeVisible();
  });
}

for (const { locale, url, office, holidays, about } of [
  {
    locale: 'pl',
    url: '/gdzie-szukac-pomocy/',
    office: 'Biuro we Wrocławiu',
    holidays: /Przyjmujemy, że biura są wtedy nieczynne/,
    about: '/o-serwisie/',
  },
  {
    locale: 'en',
    url: '/en/where-to-get-help/',
    office: 'Office in Wrocław',
    holidays: /we assume the offices are closed/,
    about: '/en/about/',
  },
] as const) {
  test(`${locale}: the directory says the holiday assumption once and keeps data-feed jargon for the About page`, async ({
    page,
  }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: office })).toBeVisible();
    await expect(page.getByText(holidays)).toHaveCount(1);
    await expect(page.locator('main')).not.toContainText('HSDS');
    await page.goto(about);
    await expect(page.locator('main')).toContainText('HSDS');
  });
}
