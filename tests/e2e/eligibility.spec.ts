// "Can I get help?" in both languages, as a user does it: by role and label, with a fixed clock
// (today is 10 February 2027 in Warsaw), with the keyboard, with errors, without JavaScript, in print.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir, readBuiltPage } from './builtSite';

const now = new Date('2027-02-10T10:00:00+01:00');

const ui = {
  pl: {
    path: '/czy-moge-dostac-pomoc/',
    home: '/',
    homeChoice: 'Niedawno wyszedłem lub wyszłam z więzienia',
    check: 'Sprawdź, czy możesz dostać pomoc',
    question: 'Która sytuacja pasuje do Ciebie?',
    released: 'Jestem po wyjściu z zakładu karnego lub aresztu śledczego',
    family: 'Ktoś z mojej rodziny trafił niedawno do zakładu karnego lub aresztu śledczego',
    inPrison: 'Przebywam teraz w zakładzie karnym lub areszcie śledczym',
    none: 'Żadna z tych sytuacji',
    continue: 'Dalej',
    back: 'Wstecz',
    submit: 'Sprawdź',
    releaseQuestion: 'Kiedy wyszedłeś/wyszłaś na wolność?',
    familyQuestion: 'Kiedy osoba z Twojej rodziny trafiła do zakładu karnego lub aresztu śledczego?',
    day: 'Dzień',
    month: 'Miesiąc',
    year: 'Rok',
    yes: 'Zasady projektu obejmują Twoją sytuację',
    ended: 'Według zasad projektu Twoje 3 miesiące już minęły',
    no: 'Zasady projektu nie obejmują Twojej sytuacji',
    change: 'Zmień odpowiedzi',
    problem: 'Coś trzeba poprawić',
    offices: 'Biura pomocy postpenitencjarnej',
    where: 'Gdzie są biura',
    rules: 'Kto może dostać pomoc',
    cases: [
      {
        start: ['30', '11', '2026'],
        until:
          'Zgodnie z zasadami projektu pomoc jest udzielana przez 3 miesiące od 30 listopada 2026, czyli do 28 lutego 2027.',
        days: 'Zostało 19 dni, łącznie z dzisiejszym.',
      },
      {
        start: ['3', '12', '2026'],
        until:
          'Zgodnie z zasadami projektu pomoc jest udzielana przez 3 miesiące od 3 grudnia 2026, czyli do 3 marca 2027.',
        days: 'Zostały 22 dni, łącznie z dzisiejszym.',
      },
      {
        start: ['12', '11', '2026'],
        until:
          'Zgodnie z zasadami projektu pomoc jest udzielana przez 3 miesiące od 12 listopada 2026, czyli do 12 lutego 2027.',
        days: 'Zostały 3 dni, łącznie z dzisiejszym.',
      },
      {
        start: ['10', '11', '2026'],
        until:
          'Zgodnie z zasadami projektu pomoc jest udzielana przez 3 miesiące od 10 listopada 2026, czyli do 10 lutego 2027.',
        days: 'Został 1 dzień, łącznie z dzisiejszym.',
      },
    ],
    lastDay: 'Dziś jest ostatni dzień',
    endedOn:
      'Zgodnie z zasadami projektu pomoc była udzielana przez 3 miesiące od 10 października 2026, czyli do 10 stycznia 2027.',
    familyUntil:
      'Zgodnie z zasadami projektu pomoc jest udzielana przez 3 miesiące od 1 lutego 2027, czyli do 1 maja 2027.',
    familyProgramme: '/rodzina-razem/',
    campaign: '/nie-moja-wina-a-moja-kara/',
    trafficking: '/ofiary-handlu-ludzmi/',
    noLimit:
      'Źródło wymienia osoby przebywające w zakładach karnych i aresztach śledczych jako jedną z trzech grup, do których kierowany jest projekt. Nie podaje dla nich żadnego terminu.',
    timeHeading: 'Czy projekt działa dziś?',
    time: 'Źródło opisuje projekt i jego cele zaplanowane do osiągnięcia na koniec 2025 r. Nie mówi nic o okresie późniejszym. Nie udało nam się potwierdzić, że projekt i jego biura działają po 2025 r.',
    entitlement: /przysługuj/i,
    ops: 'Ośrodek pomocy społecznej w Twojej gminie',
    errors: {
      situation: 'Wybierz sytuację, która do Ciebie pasuje',
      empty: 'Wpisz datę wyjścia na wolność',
      incomplete: 'Wpisz dzień, miesiąc i rok',
      impossible: 'Taka data nie istnieje',
      future: 'Data wyjścia musi być dzisiejsza lub wcześniejsza',
      tooEarly: 'Rok musi być 1900 lub późniejszy',
    },
  },
  en: {
    path: '/en/can-i-get-help/',
    home: '/en/',
    homeChoice: 'I have just left prison',
    check: 'Check if you can get help',
    question: 'Which of these fits you?',
    released: 'I have been released from prison or custody',
    family: 'Someone in my family has just been sent to prison or remanded in custody',
    inPrison: 'I am in prison or on remand now',
    none: 'None of these',
    continue: 'Continue',
    back: 'Back',
    submit: 'Check',
    releaseQuestion: 'On what date were you released?',
    familyQuestion: 'On what date was your family member sent to prison or remanded in custody?',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    yes: "The project's rules cover your situation",
    ended: "By the project's rules, your 3 months have ended",
    no: "The project's rules do not cover your situation",
    change: 'Change your answers',
    problem: 'There is a problem',
    offices: 'Post-penitentiary assistance offices',
    where: 'Where the offices are',
    rules: 'Who can get help',
    cases: [
      {
        start: ['30', '11', '2026'],
        until: "By the project's rules, help is given for 3 months from 30 November 2026, so until 28 February 2027.",
        days: '19 days left, counting today.',
      },
      {
        start: ['3', '12', '2026'],
        until: "By the project's rules, help is given for 3 months from 3 December 2026, so until 3 March 2027.",
        days: '22 days left, counting today.',
      },
      {
        start: ['11', '11', '2026'],
        until: "By the project's rules, help is given for 3 months from 11 November 2026, so until 11 February 2027.",
        days: '2 days left, counting today.',
      },
      {
        start: ['10', '11', '2026'],
        until: "By the project's rules, help is given for 3 months from 10 November 2026, so until 10 February 2027.",
        days: '1 day left, counting today.',
      },
    ],
    lastDay: 'Today is the last day',
    endedOn: "By the project's rules, help was given for 3 months from 10 October 2026, so until 10 January 2027.",
    familyUntil: "By the project's rules, help is given for 3 months from 1 February 2027, so until 1 May 2027.",
    familyProgramme: '/en/family-together/',
    campaign: '/en/not-my-fault-but-my-punishment/',
    trafficking: '/en/victims-of-trafficking/',
    noLimit:
      'The source names people held in prisons and detention centres as one of the three groups the project is for. It gives no time window for them.',
    timeHeading: 'Is the project running today?',
    time: 'The source describes the project and its targets planned for the end of 2025. It says nothing about any later period. We could not confirm that the project and its offices are still open after 2025.',
    entitlement: /entitle|no time limit/i,
    ops: 'The social welfare centre in your municipality',
    errors: {
      situation: 'Choose the situation that fits you',
      empty: 'Enter the date you were released',
      incomplete: 'Enter the day, the month and the year',
      impossible: 'That date does not exist',
      future: 'The date you were released must be today or earlier',
      tooEarly: 'The year must be 1900 or later',
    },
  },
} as const;

type Lang = (typeof ui)[keyof typeof ui];

async function open(page: Page, t: Lang): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto(t.path);
  await expect(page.getByRole('heading', { name: t.check })).toBeVisible();
}

async function choose(page: Page, t: Lang, situation: string): Promise<void> {
  await page.getByRole('radio', { name: situation }).check();
  await page.getByRole('button', { name: t.continue, exact: true }).click();
}

async function enterDate(page: Page, t: Lang, [day, month, year]: readonly string[]): Promise<void> {
  await page.getByLabel(t.day, { exact: true }).fill(day!);
  await page.getByLabel(t.month, { exact: true }).fill(month!);
  await page.getByLabel(t.year, { exact: true }).fill(year!);
  await page.getByRole('button', { name: t.submit, exact: true }).click();
}

const answer = (page: Page) => page.locator('[data-result]');

/** The text as a pattern in which any space may be a no-break space (Polish typography adds them). */
const loosely = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '\\s'));

for (const [locale, t] of Object.entries(ui)) {
  test.describe(`eligibility check (${locale})`, () => {
    test('a person released within 3 months gets yes, the last day and the days left', async ({ page }) => {
      for (const { start, until, days } of t.cases) {
        await open(page, t);
        await choose(page, t, t.released);
        await expect(page.getByRole('heading', { name: t.releaseQuestion })).toBeFocused();
        await enterDate(page, t, start);
        await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
        await expect(answer(page)).toContainText(loosely(until));
        await expect(answer(page)).toContainText(days);
        // The rule's window is not a promise that the offices are open: the same caveat as under the programme's title.
        await expect(answer(page).getByRole('heading', { name: t.timeHeading })).toBeVisible();
        await expect(answer(page)).toContainText(loosely(t.time));
        await expect(answer(page)).not.toContainText(t.entitlement);
        const lastDay = answer(page).getByText(t.lastDay);
        if (start[0] === '10') await expect(lastDay).toBeVisible();
        else await expect(lastDay).toBeHidden();
        await expect(page.getByRole('heading', { name: t.offices })).toBeVisible();
        await expect(answer(page).getByRole('link', { name: /116/ })).toBeHidden();
      }
    });

    test('a person released 4 months ago gets no, and where else to turn', async ({ page }) => {
      await open(page, t);
      await choose(page, t, t.released);
      await enterDate(page, t, ['10', '10', '2026']);
      await expect(page.getByRole('heading', { name: t.ended })).toBeFocused();
      await expect(answer(page)).toContainText(loosely(t.endedOn));
      await expect(answer(page)).toContainText(t.ops);
      for (const number of ['116 123', '116 111', '112']) {
        await expect(answer(page).getByRole('link', { name: number, exact: true })).toBeVisible();
      }
      await expect(answer(page).locator(`a[href="${t.trafficking}"]:visible`)).toHaveCount(1);
      await expect(answer(page).locator(`a[href="${t.familyProgramme}"]:visible`)).toHaveCount(1);
      await expect(answer(page).getByText(t.yes)).toHaveCount(0);
    });

    test('a family member is counted from the incarceration and pointed to the families programme', async ({
      page,
    }) => {
      await open(page, t);
      await choose(page, t, t.family);
      await expect(page.getByRole('heading', { name: t.familyQuestion })).toBeFocused();
      await enterDate(page, t, ['1', '2', '2027']);
      await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
      await expect(answer(page)).toContainText(loosely(t.familyUntil));
      await expect(answer(page).locator(`a[href="${t.familyProgramme}"]:visible`)).toHaveCount(1);
      await expect(answer(page).locator(`a[href="${t.campaign}"]:visible`)).toHaveCount(1);
    });

    test('a person in prison gets yes, told plainly that the source gives no time limit, without being asked for a date', async ({
      page,
    }) => {
      await open(page, t);
      await choose(page, t, t.inPrison);
      await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
      // Exactly what the source says about people in prison: a target group, no time window stated.
      await expect(answer(page)).toContainText(loosely(t.noLimit));
      await expect(answer(page)).toContainText(loosely(t.time));
      await expect(answer(page)).not.toContainText(t.entitlement);
      await expect(page.getByLabel(t.day, { exact: true })).toBeHidden();
    });

    test('someone in none of the groups gets no, never a dead end', async ({ page }) => {
      await open(page, t);
      await choose(page, t, t.none);
      await expect(page.getByRole('heading', { name: t.no })).toBeFocused();
      await expect(answer(page)).toContainText(t.ops);
      await expect(answer(page).getByRole('link', { name: '116 123', exact: true })).toBeVisible();
      await expect(answer(page).locator(`a[href="${t.trafficking}"]:visible`)).toHaveCount(1);
      // A calm answer, not the red of a mistake in the form (--color-danger).
      await expect(answer(page)).not.toHaveCSS('border-left-color', 'rgb(164, 21, 26)');
    });

    test('no situation chosen: an error summary takes focus and links to the question', async ({ page }) => {
      await open(page, t);
      await page.getByRole('button', { name: t.continue, exact: true }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading', { name: t.problem })).toBeVisible();
      await expect(page).toHaveTitle(/^(Error|Błąd): /);
      await expect(page.getByRole('group', { name: t.question })).toContainText(t.errors.situation);
      await summary.getByRole('link', { name: loosely(t.errors.situation) }).click();
      await expect(page.getByRole('radio', { name: t.released })).toBeFocused();
      await choose(page, t, t.inPrison);
      await expect(summary).toBeHidden();
      await expect(page).not.toHaveTitle(/^(Error|Błąd): /);
    });

    const badDates = [
      ['empty', ['', '', ''], 'day', t.errors.empty],
      ['incomplete', ['12', '', '2026'], 'month', t.errors.incomplete],
      ['impossible (31 February)', ['31', '2', '2026'], 'day', t.errors.impossible],
      ['in the future', ['11', '2', '2027'], 'day', t.errors.future],
      ['before 1900', ['1', '1', '1899'], 'year', t.errors.tooEarly],
    ] as const;
    for (const [name, date, field, message] of badDates) {
      test(`a date that is ${name} gets a message by the field and in the summary, never a verdict`, async ({
        page,
      }) => {
        await open(page, t);
        await choose(page, t, t.released);
        await enterDate(page, t, date);
        const summary = page.locator('[data-error-summary]');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(message);
        const group = page.getByRole('group', { name: t.releaseQuestion });
        await expect(group).toContainText(message);
        await expect(group).toHaveAccessibleDescription(loosely(message));
        await expect(answer(page)).toBeHidden();
        const label = { day: t.day, month: t.month, year: t.year }[field];
        await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('aria-invalid', 'true');
        await summary.getByRole('link').click();
        await expect(page.getByLabel(label, { exact: true })).toBeFocused();
      });
    }

    test('"change your answers" and "back" keep the earlier answers', async ({ page }) => {
      await open(page, t);
      await choose(page, t, t.released);
      await enterDate(page, t, ['30', '11', '2026']);
      await page.getByRole('button', { name: t.change }).click();
      await expect(page.getByRole('heading', { name: t.releaseQuestion })).toBeFocused();
      await expect(page.getByLabel(t.day, { exact: true })).toHaveValue('30');
      await expect(page.getByLabel(t.year, { exact: true })).toHaveValue('2026');
      await page.getByRole('button', { name: t.back, exact: true }).click();
      await expect(page.getByRole('radio', { name: t.released })).toBeChecked();
      await choose(page, t, t.family);
      await expect(page.getByRole('heading', { name: t.familyQuestion })).toBeVisible();
      await expect(page.getByLabel(t.month, { exact: true })).toHaveValue('11');
    });

    test('works with the keyboard alone', async ({ page }) => {
      await open(page, t);
      const first = page.getByRole('radio', { name: t.released });
      for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: t.releaseQuestion })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await page.keyboard.type('11');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2026');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
      await expect(answer(page)).toContainText(loosely(t.cases[0].until));
    });

    test('sends nothing, stores nothing, and keeps the answers out of the address', async ({ page, context }) => {
      await open(page, t);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await choose(page, t, t.released);
      await enterDate(page, t, ['30', '11', '2026']);
      await expect(page.getByRole('heading', { name: t.yes })).toBeVisible();
      expect(requests).toEqual([]);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(t.path);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      await expect(page.getByText(/nothing is sent|nic nie jest wysyłane/).first()).toBeVisible();
    });

    test('the answer prints without the form controls', async ({ page }) => {
      await open(page, t);
      await choose(page, t, t.released);
      await enterDate(page, t, ['30', '11', '2026']);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: t.yes })).toBeVisible();
      await expect(answer(page)).toContainText(loosely(t.cases[0].until));
      await expect(page.getByRole('button', { name: t.change })).toBeHidden();
      // The answer lists the offices with their hours; the full cards stay on the screen (one sheet).
      await expect(answer(page).getByRole('heading', { name: t.where })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.offices })).toBeHidden();
      await expect(page.getByRole('heading', { name: t.rules })).toBeHidden();
      await page.locator('[data-change]').evaluate((button) => (button as HTMLButtonElement).click());
      await expect(page.getByRole('radio', { name: t.released })).toBeHidden();
      await expect(page.getByRole('heading', { name: t.check })).toBeHidden();
    });

    test('has no accessibility violations with the answer and with the error summary shown', async ({ page }) => {
      test.slow(); // three axe runs; slow on a busy machine
      const axe = () =>
        new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
      await open(page, t);
      await choose(page, t, t.released);
      await enterDate(page, t, ['31', '2', '2026']);
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      await enterDate(page, t, ['10', '10', '2026']);
      await expect(page.getByRole('heading', { name: t.ended })).toBeVisible();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: t.change }).click();
      await enterDate(page, t, ['30', '11', '2026']);
      await expect(page.getByRole('heading', { name: t.yes })).toBeVisible();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    });

    test('the home page leads to the check', async ({ page }) => {
      await page.goto(t.home);
      await page.getByRole('link', { name: new RegExp(t.homeChoice) }).click();
      await expect(page).toHaveURL(new RegExp(`${t.path}$`));
    });
  });

  test.describe(`eligibility check without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('explains the rules and lists the offices, with no broken form', async ({ page }) => {
      await page.goto(t.path);
      await expect(page.getByRole('heading', { name: t.rules })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.offices })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.check })).toBeHidden();
      await expect(page.getByText(/needs JavaScript|wymaga JavaScriptu/)).toBeVisible();
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t.continue, exact: true })).toHaveCount(0);
    });
  });

  test.describe(`eligibility check when its script does not run (${locale})`, () => {
    // JavaScript is on, but the check's script is refused (blocked, or too new for an old phone): the page
    // arrives without it (it is written into the page, so it cannot be blocked as a file).
    test.beforeEach(async ({ page }) => {
      await page.route(`**${t.path}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /<script type="module">(?:(?!<\/script>)[\s\S])*customElements\.define\(`eligibility-check`[\s\S]*?<\/script>/,
          '',
        );
        await route.fulfill({ response, body: html });
      });
    });

    test('shows the note instead of a form that could not work, and nothing can put an answer in the address', async ({
      page,
    }) => {
      await page.goto(t.path);
      await expect(page.locator('html')).toHaveClass(/\bjs\b/);
      await expect(page.getByText(/needs JavaScript|wymaga JavaScriptu/)).toBeVisible();
      await expect(page.getByRole('heading', { name: t.check })).toBeHidden();
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t.continue, exact: true })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: t.offices })).toBeVisible();

      // Even submitted by other means (a leftover page, an assistive tool), the form goes nowhere.
      await page.locator('eligibility-check form').evaluate((form: HTMLFormElement) => {
        form.querySelector<HTMLInputElement>('input[value="released"]')!.checked = true;
        form.requestSubmit();
      });
      await expect(page.getByText(/needs JavaScript|wymaga JavaScriptu/)).toBeVisible();
      expect(page.url()).toBe(new URL(t.path, page.url()).href);
    });
  });

  test(`with its script running, the note gives way to the form (${locale})`, async ({ page }) => {
    await page.goto(t.path);
    await expect(page.getByRole('radio', { name: t.released })).toBeVisible();
    await expect(page.getByText(/needs JavaScript|wymaga JavaScriptu/)).toBeHidden();
  });
}

test.describe('today is the date in Poland, not on the device', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('just after midnight in Warsaw, the new day counts', async ({ page }) => {
    const t = ui.en;
    // 00:30 on 11 February in Warsaw; still 10 February in Los Angeles.
    await page.clock.setFixedTime(new Date('2027-02-10T23:30:00Z'));
    await page.goto(t.path);
    await choose(page, t, t.released);
    await enterDate(page, t, ['11', '11', '2026']);
    await expect(answer(page)).toContainText('1 day left, counting today.');
  });
});

test('no form puts what a reader enters in an address', () => {
  // A form either never submits (method="dialog": the check) or has no named field whose value a
  // submission could carry (the header search, which its script turns into an address fragment).
  for (const path of [ui.pl.path, ui.en.path, ui.pl.home, ui.en.home, '/szukaj/', '/en/search/']) {
    for (const [, attributes, inner] of readBuiltPage(path).matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
      if (/\bmethod="dialog"/.test(attributes!)) continue;
      expect(inner, `${path}: a form that can submit has no named field`).not.toMatch(
        /<(input|select|textarea)\b[^>]*\sname=/,
      );
    }
  }
});

test('the check ships a few kilobytes of JavaScript', () => {
  const html = readBuiltPage(ui.en.path);
  const external = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(distDir, m[1]!)));
  // JSON-LD is data, not JavaScript.
  // Small scripts are written into the page, so they travel compressed together.
  const inline = Buffer.from(
    [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join(''),
  );
  const gzipped = [...external, inline].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  console.log(`JavaScript on the eligibility page: ${gzipped} bytes gzipped`);
  // Its own check (about 2.7 KB) plus the offices' open-now line, quick exit and print button; the complete
  // answer and its share links brought it to 6.1 KB.
  expect(gzipped).toBeLessThan(6.5 * 1024);
});
