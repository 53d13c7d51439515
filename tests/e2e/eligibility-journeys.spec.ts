// The whole journey after the check's verdict, on a 360 px phone, in both languages: where the offices
// are and when each opens next, what to do (from inside a prison too), where else to turn (said once),
// sending the answer or an office to oneself with no server, and the printed answer on one A4 sheet.
// Today is Wednesday 10 February 2027, 10:00 in Warsaw: Opole is open (We 10:00-18:00), Wrocław opens
// on Thursday at 8:30.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const now = new Date('2027-02-10T10:00:00+01:00');

const ui = {
  pl: {
    path: '/czy-moge-dostac-pomoc/',
    directory: '/gdzie-szukac-pomocy/',
    safety: '/bezpieczne-przegladanie/',
    situations: {
      released: 'Jestem po wyjściu z zakładu karnego lub aresztu śledczego',
      family: 'Ktoś z mojej rodziny trafił niedawno do zakładu karnego lub aresztu śledczego',
      inPrison: 'Przebywam teraz w zakładzie karnym lub areszcie śledczym',
      none: 'Żadna z tych sytuacji',
    },
    continue: 'Dalej',
    submit: 'Sprawdź',
    change: 'Zmień odpowiedzi',
    date: { day: 'Dzień', month: 'Miesiąc', year: 'Rok' },
    yes: 'Zasady projektu obejmują Twoją sytuację',
    ended: 'Według zasad projektu Twoje 3 miesiące już minęły',
    no: 'Zasady projektu nie obejmują Twojej sytuacji',
    where: 'Gdzie są biura',
    fromSource: 'Według godzin ze źródła (stan na 2025\u00A0r.) byłoby teraz',
    cities: 'Nasze źródło podaje biura projektu tylko w 5 miastach: Bydgoszcz, Gdańsk, Opole, Włocławek i Wrocław.',
    inPerson:
      'Nasze źródła nie podają numerów telefonu ani adresów e-mail biur, dlatego trzeba przyjść osobiście w godzinach pracy biura.',
    next: 'Co zrobić teraz',
    visit: 'Przyjdź do jednego z biur pomocy postpenitencjarnej w godzinach jego pracy.',
    tell: 'podaj datę z tej odpowiedzi',
    ask: 'jakie dokumenty trzeba mieć ze sobą',
    inside: 'Co możesz zrobić już teraz',
    educator: 'Poproś swojego wychowawcę',
    someone: 'poprosić bliską osobę',
    family: 'Dla dzieci i rodzin',
    familyPages: ['/rodzina-razem/', '/nie-moja-wina-a-moja-kara/'],
    elsewhere: 'Gdzie jeszcze szukać pomocy',
    elsewherePage: 'Jeśli nie możesz dostać tej pomocy',
    rules: 'Kto może dostać pomoc',
    offices: 'Biura pomocy postpenitencjarnej',
    sms: 'Wyślij SMS-em na swój telefon',
    email: 'Wyślij e-mailem',
    until: '28 lutego 2027',
    noScript: /wymaga JavaScriptu.*Zasady opisane niżej/,
    sent: /wyślesz sobie.*zostanie w\stelefonie/,
  },
  en: {
    path: '/en/can-i-get-help/',
    directory: '/en/where-to-get-help/',
    safety: '/en/browsing-safely/',
    situations: {
      released: 'I have been released from prison or custody',
      family: 'Someone in my family has just been sent to prison or remanded in custody',
      inPrison: 'I am in prison or on remand now',
      none: 'None of these',
    },
    continue: 'Continue',
    submit: 'Check',
    change: 'Change your answers',
    date: { day: 'Day', month: 'Month', year: 'Year' },
    yes: "The project's rules cover your situation",
    ended: "By the project's rules, your 3 months have ended",
    no: "The project's rules do not cover your situation",
    where: 'Where the offices are',
    fromSource: "By the source's hours (as of 2025), it would be",
    cities: "Our source lists the project's offices in only 5 cities: Bydgoszcz, Gdańsk, Opole, Włocławek and Wrocław.",
    inPerson:
      'Our sources give no phone number or e-mail address for the offices, so you need to go in person during office hours.',
    next: 'What to do next',
    visit: 'Go to one of the post-penitentiary assistance offices during its office hours.',
    tell: 'give the date in this answer',
    ask: 'which documents to bring',
    inside: 'What you can do now',
    educator: 'Ask your educator',
    someone: 'ask someone close to you',
    family: 'For children and families',
    familyPages: ['/en/family-together/', '/en/not-my-fault-but-my-punishment/'],
    elsewhere: 'Where else to turn',
    elsewherePage: 'If you cannot get this help',
    rules: 'Who can get help',
    offices: 'Post-penitentiary assistance offices',
    sms: 'Send to my phone',
    email: 'E-mail it',
    until: '28 February 2027',
    noScript: /needs JavaScript.*The rules below/,
    sent: /send yourself.*stays on your phone/,
  },
} as const;

type Lang = (typeof ui)[keyof typeof ui];
type Journey = 'yes' | 'no' | 'inPrison' | 'family' | 'none';

/** The dates each journey types (today is 10 February 2027). */
const journeys: Record<Journey, { situation: keyof Lang['situations']; date?: [string, string, string] }> = {
  yes: { situation: 'released', date: ['30', '11', '2026'] },
  no: { situation: 'released', date: ['10', '10', '2026'] },
  inPrison: { situation: 'inPrison' },
  family: { situation: 'family', date: ['1', '2', '2027'] },
  none: { situation: 'none' },
};

const answer = (page: Page) => page.locator('[data-result]');

/** The text as a pattern in which any space may be a no-break space (Polish typography adds them). */
const loosely = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '\\s'));

async function answerFor(page: Page, t: Lang, journey: Journey): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto(t.path);
  const { situation, date } = journeys[journey];
  await page.getByRole('radio', { name: t.situations[situation] }).check();
  await page.getByRole('button', { name: t.continue, exact: true }).click();
  if (date) {
    await page.getByLabel(t.date.day, { exact: true }).fill(date[0]);
    await page.getByLabel(t.date.month, { exact: true }).fill(date[1]);
    await page.getByLabel(t.date.year, { exact: true }).fill(date[2]);
    await page.getByRole('button', { name: t.submit, exact: true }).click();
  }
  await expect(answer(page)).toBeVisible();
}

/** The body a share link carries, decoded. */
async function sharedText(link: ReturnType<Page['locator']>): Promise<string> {
  const href = (await link.getAttribute('href')) ?? '';
  return decodeURIComponent(href.slice(href.indexOf('body=') + 'body='.length));
}

async function pdfPages(page: Page): Promise<number> {
  const file = join(mkdtempSync(join(tmpdir(), 'answer-')), 'answer.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

test.use({ viewport: { width: 360, height: 640 } });

for (const [locale, t] of Object.entries(ui)) {
  test.describe(`after the verdict (${locale})`, () => {
    test('yes: the five towns, each office with its hours and next opening, in person, what to say and ask', async ({
      page,
    }) => {
      await answerFor(page, t, 'yes');
      await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
      const where = answer(page).locator('.where');
      await expect(where.getByRole('heading', { name: t.where })).toBeVisible();
      await expect(where).toContainText(loosely(t.cities));
      await expect(where).toContainText(loosely(t.inPerson));
      const offices = where.getByRole('listitem');
      await expect(offices).toHaveCount(5);
      for (const city of ['Bydgoszcz', 'Gdańsk', 'Opole', 'Włocławek', 'Wrocław']) {
        await expect(where.getByRole('link', { name: city, exact: true })).toBeVisible();
      }
      // The directory's open-now line, worked out in this browser at this moment: in 2027, past the period the
      // source describes (to the end of 2025), it says what the source's hours would give, never "open now".
      const opole = offices.filter({ hasText: 'Niemodlińska' });
      await expect(opole.locator('office-status')).toBeVisible();
      await expect(opole.locator('office-status')).toHaveAttribute('data-state', 'source');
      await expect(opole.locator('office-status')).toContainText(t.fromSource);
      await expect(opole.locator('office-status')).toContainText('18:00');
      const wroclaw = offices.filter({ hasText: 'Długa' });
      await expect(wroclaw.locator('office-status')).toHaveAttribute('data-state', 'source');
      await expect(wroclaw.locator('office-status')).toContainText('8:30');
      await expect(wroclaw).toContainText(/10:00–18:00/);
      // On a 360 px phone a postal code must not break at its hyphen ("46-" / "020 Opole").
      const postalLines = await where
        .locator('.postal-town')
        .evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
      expect(postalLines).toEqual([1, 1, 1, 1, 1]);
      // Nor a time range at its dash ("10:00–" / "18:00").
      const rangeLines = await where
        .locator('.time-range')
        .evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
      expect(rangeLines.length).toBeGreaterThanOrEqual(5);
      expect(rangeLines.every((lines) => lines === 1)).toBe(true);

      const steps = answer(page).getByRole('list').filter({ hasText: t.visit });
      await expect(answer(page).getByRole('heading', { name: t.next })).toBeVisible();
      await expect(steps).toContainText(loosely(t.tell));
      await expect(steps).toContainText(loosely(t.ask));
      await expect(answer(page).getByRole('heading', { name: t.inside })).toBeHidden();
      await expect(answer(page).getByRole('heading', { name: t.elsewhere })).toBeHidden();
      await page.screenshot({ path: test.info().outputPath(`yes-${locale}.png`), fullPage: true });
    });

    test('in prison: what to do from inside (the educator, someone close), then the offices; never "go to an office"', async ({
      page,
    }) => {
      await answerFor(page, t, 'inPrison');
      await expect(page.getByRole('heading', { name: t.yes })).toBeFocused();
      const inside = answer(page)
        .locator('[data-when="inPrison"]')
        .filter({ has: page.getByRole('heading', { name: t.inside }) });
      await expect(inside).toBeVisible();
      await expect(inside).toContainText(loosely(t.educator));
      await expect(inside).toContainText(loosely(t.someone));
      if (locale === 'en') await expect(inside).toContainText('wychowawca');
      await expect(answer(page).getByText(loosely(t.visit))).toBeHidden();
      await expect(answer(page).getByRole('heading', { name: t.where })).toBeVisible();
      // Inside comes first: it is what this reader can do.
      const insideTop = (await inside.boundingBox())!.y;
      const whereTop = (await answer(page).getByRole('heading', { name: t.where }).boundingBox())!.y;
      expect(insideTop).toBeLessThan(whereTop);
    });

    test("family: the children's and families' pages, and the offices", async ({ page }) => {
      await answerFor(page, t, 'family');
      await expect(answer(page).getByRole('heading', { name: t.family })).toBeVisible();
      for (const href of t.familyPages) await expect(answer(page).locator(`a[href="${href}"]:visible`)).toHaveCount(1);
      await expect(answer(page).getByRole('heading', { name: t.where })).toBeVisible();
      await expect(answer(page).getByRole('heading', { name: t.elsewhere })).toBeHidden();
    });

    for (const journey of ['no', 'none'] as const) {
      test(`${journey}: a calm answer, and where else to turn said once`, async ({ page }) => {
        await answerFor(page, t, journey);
        await expect(page.getByRole('heading', { name: journey === 'no' ? t.ended : t.no })).toBeFocused();
        await expect(answer(page)).toHaveAttribute('data-verdict', 'no');
        await expect(answer(page)).not.toHaveCSS('border-left-color', 'rgb(164, 21, 26)');
        await expect(answer(page).getByRole('heading', { name: t.elsewhere })).toBeVisible();
        // Said once on the whole page: the page's own copy gives way while the answer shows the list.
        await expect(page.getByRole('link', { name: '116 123', exact: true })).toHaveCount(1);
        await expect(page.getByRole('heading', { name: t.elsewherePage })).toHaveCount(0);
        await expect(answer(page).getByRole('heading', { name: t.where })).toBeHidden();
        await page.screenshot({ path: test.info().outputPath(`${journey}-${locale}.png`), fullPage: true });

        await page.getByRole('button', { name: t.change }).click();
        await expect(page.getByRole('heading', { name: t.elsewherePage })).toBeVisible();
        await expect(page.getByRole('link', { name: '116 123', exact: true })).toHaveCount(1);
      });
    }

    test('the answer goes to my phone or my e-mail as plain text, with nothing sent by the page', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
      await answerFor(page, t, 'yes');
      await page.waitForLoadState('networkidle');
      const loaded = requests.filter((line) => /^https?:/.test(line)).length;
      const share = answer(page).locator('[data-share-answer]');
      const sms = share.getByRole('link', { name: new RegExp(`^${t.sms}`) });
      const email = share.getByRole('link', { name: new RegExp(`^${t.email}`) });
      await expect(sms).toBeVisible();
      await expect(sms).toHaveAttribute('href', /^sms:\?&body=/);
      await expect(email).toHaveAttribute('href', /^mailto:\?subject=[^&]+&body=/);
      for (const text of [await sharedText(sms), await sharedText(email)]) {
        expect(text).toContain(t.yes);
        expect(text).toContain(t.until);
        expect(text).toContain('ul. Niemodlińska 79/19, 46-020 Opole');
        expect(text).toMatch(/10:00–18:00/);
        expect(text).not.toMatch(/[\u00A0\u202F]/);
        // The offices' holiday assumption is said once, after the five offices.
        expect(text.match(/ustawowo wolne|public holidays/g)).toHaveLength(1);
        expect(text.indexOf('Niemodlińska')).toBeLessThan(text.search(/ustawowo wolne|public holidays/));
      }
      // Following a link hands the text to another app (the sms: and mailto: addresses themselves);
      // nothing goes over the network.
      await sms.click();
      await email.click();
      await expect(page).toHaveURL(new RegExp(`${t.path}$`));
      const network = requests.filter((line) => /^https?:/.test(line));
      expect(network.filter((line) => /Niemodli|2027|body=/.test(line))).toEqual([]);
      // Once the page has loaded, following the links requests nothing.
      expect(network.slice(loaded)).toEqual([]);
    });

    test('a "no" answer sends where else to turn, not the offices', async ({ page }) => {
      await answerFor(page, t, 'none');
      const text = await sharedText(answer(page).locator('[data-share-answer] [data-share="sms"]'));
      expect(text).toContain(t.no);
      expect(text).toContain('116 123');
      expect(text).not.toContain('Niemodlińska');
    });

    for (const journey of Object.keys(journeys) as Journey[]) {
      test(`the printed answer (${journey}) fits on one A4 sheet`, async ({ page }) => {
        await answerFor(page, t, journey);
        expect(await pdfPages(page)).toBe(1);
      });
    }

    test("on paper: the answer and the offices' hours, no buttons, share links or full office cards", async ({
      page,
    }) => {
      await answerFor(page, t, 'yes');
      await page.emulateMedia({ media: 'print' });
      await expect(answer(page).getByRole('heading', { name: t.where })).toBeVisible();
      await expect(answer(page)).toContainText('ul. Niemodlińska 79/19');
      await expect(page.getByRole('link', { name: new RegExp(`^${t.sms}`) })).toHaveCount(
        await page.getByRole('link', { name: new RegExp(`^${t.sms}`) }).count(),
      );
      for (const link of await page.getByRole('link', { name: new RegExp(`^${t.sms}`) }).all())
        await expect(link).toBeHidden();
      await expect(page.getByRole('heading', { name: t.offices })).toBeHidden();
      await expect(page.getByRole('heading', { name: t.rules })).toBeHidden();
      await expect(page.getByRole('button', { name: t.change })).toBeHidden();
    });

    test('each office in the directory can be sent to my phone or e-mail', async ({ page }) => {
      await page.goto(t.directory);
      const card = page.locator('article.office').filter({ hasText: 'Niemodlińska' });
      const sms = card.getByRole('link', { name: new RegExp(`^${t.sms}`) });
      await expect(sms).toBeVisible();
      await expect(sms).toHaveAttribute('href', /^sms:\?&body=/);
      const text = await sharedText(sms);
      expect(text).toContain('ul. Niemodlińska 79/19, 46-020 Opole');
      expect(text).toMatch(/10:00–18:00/);
      expect(text).not.toMatch(/[\u00A0\u202F]/);
      await expect(card.getByRole('link', { name: new RegExp(`^${t.email}`) })).toHaveAttribute(
        'href',
        /^mailto:\?subject=/,
      );
    });

    test('the safe-browsing page says that sent messages stay on the phone', async ({ page }) => {
      await page.goto(t.safety);
      await expect(page.locator('main')).toContainText(t.sent);
    });
  });

  test.describe(`without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('the note points down to the rules, and where else to turn and the offices are there once', async ({
      page,
    }) => {
      await page.goto(t.path);
      const note = page.getByText(t.noScript);
      await expect(note).toBeVisible();
      const rules = page.getByRole('heading', { name: t.rules });
      expect((await note.boundingBox())!.y).toBeLessThan((await rules.boundingBox())!.y);
      await expect(page.getByRole('heading', { name: t.elsewherePage })).toBeVisible();
      await expect(page.getByRole('link', { name: '116 123', exact: true })).toHaveCount(1);
      await expect(page.getByRole('heading', { name: t.offices })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`no-js-${locale}.png`), fullPage: true });
      // Sharing needs no script: each town leads to its office's card in the directory, whose links to send it
      // to oneself are plain links (this page lists the offices in short and carries no share links of its own).
      const offices = page.getByRole('region', { name: t.offices });
      await expect(offices.getByRole('link', { name: new RegExp(`^${t.sms}`) })).toHaveCount(0);
      await offices.getByRole('link', { name: 'Opole', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${t.directory}#office-opole$`));
      await expect(page.locator('#office-opole').getByRole('link', { name: new RegExp(`^${t.sms}`) })).toBeVisible();
    });
  });
}
