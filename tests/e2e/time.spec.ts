// What a reader learns about time, in both languages: under each programme's title when it ran or what
// period its source describes and what we do not know; the same words on office cards, in the data feed
// and JSON-LD; and a footer date that says what was done that day.
import { expect, test, type Page } from '@playwright/test';
import { contentPagePaths, readBuiltPage } from './builtSite';

/** The text as a pattern in which any space may be a no-break space or a line break in the HTML. */
const loosely = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '\\s+'));

const programmes = {
  pl: {
    note: 'Czas trwania programu',
    pages: [
      {
        path: '/pomoc-postpenitencjarna/',
        when: 'Źródło opisuje projekt i jego cele zaplanowane do osiągnięcia na koniec 2025 r.',
        unknown: 'Nie udało nam się potwierdzić, że projekt i jego biura działają po 2025 r.',
      },
      {
        path: '/rodzina-razem/',
        when: 'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
        unknown: 'Źródło nie mówi, czy telefon zaufania dla rodzin',
      },
      {
        path: '/nie-moja-wina-a-moja-kara/',
        when: 'Projekt trwał od 1 stycznia 2021 r. do 30 czerwca 2022 r.',
        unknown: 'Źródło nie mówi, czy telefon zaufania dla rodzin',
      },
      { path: '/krajowe-partnerstwo/', when: 'planów z 2011 r.', unknown: 'Nie wiemy, czy Partnerstwo działa dziś' },
      {
        path: '/ofiary-handlu-ludzmi/',
        when: 'Projekt jest zakończony; źródło nie podaje jego dat.',
        unknown: 'nie mówi, czy działa dziś.',
      },
    ],
    directory: '/gdzie-szukac-pomocy/',
    officeCaveat: 'Nie udało nam się potwierdzić, że projekt i jego biura działają po 2025 r.',
    footer:
      'Tekst tej strony porównaliśmy ze źródłami 23 listopada 2026. Tego dnia nie sprawdzaliśmy, czy programy i biura działają.',
    footerPeriod: 'Źródła opisują: Pomoc postpenitencjarna: do końca 2025 roku.',
    officeChecked: 'Dane biura porównaliśmy ze źródłem 23 listopada 2026.',
  },
  en: {
    note: 'When the programme ran',
    pages: [
      {
        path: '/en/post-penitentiary-assistance/',
        when: 'The source describes the project and its targets planned for the end of 2025.',
        unknown: 'We could not confirm that the project and its offices are still open after 2025.',
      },
      {
        path: '/en/family-together/',
        when: 'The project ran from 1 January 2021 to 30 June 2022.',
        unknown: 'The source does not say whether the helpline for families',
      },
      {
        path: '/en/not-my-fault-but-my-punishment/',
        when: 'The project ran from 1 January 2021 to 30 June 2022.',
        unknown: 'The source does not say whether the helpline for families',
      },
      {
        path: '/en/national-partnership/',
        when: 'its plans from 2011',
        unknown: 'We do not know whether the Partnership is active today',
      },
      {
        path: '/en/victims-of-trafficking/',
        when: 'The project has ended; the source does not give its dates.',
        unknown: 'the source does not say whether the Centre is still running today.',
      },
    ],
    directory: '/en/where-to-get-help/',
    officeCaveat: 'We could not confirm that the project and its offices are still open after 2025.',
    footer:
      'We compared this text with its sources on 23 November 2026. We did not check then whether the programmes and offices were still running.',
    footerPeriod: 'The sources describe: Post-penitentiary assistance: up to the end of 2025.',
    officeChecked: "We compared this office's details with the source on 23 November 2026.",
  },
} as const;

/** The note right under the page's title, found by its name as a screen reader would. */
const timeNote = (page: Page, name: string) => page.getByRole('note', { name });

for (const [locale, t] of Object.entries(programmes)) {
  test.describe(`programme time (${locale})`, () => {
    for (const { path, when, unknown } of t.pages) {
      test(`${path} says under its title when it ran and what we do not know`, async ({ page }) => {
        await page.goto(path);
        const note = timeNote(page, t.note);
        await expect(note).toContainText(loosely(when));
        await expect(note).toContainText(loosely(unknown));
        // Under the title: the note is the next thing after the h1, or after the numbers that pages for people
        // at risk put first (the trafficking and partnership pages).
        const nextToTitle = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
          const next = h1.nextElementSibling;
          return (next?.classList.contains('page-helplines') ? next.nextElementSibling : next)?.getAttribute('role');
        });
        expect(nextToTitle).toBe('note');
      });
    }

    test('every office card says the offices are not confirmed open today, and what was done on its date', async ({
      page,
    }) => {
      await page.goto(t.directory);
      const cards = page.getByRole('article').filter({ has: page.locator('address') });
      await expect(cards).toHaveCount(5);
      for (const card of await cards.all()) {
        await expect(card).toContainText(loosely(t.officeCaveat));
        await expect(card).toContainText(loosely(t.officeChecked));
      }
    });

    test('the footer says the text was compared with the sources that day, and which periods they describe', async ({
      page,
    }) => {
      await page.goto(t.pages[0]!.path);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText(loosely(t.footer));
      await expect(footer).toContainText(loosely(t.footerPeriod));
    });

    test('JSON-LD gives each office the programme time first in its description', async ({ page }) => {
      await page.goto(t.directory);
      const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
        '@graph': { '@type': string; description?: string }[];
      };
      const places = graph['@graph'].filter((node) => node['@type'] === 'Place');
      expect(places).toHaveLength(5);
      for (const place of places) expect(place.description).toContain(t.officeCaveat.replace(/\u00A0/g, ' '));
    });
  });
}

test('the data feed claims no status it cannot source, and says what assured_date means', async ({ request }) => {
  const feed = await (await request.get('/data/directory.json')).json();
  const service = (id: string) => feed.services.find((s: { id: string }) => s.id === id);
  const postPenitentiary = service('service-post-penitentiary');
  expect(postPenitentiary).not.toHaveProperty('status');
  expect(postPenitentiary.alert).toContain(
    'Nie udało nam się potwierdzić, że projekt i jego biura działają po 2025 r.',
  );
  expect(postPenitentiary.assured_date).toBe('2026-11-23');
  const partnership = service('service-partnership-email');
  expect(partnership).not.toHaveProperty('status');
  expect(partnership.alert).toContain('Nie wiemy, czy Partnerstwo działa dziś');
  expect(service('service-emergency-112').status).toBe('active');
  expect(feed.meta.assured_date).toContain('compared with its source');
});

test('no page turns the project’s offer into an entitlement', () => {
  // "przysługuje/przysługiwała" (is due) and "entitled" make a project's offer sound like a legal right;
  // the trafficking page's "rights they have" (przysługujących im prawach) is about the law and stays.
  for (const path of contentPagePaths()) {
    const text = readBuiltPage(path).replace(/<[^>]+>/g, ' ');
    expect(text, path).not.toMatch(/przysługuj(e|ą|iła|ił|ył)(?!\p{L})|\bentitled\b/iu);
  }
});
