// Print is a medium of its own: pages rendered to PDF with print media, in both languages, read back with
// pdftotext (poppler-utils). The sheet has the content, the page's address, the date its information is as of
// (never the day it was printed) and written-out links – and none of the screen's chrome. Printable pages offer "Print or save as PDF" when JavaScript runs.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { toUtcDate } from '../../src/lib/calendarDate.ts';
import { formatLongDate, todayInWarsaw } from '../../src/lib/dates.ts';
import { builtOn } from './builtSite';

const ui = {
  pl: {
    quickExit: 'Wyjdź szybko',
    skipLink: 'Przejdź do treści',
    search: 'Szukaj w serwisie',
    nav: 'Menu główne',
    footerLinks: 'Stopka',
    printButton: 'Drukuj lub zapisz jako PDF',
    address: 'Adres strony:',
    asOf: 'Stan na',
    printed: 'Wydrukowano',
    checked: 'Tekst tej strony porównaliśmy ze źródłami',
    intl: 'pl-PL',
  },
  en: {
    quickExit: 'Exit this page',
    skipLink: 'Skip to content',
    search: 'Search this site',
    nav: 'Main menu',
    footerLinks: 'Footer',
    printButton: 'Print or save as PDF',
    address: 'Page address:',
    asOf: 'Information as of',
    printed: 'Printed',
    checked: 'We compared this text with its sources on',
    intl: 'en-GB',
  },
} as const;

/** Pages of every kind, both languages; `pages` is the sheet count a reader can rely on. */
const sheets = [
  { path: '/karta-informacyjna-kampanii/', lang: 'pl', pages: { exactly: 1 }, link: '/nie-moja-wina-a-moja-kara/' },
  { path: '/en/campaign-fact-sheet/', lang: 'en', pages: { exactly: 1 }, link: '/en/not-my-fault-but-my-punishment/' },
  { path: '/nie-moja-wina-a-moja-kara/', lang: 'pl', pages: { atMost: 5 }, link: '/rodzina-razem/' },
  { path: '/en/not-my-fault-but-my-punishment/', lang: 'en', pages: { atMost: 5 }, link: '/en/family-together/' },
  { path: '/gdzie-szukac-pomocy/', lang: 'pl', pages: { atMost: 2 } },
  { path: '/en/where-to-get-help/', lang: 'en', pages: { atMost: 2 } },
  { path: '/czy-moge-dostac-pomoc-po-wyjsciu/', lang: 'pl', pages: { exactly: 1 }, link: '/czy-moge-dostac-pomoc/' },
  { path: '/en/can-i-get-help-after-i-leave/', lang: 'en', pages: { exactly: 1 }, link: '/en/can-i-get-help/' },
  { path: '/en/post-penitentiary-assistance/', lang: 'en', pages: { atMost: 8 }, link: '/en/can-i-get-help/' },
  { path: '/', lang: 'pl', pages: { atMost: 3 } },
] as const;

/** The page as a PDF (print media, as "Save as PDF" makes it), read back as text with its page count. */
async function printToPdf(page: Page, file: string): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replace(/[\s\u00A0]+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/** The page's public address, or null in a local preview (built without SITE_URL). */
async function canonicalOf(page: Page): Promise<string | null> {
  const link = page.locator('link[rel="canonical"]');
  return (await link.count()) > 0 ? link.getAttribute('href') : null;
}

/**
 * The sheet names the page's public address (its canonical link) when the build knows it (SITE_URL);
 * a local preview knows none and must not print the address it happens to be served from.
 */
function expectAddress(text: string, label: string, canonical: string | null): void {
  if (canonical) expect(text).toContain(`${label} ${canonical}`);
  else expect(text).not.toContain(label);
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
}

/** How a link to another page is written out: absolute on the public address, or its path in a local preview. */
function printedLink(path: string, canonical: string | null): string {
  return canonical ? new URL(path, canonical).href : path;
}

/** Text as pdftotext gives it back, without line breaks: it drops a hyphen at the end of a line. */
function joined(text: string): string {
  return text.replace(/[ -]/g, '');
}

/** The browser's clock while printing: weeks after the day the site was built as if on, so a print date would show. */
const printedAt = new Date(new Date(`${builtOn()}T12:00:00+01:00`).getTime() + 40 * 86_400_000);

/** "2026-11-23" → "23 listopada 2026" / "23 November 2026", as pdftotext gives it back. */
function calendarDate(iso: string, intl: string): string {
  return formatLongDate(new Date(`${iso}T00:00:00Z`), intl).replace(/\s/g, ' ');
}

function occurrences(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

for (const sheet of sheets) {
  test(`${sheet.path} prints as a clean document`, async ({ page }, testInfo) => {
    const strings = ui[sheet.lang];
    await page.clock.setFixedTime(printedAt);
    await page.goto(sheet.path);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const canonical = await canonicalOf(page);
    const mainText = (await page.getByRole('main').innerText()).replace(/[\s\u00A0]+/g, ' ');
    const navLabels = await page.getByRole('navigation', { name: strings.nav }).getByRole('link').allInnerTexts();
    const footerLabels = await page
      .getByRole('navigation', { name: strings.footerLinks })
      .getByRole('link')
      .allInnerTexts();
    // The sheet is as current as the oldest check of what it shows: the page's words, the offices on it.
    const asOf = (await page.locator('.print-header__as-of time').getAttribute('datetime'))!;
    const checked = await page
      .locator('footer time, .office__checked time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(checked.length).toBeGreaterThan(0);
    for (const date of checked) expect(asOf <= date, `as of ${asOf}, checked ${date}`).toBe(true);

    const { text, pages } = await printToPdf(page, testInfo.outputPath('sheet.pdf'));

    expect(text).toContain(title.replace(/[\s\u00A0]+/g, ' '));
    expectAddress(text, strings.address, canonical);
    const printedOn = formatLongDate(toUtcDate(todayInWarsaw(printedAt)), strings.intl);
    expect(text).toContain(`${strings.asOf} ${calendarDate(asOf, strings.intl)}`);
    expect(text, 'no print date frozen into the sheet').not.toContain(printedOn.replace(/\s/g, ' '));
    expect(text).not.toContain(strings.printed);
    expect(text).toContain(strings.checked);

    for (const chrome of [strings.quickExit, strings.skipLink, strings.search, strings.printButton]) {
      expect(text, `"${chrome}" is screen-only`).not.toContain(chrome);
    }
    // A menu or footer label may also be words of the content (or the title, repeated in the sheet's header):
    // the sheet must not have it more often than those.
    for (const label of [...navLabels, ...footerLabels]) {
      expect(occurrences(text, label.trim()), `"${label}" printed from the menu or footer`).toBeLessThanOrEqual(
        occurrences(`${title} ${mainText}`, label.trim()),
      );
    }

    expect(text, 'phone and e-mail links are written without their scheme').not.toMatch(/tel:|mailto:/);
    if ('link' in sheet) expect(joined(text)).toContain(joined(`(${printedLink(sheet.link, canonical)})`));

    if ('exactly' in sheet.pages) expect(pages).toBe(sheet.pages.exactly);
    else expect(pages).toBeLessThanOrEqual(sheet.pages.atMost);
  });
}

test('a page prints cleanly without JavaScript too, with its links written out', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/not-my-fault-but-my-punishment/');
  const canonical = await canonicalOf(page);
  const { text } = await printToPdf(page, testInfo.outputPath('no-js.pdf'));
  expectAddress(text, 'Page address:', canonical);
  expect(text).toContain('We compared this text with its sources on');
  expect(text).not.toContain('Exit this page');
  expect(joined(text)).toContain(joined(`(${printedLink('/en/where-to-get-help/', canonical)})`));
  await context.close();
});

test.describe('the print button', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', 'yes');
    });
  });

  for (const { path, name } of [
    { path: '/nie-moja-wina-a-moja-kara/', name: 'Drukuj lub zapisz jako PDF' },
    { path: '/en/where-to-get-help/', name: 'Print or save as PDF' },
  ]) {
    test(`prints ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('button', { name }).click();
      await expect(page.locator('html')).toHaveAttribute('data-test-printed', 'yes');
    });
  }

  test('is only on pages people print', async ({ page }) => {
    await page.goto('/en/about/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
  });

  test('is not offered without JavaScript, where it could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/campaign-fact-sheet/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
    await context.close();
  });
});

test('a programme page prints its time and what we do not know under its title, in both languages', async ({
  page,
}, testInfo) => {
  const sheets = [
    {
      path: '/rodzina-razem/',
      when: 'Kiedy: Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
      unknown: 'Czego nie wiemy: Źródło nie mówi',
    },
    {
      path: '/en/post-penitentiary-assistance/',
      when: 'When: The source describes the project and its targets planned for the end of 2025.',
      unknown: 'What we do not know: We could not confirm that the project and its offices are still open after 2025.',
    },
  ];
  for (const { path, when, unknown } of sheets) {
    await page.goto(path);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim().replace(/[\s\u00A0]+/g, ' ');
    const { text } = await printToPdf(page, testInfo.outputPath('time.pdf'));
    expect(text).toContain(`${title} ${when}`);
    expect(text).toContain(unknown);
  }
});
