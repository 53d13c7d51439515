// The offices and helplines directory as a reader sees it, in both languages: the open-now line at fixed
// clocks (in Warsaw time wherever the reader is), the table alone without JavaScript, the voivodeship
// filter, helplines, vCards, JSON-LD and the HSDS data feed.
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';

import { locales, type Locale } from '../../src/lib/locales.ts';
import { builtHolidays, builtOn, builtPagePaths, contentPageUrl } from './builtSite';
import { sourceDescribesUntil } from './sourcePeriod';

/** The directory page in every language: "/gdzie-szukac-pomocy/", "/en/where-to-get-help/". */
const directory = (locale: Locale) => contentPageUrl(locale, 'directory');

/** Polish headings name the town in the locative ("Biuro we Włocławku"), English ones as it is. */
const townIn: Record<string, string> = {
  Wrocław: 'Wrocław(iu)?',
  Opole: 'Opol[eu]',
  Włocławek: 'Włocław(ek|ku)',
  Bydgoszcz: 'Bydgoszcz',
  Gdańsk: 'Gdańsk',
};

/** The card of the office in this town, found by its heading as a screen reader would. */
function office(page: Page, town: string) {
  return page.getByRole('article', { name: new RegExp(townIn[town] ?? town) });
}

async function openAt(page: Page, path: string, instant: string) {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(path);
}

// The clock is set to days in the year after the build's, which the build's holiday calendar always covers:
// the tests pass whatever day the site was built on (BUILD_DATE) and whatever day they run.
const year = Number(builtOn().slice(0, 4)) + 1;
const holidays = new Set(builtHolidays());

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
function addDays(date: string, days: number): string {
  return new Date(utcDay(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday */
function weekday(date: string): number {
  return utcDay(date).getUTCDay();
}
function firstOnOrAfter(date: string, day: number, skip = new Set<string>()): string {
  let found = date;
  while (weekday(found) !== day || skip.has(found)) found = addDays(found, 1);
  return found;
}

/** The fourth Monday of November: no public holiday in its week, and Warsaw on winter time (UTC+1). */
const monday = firstOnOrAfter(`${year}-11-22`, 1);
const tuesday = addDays(monday, 1);
/** The first working Monday after the clocks go forward (the last Sunday of March); Easter Monday can be the first. */
const summerMonday = firstOnOrAfter(addDays(firstOnOrAfter(`${year}-03-25`, 0), 1), 1, holidays);

/** Wrocław's hours (content/data/offices.yaml) by weekday, and how the Polish line names those days. */
const wroclawOpens: Record<number, { time: string; pl: string; en: string }> = {
  1: { time: '10:00', pl: 'w\u00A0poniedziałek', en: 'Monday' },
  2: { time: '8:30', pl: 'we wtorek', en: 'Tuesday' },
  4: { time: '8:30', pl: 'w\u00A0czwartek', en: 'Thursday' },
};

test.describe('the open-now line', () => {
  test.beforeEach(({ page }) => sourceDescribesUntil(page, `${year + 9}-12-31`));
  test('reads open and closed on a Monday noon, in Polish', async ({ page }) => {
    await openAt(page, directory('pl'), `${monday}T12:00:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Otwarte teraz, zamyka się o\u00A018:00');
    await expect(office(page, 'Opole')).toContainText('Zamknięte teraz, otwarte w\u00A0środę od 10:00');
    await expect(office(page, 'Włocławek')).toContainText('Otwarte teraz, zamyka się o\u00A016:30');
  });

  test('reads open and closed on a Monday noon, in English', async ({ page }) => {
    await openAt(page, directory('en'), `${monday}T12:00:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Open now, closes at 18:00');
    await expect(office(page, 'Opole')).toContainText('Closed now, opens Wednesday at 10:00');
  });

  test('closes at the minute of closing and names tomorrow', async ({ page }) => {
    await openAt(page, directory('en'), `${monday}T18:00:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Closed now, opens tomorrow at 8:30');
  });

  test('counts the minutes in the last hour before closing', async ({ page }) => {
    await openAt(page, directory('pl'), `${monday}T17:35:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Otwarte teraz, zamyka się za 25 minut');
    await openAt(page, directory('pl'), `${monday}T17:38:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Otwarte teraz, zamyka się za 22 minuty');
    await openAt(page, directory('en'), `${monday}T17:35:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Open now, closes in 25 minutes');
  });

  test('counts the minutes in the hour before opening', async ({ page }) => {
    await openAt(page, directory('pl'), `${monday}T09:20:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Otwarcie za 40 minut');
    await openAt(page, directory('en'), `${monday}T09:20:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText('Opens in 40 minutes');
    await expect(office(page, 'Włocławek')).toContainText('Open now, closes at 16:30');
  });

  test('changes by itself as the minutes pass and the office closes while the page is open', async ({ page }) => {
    await page.clock.install({ time: new Date(`${monday}T17:58:30+01:00`) });
    await page.goto(directory('pl'));
    await expect(office(page, 'Wrocław')).toContainText('Otwarte teraz, zamyka się za 2 minuty');
    await page.clock.runFor(60_000);
    await expect(office(page, 'Wrocław')).toContainText('Otwarte teraz, zamyka się za minutę');
    await page.clock.runFor(60_000);
    await expect(office(page, 'Wrocław')).toContainText('Zamknięte teraz, otwarte jutro od 8:30');
  });

  test('knows 24 December is a public holiday and skips Christmas and the weekend', async ({ page }) => {
    // Wrocław opens again on the first of its days (Mo, Tu, Th) after 24–26 December that is no holiday.
    let next = `${year}-12-27`;
    while (!(weekday(next) in wroclawOpens) || holidays.has(next)) next = addDays(next, 1);
    const opens = wroclawOpens[weekday(next)]!;
    await openAt(page, directory('pl'), `${year}-12-24T12:00:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText(
      `Dziś zamknięte (święto), otwarte ${opens.pl} od ${opens.time}`,
    );
    await openAt(page, directory('en'), `${year}-12-25T09:00:00+01:00`);
    await expect(office(page, 'Wrocław')).toContainText(
      `Closed today (public holiday), opens ${opens.en} at ${opens.time}`,
    );
  });

  test('counts in summer time after the clocks go forward', async ({ page }) => {
    // 08:00 UTC on a Monday in summer time is 10:00 in Warsaw (UTC+2): Wrocław has just opened.
    await openAt(page, directory('en'), `${summerMonday}T08:00:00Z`);
    await expect(office(page, 'Wrocław')).toContainText('Open now, closes at 18:00');
  });

  test('shows the same line on the programme page that lists the offices', async ({ page }) => {
    await openAt(page, '/en/post-penitentiary-assistance/', `${monday}T12:00:00+01:00`);
    await expect(office(page, 'Gdańsk')).toContainText('Open now, closes at 18:00');
  });

  test('gives a status from the day of the build to two years after it', async ({ page }) => {
    const built = builtOn();
    const twoYearsLater = `${Number(built.slice(0, 4)) + 2}${built.slice(4).replace('-02-29', '-02-28')}`;
    for (const day of [built, twoYearsLater]) {
      await openAt(page, directory('en'), `${day}T12:00:00+01:00`);
      await expect(office(page, 'Wrocław')).toContainText(/Open now|Closed now|Closed today/);
    }
  });

  test('says nothing when the build is too old to know the holidays', async ({ page }) => {
    await openAt(page, directory('en'), `${year + 9}-11-19T12:00:00+01:00`);
    await expect(office(page, 'Wrocław').getByRole('table')).toBeVisible();
    await expect(office(page, 'Wrocław')).not.toContainText(/Open now|Closed now/);
  });
});

test.describe('past the period the source describes (to the end of 2025)', () => {
  const toggle = { pl: 'Pokaż tylko otwarte teraz', en: 'Show only offices open now' };

  test('says what the source’s hours would give, not that the office is open, and offers no toggle (pl)', async ({
    page,
  }) => {
    await openAt(page, directory('pl'), `${monday}T12:00:00+01:00`);
    const wroclaw = office(page, 'Wrocław').locator('office-status');
    await expect(wroclaw).toHaveText('Według godzin ze źródła (stan na 2025\u00A0r.) byłoby teraz otwarte do 18:00');
    await expect(wroclaw).toHaveAttribute('data-state', 'source');
    await expect(office(page, 'Opole')).toContainText(
      'Według godzin ze źródła (stan na 2025\u00A0r.) byłoby teraz zamknięte, otwarte w\u00A0środę od 10:00',
    );
    await expect(page.getByRole('main')).not.toContainText('Otwarte teraz');
    await expect(page.getByRole('checkbox', { name: toggle.pl })).toHaveCount(0);
    // Every office stays listed, each with its line.
    await expect(page.locator('office-status:visible')).toHaveCount(5);
  });

  test('says what the source’s hours would give, not that the office is open, and offers no toggle (en)', async ({
    page,
  }) => {
    await openAt(page, directory('en'), `${monday}T17:35:00+01:00`);
    await expect(office(page, 'Wrocław').locator('office-status')).toHaveText(
      "By the source's hours (as of 2025), it would be open now for another 25 minutes",
    );
    await expect(office(page, 'Opole')).toContainText(
      "By the source's hours (as of 2025), it would be closed now, and would open Wednesday at 10:00",
    );
    await expect(page.getByRole('main')).not.toContainText('Open now');
    await expect(page.getByRole('checkbox', { name: toggle.en })).toHaveCount(0);
  });

  test('changes its words at midnight in Warsaw after the period’s last day, in both languages', async ({ page }) => {
    // Served as if the source described the offices up to the Sunday before a Monday the build can answer for.
    const sunday = addDays(monday, -1);
    await sourceDescribesUntil(page, sunday);
    const line = office(page, 'Wrocław').locator('office-status');
    await openAt(page, directory('pl'), `${sunday}T23:59:00+01:00`);
    await expect(line).toHaveText('Zamknięte teraz, otwarte jutro od 10:00');
    await expect(page.getByRole('checkbox', { name: toggle.pl })).toBeVisible();
    await openAt(page, directory('pl'), `${monday}T00:00:00+01:00`);
    await expect(line).toHaveText(
      `Według godzin ze źródła (stan na ${year}\u00A0r.) byłoby teraz zamknięte, otwarte dziś od 10:00`,
    );
    await expect(page.getByRole('checkbox', { name: toggle.pl })).toHaveCount(0);
    await openAt(page, directory('en'), `${sunday}T23:59:00+01:00`);
    await expect(line).toHaveText('Closed now, opens tomorrow at 10:00');
    await expect(page.getByRole('checkbox', { name: toggle.en })).toBeVisible();
    await openAt(page, directory('en'), `${monday}T00:00:00+01:00`);
    await expect(line).toHaveText(
      `By the source's hours (as of ${year}), it would be closed now, and would open today at 10:00`,
    );
    await expect(page.getByRole('checkbox', { name: toggle.en })).toHaveCount(0);
  });

  test('changes its words by itself when the period ends while the page is open', async ({ page }) => {
    const sunday = addDays(monday, -1);
    await sourceDescribesUntil(page, sunday);
    await page.clock.install({ time: new Date(`${sunday}T23:59:30+01:00`) });
    await page.goto(directory('en'));
    const line = office(page, 'Wrocław').locator('office-status');
    await expect(line).toHaveText('Closed now, opens tomorrow at 10:00');
    await page.clock.runFor(60_000);
    await expect(line).toHaveText(
      `By the source's hours (as of ${year}), it would be closed now, and would open today at 10:00`,
    );
    await expect(page.getByRole('checkbox', { name: toggle.en })).toHaveCount(0);
  });

  test('is the same on the programme page that lists the offices', async ({ page }) => {
    await openAt(page, '/en/post-penitentiary-assistance/', `${monday}T12:00:00+01:00`);
    await expect(office(page, 'Gdańsk')).toContainText("By the source's hours (as of 2025), it would be open now");
  });
});

test.describe('show only offices open now, on a phone', () => {
  test.beforeEach(({ page }) => sourceDescribesUntil(page, `${year + 9}-12-31`));
  test.use({ viewport: { width: 360, height: 640 } });

  const words = {
    pl: {
      label: 'Pokaż tylko otwarte teraz',
      offices: 'Biura i punkty pomocy',
      all: 'Pokazujemy 5 z\u00A05 biur',
      three: 'Pokazujemy 3 z\u00A05 biur',
    },
    en: {
      label: 'Show only offices open now',
      offices: 'Offices',
      all: 'Showing 5 of 5 offices',
      three: 'Showing 3 of 5 offices',
    },
  } as const;

  for (const locale of ['pl', 'en'] as const) {
    test(`hides the closed offices and their empty voivodeships, and counts aloud (${locale})`, async ({ page }) => {
      // Monday 17:35: Wrocław, Bydgoszcz and Gdańsk close at 18:00; Włocławek closed at 16:30; Opole opens Wednesday.
      await openAt(page, directory(locale), `${monday}T17:35:00+01:00`);
      const w = words[locale];
      const list = page.getByRole('region', { name: w.offices });
      const toggle = page.getByRole('checkbox', { name: w.label });
      const count = page.getByRole('status').filter({ hasText: w.all });
      await expect(toggle).not.toBeChecked();
      await expect(count).toBeVisible();
      await expect(list.getByRole('article')).toHaveCount(5);

      await toggle.check();
      await expect(page.getByRole('status').filter({ hasText: w.three })).toBeVisible();
      await expect(list.getByRole('article')).toHaveCount(3);
      await expect(office(page, 'Wrocław')).toBeVisible();
      await expect(office(page, 'Opole')).toBeHidden();
      await expect(office(page, 'Włocławek')).toBeHidden();
      await expect(office(page, 'Bydgoszcz')).toBeVisible();
      // Opole is the only office of its voivodeship: its heading goes with it.
      await expect(list.getByRole('heading', { level: 3, name: /opolskie|Opole Voivodeship/ })).toBeHidden();
      await expect(list.getByRole('heading', { level: 3, name: /kujawsko-pomorskie/ })).toBeVisible();

      await toggle.uncheck();
      await expect(list.getByRole('article')).toHaveCount(5);
      await expect(page.getByRole('status').filter({ hasText: w.all })).toBeVisible();
    });
  }

  test('prints every office even while the screen shows only the open ones', async ({ page }) => {
    await openAt(page, directory('en'), `${monday}T17:35:00+01:00`);
    await page.getByRole('checkbox', { name: words.en.label }).check();
    await expect(office(page, 'Opole')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const town of ['Wrocław', 'Opole', 'Włocławek', 'Bydgoszcz', 'Gdańsk'])
      await expect(office(page, town)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: words.en.label })).toBeHidden();
  });

  test('shows every office again when a link leads to one it hides', async ({ page }) => {
    await openAt(page, directory('pl'), `${monday}T17:35:00+01:00`);
    const toggle = page.getByRole('checkbox', { name: words.pl.label });
    await toggle.check();
    await expect(office(page, 'Opole')).toBeHidden();
    await page
      .getByRole('navigation', { name: 'Punkty pomocy według województw' })
      .getByRole('link', { name: 'Opole' })
      .click();
    await expect(toggle).not.toBeChecked();
    await expect(office(page, 'Opole').getByRole('heading')).toBeInViewport();
    await expect(page.getByRole('status')).toHaveText(words.pl.all);
  });

  test('works from the keyboard, and the page stays free of accessibility violations', async ({ page }) => {
    await openAt(page, directory('en'), `${monday}T17:35:00+01:00`);
    const toggle = page.getByRole('checkbox', { name: words.en.label });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    await expect(page.getByRole('region', { name: words.en.offices }).getByRole('article')).toHaveCount(3);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('says when none is open which office opens first, and when (pl)', async ({ page }) => {
    // Sunday noon: nothing is open; Włocławek opens first, on Monday at 8:30.
    await openAt(page, directory('pl'), `${addDays(monday, -1)}T12:00:00+01:00`);
    await page.getByRole('checkbox', { name: words.pl.label }).check();
    await expect(page.getByRole('region', { name: words.pl.offices }).getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('Pokazujemy 0 z\u00A05 biur');
    await expect(page.getByRole('status')).toContainText(
      'Żadne biuro z\u00A0tej listy nie jest teraz otwarte. Najwcześniej, jutro od 8:30, otwarte będzie Biuro we Włocławku.',
    );
  });

  test('says when none is open which office opens first, and when (en)', async ({ page }) => {
    await openAt(page, directory('en'), `${addDays(monday, -1)}T12:00:00+01:00`);
    await page.getByRole('checkbox', { name: words.en.label }).check();
    await expect(page.getByRole('status')).toContainText('Showing 0 of 5 offices');
    await expect(page.getByRole('status')).toContainText(
      'None of these offices is open now. Office in Włocławek opens first, tomorrow at 8:30.',
    );
  });

  test('follows the clock: when the last offices close, the list empties and says so', async ({ page }) => {
    await page.clock.install({ time: new Date(`${monday}T17:59:30+01:00`) });
    await page.goto(directory('en'));
    await page.getByRole('checkbox', { name: words.en.label }).check();
    const list = page.getByRole('region', { name: words.en.offices });
    await expect(list.getByRole('article')).toHaveCount(3);
    await page.clock.runFor(60_000);
    await expect(list.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(
      'None of these offices is open now. Office in Wrocław opens first, tomorrow at 8:30.',
    );
  });

  test('is not on a programme page, which lists the same offices', async ({ page }) => {
    await openAt(page, '/en/post-penitentiary-assistance/', `${monday}T12:00:00+01:00`);
    await expect(office(page, 'Gdańsk')).toContainText('Open now');
    await expect(page.getByRole('checkbox', { name: words.en.label })).toHaveCount(0);
  });
});

// Voivodeship pages exist only when the directory outgrows one page: check them on the benchmark's build of
// 2,500 synthetic offices (npm run bench:directory -- --offices 2500 --keep; DIST_DIR=<kept folder>/dist).
const regionPage = builtPagePaths().find((path) => /^\/en\/where-to-get-help\/[a-z-]+\/2\/$/.test(path));

test.describe('show only offices open now, on a voivodeship page of a large directory', () => {
  test.beforeEach(({ page }) => sourceDescribesUntil(page, `${year + 9}-12-31`));
  test.skip(!regionPage, 'this build lists every office on the directory page (no voivodeship pages)');
  test.use({ viewport: { width: 360, height: 640 } });

  for (const locale of ['en', 'pl'] as const) {
    test(`filters this page's offices and says the count is for this page (${locale})`, async ({ page }) => {
      const path =
        locale === 'en' ? regionPage! : regionPage!.replace('/en/where-to-get-help/', '/gdzie-szukac-pomocy/');
      // Monday 15:45: some of the synthetic hours have ended (15:30), some have not (16:00, 17:00).
      await openAt(page, path, `${monday}T15:45:00+01:00`);
      const main = page.getByRole('main');
      const total = await main.getByRole('article').count();
      const openNow = locale === 'en' ? 'Open now' : 'Otwarte teraz';
      const open = await main.getByRole('article').filter({ hasText: openNow }).count();
      expect(total).toBeGreaterThan(open);
      await page
        .getByRole('checkbox', { name: locale === 'en' ? 'Show only offices open now' : 'Pokaż tylko otwarte teraz' })
        .check();
      await expect(main.getByRole('article')).toHaveCount(open);
      const count =
        locale === 'en'
          ? `Showing ${open} of ${total} offices on this page`
          : `Pokazujemy ${open} z\u00A0${total} biur na tej stronie`;
      await expect(page.getByRole('status')).toHaveText(count);
    });
  }

  test('says on a Saturday which office of the page opens first', async ({ page }) => {
    await openAt(page, regionPage!, `${addDays(monday, -2)}T12:00:00+01:00`);
    await page.getByRole('checkbox', { name: 'Show only offices open now' }).check();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(
      /None of these offices is open now\. .+ opens first, Monday at (7:30|8:00)\./,
    );
  });
});

test.describe('for a reader in New York', () => {
  test.beforeEach(({ page }) => sourceDescribesUntil(page, `${year + 9}-12-31`));
  test.use({ timezoneId: 'America/New_York' });

  test('uses Warsaw time, not the reader’s', async ({ page }) => {
    // 18:30 in Warsaw is 12:30 in New York: by the reader's clock Wrocław would be open.
    await openAt(page, directory('en'), `${monday}T18:30:00+01:00`);
    expect(await page.evaluate(() => new Date().getHours())).toBe(12);
    await expect(office(page, 'Wrocław')).toContainText('Closed now, opens tomorrow at 8:30');
    // 09:30 in Warsaw is 03:30 in New York, the middle of the reader's night: Włocławek is open.
    await openAt(page, directory('en'), `${tuesday}T09:30:00+01:00`);
    await expect(office(page, 'Włocławek')).toContainText('Open now, closes at 16:30');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the hours table and no status at all', async ({ page }) => {
    await page.goto(directory('pl'));
    const wroclaw = office(page, 'Wrocław');
    const table = wroclaw.getByRole('table', { name: 'Godziny pracy' });
    await expect(table.getByRole('row', { name: /poniedziałek 10:00–18:00/ })).toBeVisible();
    await expect(wroclaw).not.toContainText(/(Otwarte|Zamknięte) teraz|Otwarcie za/);
    expect(await page.locator('office-status').evaluateAll((els) => els.map((el) => el.textContent))).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  for (const [locale, label] of [
    ['pl', 'Pokaż tylko otwarte teraz'],
    ['en', 'Show only offices open now'],
  ] as const) {
    test(`lists every office and offers no open-now toggle (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(directory(locale));
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      // The toggle is in the page, hidden until its script shows it.
      await expect(page.getByText(label)).toBeHidden();
      await expect(page.getByRole('status')).toHaveCount(0);
      for (const town of ['Wrocław', 'Opole', 'Włocławek', 'Bydgoszcz', 'Gdańsk'])
        await expect(office(page, town)).toBeVisible();
    });
  }
});

test.describe("an office's share links", () => {
  const expected = {
    pl: {
      sms: 'Wyślij SMS-em na swój telefon',
      email: 'Wyślij e-mailem',
      text: [
        'Biuro we Wrocławiu',
        'ul. Długa 66 C lok. 6, 53-633 Wrocław',
        'Godziny pracy według źródła (stan na 2025 r.): poniedziałek 10:00–18:00, wtorek 8:30–16:30, czwartek 8:30–16:30.',
        'Źródło nie podaje godzin pracy w dni ustawowo wolne od pracy; przyjmujemy, że biuro jest wtedy nieczynne.',
      ],
    },
    en: {
      sms: 'Send to my phone',
      email: 'E-mail it',
      text: [
        'Office in Wrocław',
        'ul. Długa 66 C lok. 6, 53-633 Wrocław',
        'Office hours by the source (as of 2025; Polish time): Monday 10:00–18:00, Tuesday 8:30–16:30, Thursday 8:30–16:30.',
        'The source gives no hours for Polish public holidays; we assume the office is closed on them.',
      ],
    },
  } as const;
  const body = (href: string | null) =>
    decodeURIComponent((href ?? '').replace(/^[^?]*\?(subject=[^&]*&)?&?body=/, ''));

  for (const locale of ['pl', 'en'] as const) {
    test(`carry the office's name, address and hours as plain lines, and send nothing (${locale})`, async ({
      page,
    }) => {
      const { sms, email, text } = expected[locale];
      const requests: string[] = [];
      await page.goto(directory(locale), { waitUntil: 'networkidle' });
      page.on('request', (request) => requests.push(request.url()));
      const wroclaw = office(page, 'Wrocław');
      const smsLink = wroclaw.getByRole('link', { name: new RegExp(`^${sms}`) });
      await expect(smsLink).toHaveAttribute('href', /^sms:\?&body=/);
      expect(body(await smsLink.getAttribute('href'))).toBe(text.join('\n'));
      const emailLink = wroclaw.getByRole('link', { name: new RegExp(`^${email}`) });
      const href = (await emailLink.getAttribute('href')) ?? '';
      expect(decodeURIComponent(/subject=([^&]*)/.exec(href)?.[1] ?? '')).toBe(text[0]);
      expect(body(href)).toBe(text.join('\r\n'));
      // Every office gets its own text.
      const bodies = await page
        .locator('article.office [data-share="sms"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(new Set(bodies).size).toBe(5);
      // A link into the reader's own apps: nothing leaves the page.
      await smsLink.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()));
      await smsLink.click();
      // Chromium may ask for the page's icon again at any moment; that request is not the link's doing.
      expect(requests.filter((url) => new URL(url).pathname !== '/favicon.svg')).toEqual([]);
    });
  }

  test('are plain links that need no JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(directory('pl'));
    const sms = office(page, 'Wrocław').getByRole('link', { name: /^Wyślij SMS-em/ });
    await expect(sms).toBeVisible();
    expect(body(await sms.getAttribute('href'))).toBe(expected.pl.text.join('\n'));
    await context.close();
  });
});

test.describe('finding an office', () => {
  for (const [locale, name, town] of [
    ['pl', 'kujawsko-pomorskie', 'Włocławek'],
    ['en', 'Kuyavian-Pomeranian Voivodeship (kujawsko-pomorskie)', 'Włocławek'],
  ] as const) {
    test(`filters by voivodeship and by town with plain links (${locale})`, async ({ page }) => {
      await page.goto(directory(locale));
      const filter = page.getByRole('navigation', {
        name: locale === 'pl' ? 'Punkty pomocy według województw' : 'Offices by voivodeship',
      });
      await filter.getByRole('link', { name, exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 3, name: new RegExp(name.replace(/[()]/g, '\\$&')) }),
      ).toBeInViewport();
      await filter.getByRole('link', { name: town }).click();
      await expect(page).toHaveURL(/#office-wloclawek$/);
      await expect(office(page, town).getByRole('heading')).toBeInViewport();
    });
  }

  test('gives the map as a plain link to OpenStreetMap', async ({ page }) => {
    await page.goto(directory('en'));
    const map = office(page, 'Gdańsk').getByRole('link', { name: 'Show on a map (OpenStreetMap)' });
    const href = new URL((await map.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://www.openstreetmap.org/search');
    expect(href.searchParams.get('query')).toMatch(/^ul\. Grunwaldzka 76\/78, \d\d-\d{3} Gdańsk$/);
  });
});

test.describe('helplines and contacts', () => {
  test('say that the families’ helpline number is not in our sources, and give the e-mail as a link', async ({
    page,
  }) => {
    await page.goto(directory('en'));
    const families = page.getByRole('article', { name: 'Helpline for families of prisoners' });
    await expect(families).toContainText('Our sources do not give this line’s number'.replace('’', "'"));
    await expect(families.getByRole('link')).toHaveCount(0);
    const partnership = page.getByRole('article', { name: /National Partnership/ });
    await expect(partnership.getByRole('link', { name: 'krajowepartnerstwo@fdn.pl' })).toHaveAttribute(
      'href',
      'mailto:krajowepartnerstwo@fdn.pl',
    );
    await expect(page.getByRole('link', { name: '116\u00A0123' })).toHaveAttribute('href', 'tel:116123');
  });

  test('in Polish too', async ({ page }) => {
    await page.goto(directory('pl'));
    await expect(page.getByRole('article', { name: /Telefon zaufania dla rodzin/ })).toContainText('nie podają numeru');
    await expect(page.getByRole('link', { name: '112', exact: true }).first()).toHaveAttribute('href', 'tel:112');
  });
});

test.describe('vCards', () => {
  const notes = {
    pl: 'Godziny pracy: poniedziałek 10:00–18:00, wtorek 8:30–16:30, czwartek 8:30–16:30.',
    en: 'Office hours (Polish time): Monday 10:00–18:00, Tuesday 8:30–16:30, Thursday 8:30–16:30.',
  };
  for (const [locale, label] of [
    ['pl', 'Zapisz w kontaktach telefonu (vCard)'],
    ['en', "Save to your phone's contacts (vCard)"],
  ] as const) {
    test(`download as a contact card an address book can read, in both languages (${locale})`, async ({
      page,
      request,
    }) => {
      await page.goto(directory(locale));
      const href = await office(page, 'Wrocław').getByRole('link', { name: label }).getAttribute('href');
      // One card per office, whichever language's page links to it.
      expect(href).toBe('/vcard/wroclaw.vcf');
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toMatch(/^text\/vcard/);
      const card = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
      expect(card.getFirstPropertyValue('fn')).toMatch(/Wrocław$/);
      expect(card.getFirstPropertyValue('adr')).toEqual([
        '',
        '',
        'ul. Długa 66 C lok. 6',
        'Wrocław',
        'dolnośląskie',
        '53-633',
        'Polska',
      ]);
      const note = card.getFirstPropertyValue('note') as string;
      expect(note).toContain(notes.pl);
      expect(note).toContain(notes.en);
      expect(note.indexOf(notes.pl)).toBeLessThan(note.indexOf(notes.en));
      expect(note).toContain('Monika Raniewicz');
    });
  }
});

test.describe('machine-readable', () => {
  for (const locale of locales) {
    test(`JSON-LD parses, has every office with its hours, and breaks no CSP rule (${locale})`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(directory(locale));
      const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@graph'];
      const places = graph.filter((node: { '@type': string }) => node['@type'] === 'Place');
      expect(places.map((p: { address: { addressLocality: string } }) => p.address.addressLocality).sort()).toEqual([
        'Bydgoszcz',
        'Gdańsk',
        'Opole',
        'Wrocław',
        'Włocławek',
      ]);
      const wroclaw = places.find(
        (p: { address: { addressLocality: string } }) => p.address.addressLocality === 'Wrocław',
      );
      expect(wroclaw.openingHoursSpecification).toContainEqual({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Monday',
        opens: '10:00',
        closes: '18:00',
      });
      expect(graph).toContainEqual(
        expect.objectContaining({ '@type': 'Organization', email: 'krajowepartnerstwo@fdn.pl' }),
      );
      expect(problems).toEqual([]);
    });
  }

  test('the HSDS feed parses and has all five offices with their addresses and schedules', async ({ request }) => {
    const response = await request.get('/data/directory.json');
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const feed = await response.json();
    expect(feed.locations).toHaveLength(5);
    for (const table of ['organizations', 'services', 'locations', 'physical_addresses', 'phones', 'schedules']) {
      expect(Array.isArray(feed[table]), table).toBe(true);
    }
    const address = feed.physical_addresses.find((a: { city: string }) => a.city === 'Opole');
    expect(address).toMatchObject({
      address_1: 'ul. Niemodlińska 79/19',
      postal_code: '46-020',
      state_province: 'opolskie',
      country: 'PL',
    });
    const opole = feed.schedules.filter((s: { location_id: string }) => s.location_id === address.location_id);
    expect(
      opole.map(
        (s: { byday: string; opens_at: string; closes_at: string }) => `${s.byday} ${s.opens_at}-${s.closes_at}`,
      ),
    ).toEqual(['WE 10:00-18:00', 'FR 09:00-17:00']);
    expect(feed.phones.map((p: { number: string }) => p.number).sort()).toEqual([
      '112',
      '116 111',
      '116 123',
      '22 628 99 99',
    ]);
  });
});
