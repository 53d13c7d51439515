// Search in both languages: what readers type finds the right page, only in their language, by keyboard
// and screen reader, without breaking the Content-Security-Policy, and with a full index when JS is off.
// What a reader types lives only in the address's fragment (#q=…), which browsers never send.
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { searchState } from '../../src/lib/searchFragment';
import { contentPagePaths, localeOfPath } from './builtSite';

const searchPage = { pl: '/szukaj/', en: '/en/search/' } as const;
const notFoundPage = { pl: '/404.html', en: '/en/404/' } as const;
const ui = {
  pl: {
    headerLink: 'Szukaj',
    searching: 'Szukam…',
    kinds: 'Rodzaj strony',
    broken: /Wyszukiwarka nie działa/,
    field: 'Czego szukasz?',
    submit: 'Szukaj',
    all: /Wszystkie/,
    directory: /Adresy i\s+telefony/,
    more: 'Pokaż więcej wyników',
    header: 'Wyszukiwanie w serwisie',
    results: 'Wyniki wyszukiwania',
    index: 'Spis wszystkich stron',
    nothing: /Nic nie znaleziono/,
  },
  en: {
    headerLink: 'Search',
    searching: 'Searching…',
    kinds: 'Type of page',
    broken: /Search is not working/,
    field: 'What are you looking for?',
    submit: 'Search',
    all: /All/,
    directory: /Offices and helplines/,
    more: 'Show more results',
    header: 'Site search',
    results: 'Search results',
    index: 'All pages of this site',
    nothing: /Nothing found/,
  },
} as const;
type Lang = keyof typeof searchPage;

/** What a reader types, and a page that must be among the first three results. */
const queries: Record<Lang, [string, string][]> = {
  pl: [
    ['przemocy', '/krajowe-partnerstwo/'],
    ['przemoc', '/krajowe-partnerstwo/'],
    ['wiezniow', '/nie-moja-wina-a-moja-kara/'],
    ['Bydgoszczy', '/gdzie-szukac-pomocy/'],
    ['BYDGOSZCZ', '/gdzie-szukac-pomocy/'],
    ['w gdansku', '/gdzie-szukac-pomocy/'],
    ['Wroclaw', '/gdzie-szukac-pomocy/'],
    ['we Wrocławiu', '/gdzie-szukac-pomocy/'],
    ['wloclawek', '/gdzie-szukac-pomocy/'],
    ['Opolu', '/gdzie-szukac-pomocy/'],
    ['Paweł Heise', '/gdzie-szukac-pomocy/'],
    ['mieszkanie', '/pomoc-postpenitencjarna/'],
    ['psycholog', '/pomoc-postpenitencjarna/'],
    ['porada prawna', '/pomoc-postpenitencjarna/'],
    ['pomoc w szukaniu pracy', '/pomoc-postpenitencjarna/'],
    ['schronisko', '/pomoc-postpenitencjarna/'],
    ['bony zywnosciowe', '/pomoc-postpenitencjarna/'],
    ['nie moja wina', '/nie-moja-wina-a-moja-kara/'],
    ['kampania społeczna', '/nie-moja-wina-a-moja-kara/'],
    ['dla dziennikarzy', '/nie-moja-wina-a-moja-kara/'],
    ['handel ludźmi', '/ofiary-handlu-ludzmi/'],
    ['ofiara handlu ludzmi', '/ofiary-handlu-ludzmi/'],
    ['Fundacja Dzieci Niczyje', '/krajowe-partnerstwo/'],
    ['ośrodek pomocy społecznej', '/czy-moge-dostac-pomoc/'],
    ['kodeks cywilny', '/czy-moge-dostac-pomoc/'],
    ['incognito', '/bezpieczne-przegladanie/'],
  ],
  en: [
    ['housing', '/en/post-penitentiary-assistance/'],
    ['legal advice', '/en/post-penitentiary-assistance/'],
    ['psychologist', '/en/post-penitentiary-assistance/'],
    ['job', '/en/post-penitentiary-assistance/'],
    ['shelter', '/en/post-penitentiary-assistance/'],
    ['food vouchers', '/en/post-penitentiary-assistance/'],
    ['counselling', '/en/post-penitentiary-assistance/'],
    ['violence', '/en/national-partnership/'],
    ['Nobody’s Children Foundation', '/en/national-partnership/'],
    ['prisoners', '/en/not-my-fault-but-my-punishment/'],
    ['Bydgoszcz', '/en/where-to-get-help/'],
    ['wroclaw', '/en/where-to-get-help/'],
    ['GDANSK', '/en/where-to-get-help/'],
    ['Wloclawek', '/en/where-to-get-help/'],
    ['office in Opole', '/en/where-to-get-help/'],
    ['not my fault', '/en/not-my-fault-but-my-punishment/'],
    ['campaign', '/en/not-my-fault-but-my-punishment/'],
    ['journalists', '/en/not-my-fault-but-my-punishment/'],
    ['human trafficking', '/en/victims-of-trafficking/'],
    ['self-help group', '/en/family-together/'],
    ['social welfare centre', '/en/can-i-get-help/'],
    ['civil code', '/en/can-i-get-help/'],
    ['released', '/en/can-i-get-help/'],
    ['incognito', '/en/browsing-safely/'],
  ],
};

/** Console errors, uncaught errors and Content-Security-Policy violations on the page. */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map(
      (v) => `CSP: ${v}`,
    ),
  ];
}

function results(page: Page) {
  return page.locator('[data-list] > li h3 a');
}

/** Opens the search page with a query and waits until the number of results is announced. */
async function searchFor(page: Page, lang: Lang, query: string): Promise<void> {
  await page.goto(`${searchPage[lang]}#q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(query);
}

/** The search kept in the page's address fragment. */
function addressState(page: Page) {
  return searchState(new URL(page.url()).hash);
}

for (const lang of ['pl', 'en'] as const) {
  test.describe(`search in ${lang}`, () => {
    for (const [query, expected] of queries[lang]) {
      test(`“${query}” finds ${expected} in the top 3, and only pages in ${lang}`, async ({ page }) => {
        const problems = await watchProblems(page);
        await searchFor(page, lang, query);
        const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
        expect(hrefs.slice(0, 3)).toContain(expected);
        for (const href of hrefs) {
          expect(localeOfPath(href), `${href} is in the reader's language`).toBe(lang);
          expect(href).not.toBe(searchPage[lang]);
        }
        await expect(page.locator('[data-list] mark').first()).toBeVisible();
        expect(await problems()).toEqual([]);
      });
    }

    test('the number of results is announced, not the list, and Tab goes from the field to the first result', async ({
      page,
    }) => {
      await page.goto(searchPage[lang]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      await field.focus();
      const word = lang === 'pl' ? 'psycholog' : 'psychologist';
      await page.keyboard.type(word);
      const status = page.getByRole('status');
      // Typing searches as it goes ("psy", "psych"…): wait for the answer to the whole word.
      await expect(status).toContainText(word);
      // Three pages mention psychological support, and the paper check for people in prison.
      await expect(status).toHaveText(/^4 /);
      await expect(status.locator('a, li')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: ui[lang].results })).toBeVisible();

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: ui[lang].submit, exact: true }).last()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('radio', { name: ui[lang].all })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(results(page).first()).toBeFocused();
      expect(addressState(page).query).toBe(word);
    });

    test('the search page with results open has no axe violations, at phone and desktop width', async ({ page }) => {
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await searchFor(page, lang, lang === 'pl' ? 'Bydgoszczy' : 'Bydgoszcz');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map(
            (v) => `${width}px: ${v.id} – ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        ).toEqual([]);
      }
    });

    test('a city finds its office: the directory result links to the office’s heading', async ({ page }) => {
      await searchFor(page, lang, lang === 'pl' ? 'Gdańsku' : 'Gdansk');
      const directory = page.locator('[data-list] > li').filter({
        has: page.locator(`h3 a[href="${lang === 'pl' ? '/gdzie-szukac-pomocy/' : '/en/where-to-get-help/'}"]`),
      });
      const section = directory.locator('ul a', { hasText: 'Gdańsk' }).first();
      const href = (await section.getAttribute('href'))!;
      expect(href).toMatch(/#.+/);
      await section.click();
      await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toContainText('Gdańsk');
    });

    test('the kind-of-page filter narrows the results and is kept in the address', async ({ page }) => {
      const problems = await watchProblems(page);
      // The start file knows each page's kind: Pagefind's filter files are never needed.
      const filterFiles: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) filterFiles.push(request.url());
      });
      await searchFor(page, lang, 'Bydgoszcz');
      const all = await results(page).count();
      await page.getByRole('radio', { name: ui[lang].directory }).check();
      await expect(results(page)).toHaveCount(1);
      await expect(page.getByRole('status')).toContainText(ui[lang].directory);
      expect(all).toBeGreaterThan(1);
      expect(addressState(page).kind).toBe('directory');
      await page.reload();
      await expect(results(page)).toHaveCount(1);
      await expect(page.getByRole('radio', { name: ui[lang].directory })).toBeChecked();
      expect(filterFiles).toEqual([]);
      expect(await problems()).toEqual([]);
    });

    test('a word found nowhere says so and offers the index of all pages', async ({ page }) => {
      await searchFor(page, lang, 'xylofonowy');
      await expect(page.getByRole('status')).toHaveText(ui[lang].nothing);
      await expect(page.getByRole('heading', { name: ui[lang].index })).toBeVisible();
      await expect(results(page)).toHaveCount(0);
    });

    test('the index holds every page in this language except the search page and the 404 page', async ({ page }) => {
      await page.goto(searchPage[lang]);
      const indexed = await page.evaluate(async () => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const all = await pagefind.search(null);
        return Promise.all(
          all.results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url),
        );
      });
      const expected = contentPagePaths().filter((path) => localeOfPath(path) === lang && path !== searchPage[lang]);
      expect([...indexed].sort()).toEqual(expected);
      expect(indexed).not.toContain(notFoundPage[lang]);
    });

    test('“Show more results” adds the rest and moves focus to the first new one', async ({ page }) => {
      await searchFor(page, lang, lang === 'pl' ? 'pomoc' : 'help');
      await expect(results(page)).toHaveCount(10);
      await page.getByRole('button', { name: ui[lang].more }).click();
      await expect(results(page).nth(10)).toBeFocused();
      await expect(page.getByRole('button', { name: ui[lang].more })).toBeHidden();
    });

    test('the header search field on any page leads to the search page with results', async ({ page }) => {
      await page.goto(lang === 'pl' ? '/' : '/en/');
      const header = page.getByRole('search', { name: ui[lang].header });
      await header.getByRole('searchbox').fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      await header.getByRole('button').click();
      await expect(page).toHaveURL(new RegExp(`${searchPage[lang]}#q=`));
      await expect(results(page).first()).toHaveAttribute(
        'href',
        lang === 'pl' ? '/pomoc-postpenitencjarna/' : '/en/post-penitentiary-assistance/',
      );
    });

    test('on a phone the header offers one link to the search page, and the search page works there', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(lang === 'pl' ? '/' : '/en/');
      await expect(page.getByRole('search', { name: ui[lang].header })).toBeHidden();
      await page.locator('header').getByRole('link', { name: ui[lang].headerLink, exact: true }).click();
      await expect(page).toHaveURL(searchPage[lang]);
      await page.getByRole('searchbox', { name: ui[lang].field }).fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      await expect(results(page).first()).toBeVisible();
    });

    test('Back and reload keep the search, which lives only in the address fragment', async ({ page }) => {
      const word = lang === 'pl' ? 'schronisko' : 'shelter';
      const before = lang === 'pl' ? '/o-serwisie/' : '/en/about/';
      await page.goto(before);
      await page.goto(searchPage[lang]);
      await page.getByRole('searchbox', { name: ui[lang].field }).fill(word);
      await expect(page.getByRole('status')).toContainText(word);
      expect(new URL(page.url()).search).toBe('');
      expect(addressState(page).query).toBe(word);
      await page.reload();
      await expect(page.getByRole('searchbox', { name: ui[lang].field })).toHaveValue(word);
      await expect(results(page).first()).toBeVisible();
      await results(page).first().click();
      // Back only once the result's page has loaded: Back during that navigation once lost the browser's page.
      await page.waitForURL((url) => url.pathname !== searchPage[lang], { waitUntil: 'load' });
      await page.goBack();
      await expect(page.getByRole('searchbox', { name: ui[lang].field })).toHaveValue(word);
      await expect(results(page).first()).toBeVisible();
      // The search replaced the page's own history entry: one Back leaves the search page.
      await page.goBack();
      await expect(page).toHaveURL(before);
    });

    test('no request ever carries what the reader typed, with or without JavaScript', async ({ browser }) => {
      const typed = lang === 'pl' ? ['Kowalska', 'mieszkanie', 'prawnik'] : ['Kowalska', 'housing', 'lawyer'];
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const sent: string[] = [];
        page.on('request', (request) => {
          // The fragment is not part of an HTTP request: browsers keep it (RFC 9110, section 4.2.5).
          const url = decodeURIComponent(request.url().split('#')[0]!.replaceAll('+', ' '));
          sent.push([url, request.postData() ?? '', ...Object.values(request.headers())].join('\n'));
        });
        await page.goto(lang === 'pl' ? '/' : '/en/');
        if (javaScriptEnabled) {
          const header = page.getByRole('search', { name: ui[lang].header });
          await header.getByRole('searchbox').fill(`${typed[0]} ${typed[1]}`);
          await header.getByRole('searchbox').press('Enter');
          await expect(page).toHaveURL(new RegExp(`${searchPage[lang]}#q=`));
          const field = page.getByRole('searchbox', { name: ui[lang].field });
          await field.fill(typed[1]!);
          await expect(results(page).first()).toBeVisible();
          await page.getByRole('radio', { name: ui[lang].all }).check();
          await field.fill(typed[2]!);
          await field.press('Enter');
          await expect(page.getByRole('status')).toContainText(typed[2]!);
          await page.reload();
          await expect(results(page).first()).toBeVisible();
          await results(page).first().click();
          await page.goBack();
          await expect(results(page).first()).toBeVisible();
        } else {
          await page.locator('header').getByRole('link', { name: ui[lang].headerLink, exact: true }).click();
          await expect(page).toHaveURL(searchPage[lang]);
          await expect(page.getByRole('searchbox')).toHaveCount(0);
        }
        expect(sent.length).toBeGreaterThan(2);
        for (const word of typed) {
          expect(
            sent.filter((request) => request.toLowerCase().includes(word.toLowerCase())),
            word,
          ).toEqual([]);
        }
        await context.close();
      }
    });

    test('on the search page nothing is downloaded before the first paint; then search loads at once', async ({
      page,
    }) => {
      await page.goto(searchPage[lang]);
      const timing = await page.evaluate(async () => {
        const loaded = () =>
          performance.getEntriesByType('resource').filter((entry) => /\/(pagefind|search-words)\//.test(entry.name));
        const painted = () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint');
        // The paint's entry is written once the frame is on screen, which can be after the downloads began.
        while (loaded().length < 3 || !painted()) await new Promise((resolve) => setTimeout(resolve, 50));
        const paint = painted();
        return { paint: paint?.startTime, first: Math.min(...loaded().map((entry) => entry.startTime)) };
      });
      expect(timing.paint).toBeDefined();
      expect(timing.first).toBeGreaterThan(timing.paint!);
    });

    test('the page names every file of the first search, so all are asked for at once', async ({ page }) => {
      // On a slow network a file found only inside another costs a round trip more (2 s on slow 3G).
      const asked: string[] = [];
      page.on('request', (request) => {
        const { pathname, search } = new URL(request.url());
        if (/^\/(?:pagefind|search-words)\/|^\/_astro\/searchPagefind\./.test(pathname)) asked.push(pathname + search);
      });
      await page.goto(searchPage[lang]);
      await page.getByRole('searchbox', { name: ui[lang].field }).fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      await expect(results(page).first()).toBeVisible();
      const named = (await page.locator('search-page').getAttribute('data-preload'))!.split(' ');
      // Then only the excerpts of the results listed, each from its page's fragment.
      expect(asked.filter((path) => !path.startsWith('/pagefind/fragment/')).sort()).toEqual([...named].sort());
    });

    test('searching again and again does not download the icon again', async ({ page, context }) => {
      // Chromium asks for the icon whenever the address changes, as it does with each search (#q=…).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const icon = new Set<string>();
      const downloaded: number[] = [];
      cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
        if (new URL(request.url).pathname === '/favicon.svg') icon.add(requestId);
      });
      cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
        if (icon.has(requestId) && encodedDataLength > 0) downloaded.push(encodedDataLength);
      });
      await page.goto(searchPage[lang]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      for (const query of lang === 'pl' ? ['praca', 'mieszkanie', 'psycholog'] : ['job', 'housing', 'shelter']) {
        await field.fill(query);
        await expect(page.getByRole('status')).toContainText(query);
      }
      await expect.poll(() => icon.size).toBeGreaterThan(1);
      expect(downloaded.length).toBeLessThanOrEqual(1);
    });

    test('a word typed before search has loaded is answered as soon as it is ready', async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(searchPage[lang]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      await field.fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      await expect(page.getByRole('status')).toHaveText(ui[lang].searching);
      await expect(page.getByRole('group', { name: ui[lang].kinds })).toBeHidden();
      release();
      await expect(results(page).first()).toHaveAttribute(
        'href',
        lang === 'pl' ? '/pomoc-postpenitencjarna/' : '/en/post-penitentiary-assistance/',
      );
      await expect(page.getByRole('group', { name: ui[lang].kinds })).toBeVisible();
    });

    test('a half-typed word waiting for the vocabulary does not hold back the finished word', async ({ page }) => {
      // The vocabulary never arrives: on a slow network it is a round trip away when the reader types on.
      const asked: string[] = [];
      await page.route('**/search-words/*-vocabulary.json', (route) => {
        asked.push(route.request().url());
        return new Promise(() => {});
      });
      const [begun, rest] = lang === 'pl' ? ['mieszk', 'anie'] : ['housin', 'g'];
      await page.goto(searchPage[lang]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      await field.fill(begun);
      // The site has no word "mieszk" or "housin" as such, so that search asks for the vocabulary.
      await expect.poll(() => asked.length).toBe(1);
      await field.pressSequentially(rest);
      await expect(results(page).first()).toHaveAttribute(
        'href',
        lang === 'pl' ? '/pomoc-postpenitencjarna/' : '/en/post-penitentiary-assistance/',
      );
      await expect(page.getByRole('status')).toContainText(lang === 'pl' ? 'mieszkanie' : 'housing');
    });

    for (const broken of ['**/pagefind/**', '**/pagefind/index/**', '**/search-words/**']) {
      test(`when search files fail to load (${broken}) it says search is not working, not “nothing found”`, async ({
        page,
      }) => {
        await page.route(broken, (route) => route.abort());
        await page.goto(searchPage[lang]);
        await page.getByRole('searchbox', { name: ui[lang].field }).fill(lang === 'pl' ? 'mieszkanie' : 'housing');
        await expect(page.getByRole('status')).toHaveText(ui[lang].broken);
        await expect(page.getByRole('heading', { name: ui[lang].index })).toBeVisible();
        await expect(page.getByRole('group', { name: ui[lang].kinds })).toBeHidden();
      });
    }

    test('when excerpts fail to load, the results are still listed and lead to their pages', async ({ page }) => {
      await page.route('**/pagefind/fragment/**', (route) => route.abort());
      await page.goto(searchPage[lang]);
      await page.getByRole('searchbox', { name: ui[lang].field }).fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      await expect(results(page).first()).toHaveAttribute(
        'href',
        lang === 'pl' ? '/pomoc-postpenitencjarna/' : '/en/post-penitentiary-assistance/',
      );
      await expect(page.getByRole('status')).not.toHaveText(ui[lang].nothing);
      await expect(page.getByRole('status')).not.toHaveText(ui[lang].broken);
      await expect(page.locator('[data-list] .search-result__excerpt')).toHaveCount(0);
    });

    test('the field takes at most 100 characters', async ({ page }) => {
      await page.goto(searchPage[lang]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      await expect(field).toHaveAttribute('maxlength', '100');
      await field.pressSequentially('a'.repeat(120), { delay: 0 });
      await expect(field).toHaveValue('a'.repeat(100));
    });

    test('search downloads nothing on other pages, and a first query downloads about 100 KB', async ({ page }) => {
      const downloads: { path: string; bytes: number }[] = [];
      // Each body is read before the sums below: a response that arrives last must count, not end the test.
      const reading: Promise<void>[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (/^\/(pagefind|search-words)\//.test(pathname))
          reading.push(
            response.body().then((body) => {
              downloads.push({ path: pathname, bytes: gzipSync(body).length });
            }),
          );
      });
      await page.goto(lang === 'pl' ? '/' : '/en/');
      await page.getByRole('searchbox').first().fill('pomoc');
      await page.goto(lang === 'pl' ? '/o-serwisie/' : '/en/about/');
      await page.getByRole('link').first().focus();
      await Promise.all(reading);
      expect(downloads).toEqual([]);

      await page.goto(searchPage[lang]);
      await page.getByRole('searchbox', { name: ui[lang].field }).fill(lang === 'pl' ? 'mieszkanie' : 'housing');
      // Complete once every result listed has its excerpt (each from its own fragment file).
      await expect(results(page).first()).toBeVisible();
      const listed = await page.locator('[data-list] > li').count();
      await expect(page.locator('[data-list] > li .search-result__excerpt')).toHaveCount(listed);
      // pagefind.js, the WebAssembly, the entry, metadata and index chunk (about 100 KB, all Pagefind's
      // own), the start file (synonyms and pages, about 1 KB) and the fragments of the results shown, as a
      // server sends them compressed (112 KB for "mieszkanie" on 2026-11-24). No filter file: the start file
      // knows each page's kind. The vocabulary waits for a word the site does not have.
      await Promise.all(reading);
      const total = downloads.reduce((sum, { bytes }) => sum + bytes, 0);
      expect(total, downloads.map(({ path, bytes }) => `${path} ${bytes}`).join('\n')).toBeLessThan(115_000);
      expect(downloads.map(({ path }) => path)).not.toContainEqual(expect.stringMatching(/worker|-ui|vocabulary/));
    });

    test('the vocabulary is downloaded for a word the site does not have, and only then', async ({ page }) => {
      const vocabulary: string[] = [];
      page.on('request', (request) => {
        if (/vocabulary/.test(request.url())) vocabulary.push(request.url());
      });
      await searchFor(page, lang, lang === 'pl' ? 'telefon' : 'phone');
      await expect(results(page).first()).toBeVisible();
      expect(vocabulary).toEqual([]);
      const field = page.getByRole('searchbox', { name: ui[lang].field });
      await field.fill(lang === 'pl' ? 'telfon' : 'phnoe');
      await expect(page.getByRole('status')).toContainText(
        lang === 'pl' ? 'Pokazujemy wyniki dla: telefon' : 'Showing results for: phone',
      );
      expect(vocabulary).toHaveLength(1);
    });

    test('without JavaScript the search page lists every page of the site in this language', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(searchPage[lang]);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.locator('form:visible')).toHaveCount(0);
      const index = page.getByRole('region', { name: ui[lang].index });
      await expect(index).toBeVisible();
      const listed = await index
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      const pages = contentPagePaths().filter((path) => localeOfPath(path) === lang);
      expect([...listed].sort()).toEqual(pages);
      await context.close();
    });
  });
}

test('only the search pages may compile WebAssembly', async ({ request }) => {
  for (const path of contentPagePaths()) {
    const html = await (await request.get(path)).text();
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const isSearch = Object.values(searchPage).includes(path as never);
    expect(policy.includes("'wasm-unsafe-eval'"), path).toBe(isSearch);
    expect(policy, path).toMatch(/script-src 'self'/);
  }
});
