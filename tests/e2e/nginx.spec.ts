// The built site served by nginx with the generated configuration, over HTTPS with a certificate made
// for the test: every kind of response carries the headers of src/lib/securityHeaders.ts, the right
// media type and charset, the 404 page of its language; HTTP redirects to HTTPS; the host's own files
// stay private; and the MDN HTTP Observatory grades it A+.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { freePorts, startNginx, type LocalNginx } from '../../scripts/nginx-local.ts';
import { builtFiles } from '../../src/lib/builtFiles.ts';
import { readPagePolicy } from '../../src/lib/contentSecurityPolicy.ts';
import { cacheRules, commonHeaders, contentTypes, headerPolicy, pageCache } from '../../src/lib/securityHeaders.ts';
import { localeInfo, locales, notFoundUrl, pageUrl } from '../../src/lib/locales.ts';
import { builtPagePaths, distDir, readBuiltPage } from './builtSite';

test.describe.configure({ mode: 'serial' });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let nginx: LocalNginx;

/** GET with the test certificate as the only trusted one: the certificate itself is checked too. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const request = send(url, { ca: nginx.certificate, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', fail);
    request.end();
  });
}

/** Paths on the site of the built files in a folder ("." for every file). */
function filesUnder(folder: string): string[] {
  const prefix = folder === '.' ? '/' : `/${folder}/`;
  return builtFiles(distDir)
    .map(({ path }) => path)
    .filter((path) => path.startsWith(prefix));
}

function expectCommonHeaders(reply: Reply) {
  for (const [name, value] of Object.entries(commonHeaders))
    expect(reply.headers[name.toLowerCase()], name).toBe(value);
  expect(reply.headers.server, 'no version number').toBe('nginx');
}

test.beforeAll(async () => {
  const [httpsPort, httpPort] = await freePorts(2);
  nginx = await startNginx({ dist: distDir, httpsPort: httpsPort!, httpPort: httpPort! });
});

test.afterAll(async () => {
  await nginx?.stop();
});

for (const path of ['/', '/en/', '/szukaj/', '/en/where-to-get-help/']) {
  test(`${path}: the page's own policy as a header, with frame-ancestors, and the page cache rule`, async () => {
    const reply = await get(`${nginx.origin}${path}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expectCommonHeaders(reply);
    expect(reply.headers['content-security-policy']).toBe(headerPolicy(readPagePolicy(readBuiltPage(path))!));
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['cache-control']).toBe(pageCache);
  });
}

test("a hashed asset: its media type, a year's cache, no page policy", async () => {
  // Styles and small scripts are in the pages; the larger scripts are hashed files.
  const asset = builtPagePaths()
    .map((path) => /(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/.exec(readBuiltPage(path))?.[1])
    .find((found) => found !== undefined)!;
  const reply = await get(`${nginx.origin}${asset}`);
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toBe(
    `${asset.endsWith('.css') ? 'text/css' : 'text/javascript'}; charset=utf-8`,
  );
  expect(reply.headers['cache-control']).toBe(cacheRules['/_astro/*']);
  expect(reply.headers['content-security-policy']).toBeUndefined();
  expectCommonHeaders(reply);
  const compressed = await get(`${nginx.origin}${asset}`, { 'accept-encoding': 'gzip' });
  expect(compressed.headers['content-encoding'], 'text travels compressed').toBe('gzip');
});

for (const lang of locales) {
  const missing = pageUrl(lang, 'no-such-page');
  const notFound = notFoundUrl(lang);
  test(`a missing address in ${lang}: status 404 and the ${lang} "page not found" page with its policy`, async () => {
    const reply = await get(`${nginx.origin}${missing}`);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain(`<html lang="${localeInfo(lang).htmlLang}"`);
    expect(reply.body).toBe(readBuiltPage(notFound));
    expect(reply.headers['content-security-policy']).toBe(headerPolicy(readPagePolicy(readBuiltPage(notFound))!));
    expectCommonHeaders(reply);
  });
}

test('the data feed and a vCard: their media types in UTF-8', async () => {
  const feed = await get(`${nginx.origin}/data/directory.json`);
  expect(feed.status).toBe(200);
  expect(feed.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(() => JSON.parse(feed.body)).not.toThrow();
  expectCommonHeaders(feed);

  const vcard = filesUnder('vcard').find((file) => file.endsWith('.vcf'));
  expect(vcard, 'the build writes vCards').toBeDefined();
  const card = await get(`${nginx.origin}${vcard}`);
  expect(card.status).toBe(200);
  expect(card.headers['content-type']).toBe('text/vcard; charset=utf-8');
  expect(card.body).toMatch(/^BEGIN:VCARD/);
  expectCommonHeaders(card);
});

test('a PDF leaflet: application/pdf', async () => {
  const pdf = filesUnder('pdf').find((file) => file.endsWith('.pdf'));
  test.skip(!pdf, 'no leaflets in this build (npm run export:pdf makes them)');
  const reply = await get(`${nginx.origin}${pdf}`);
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toBe('application/pdf');
  expectCommonHeaders(reply);
});

test('every kind of file the build writes has its media type', () => {
  const extensions = new Set(
    filesUnder('.')
      .map((file) => extname(file).slice(1))
      .filter(Boolean),
  );
  extensions.delete('');
  const unknown = [...extensions].filter((extension) => !(extension in contentTypes));
  expect(unknown).toEqual([]);
});

test('plain HTTP redirects to the same address over HTTPS', async () => {
  const reply = await get(`${nginx.plainOrigin}/o-serwisie/?a=1`);
  expect(reply.status).toBe(301);
  expect(reply.headers.location).toBe(`${nginx.origin}/o-serwisie/?a=1`);
  expect(reply.headers.server).toBe('nginx');
});

test("the host's own _headers file is not served", async () => {
  const reply = await get(`${nginx.origin}/_headers`);
  expect(reply.status).toBe(404);
  expect(reply.body).not.toContain('Strict-Transport-Security');
});

test('search runs in the browser under the headers nginx sends, with no policy violation', async ({ browser }) => {
  test.skip(!existsSync(join(distDir, 'pagefind')), 'no search index in this build (npm run build makes it)');
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${nginx.origin}/en/search/?q=housing`);
  await expect(page.getByRole('status')).toContainText('housing');
  await expect(page.locator('[data-list] > li h3 a').first()).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test('the MDN HTTP Observatory grades the site A+', async () => {
  const port = new URL(nginx.origin).port;
  const plainPort = new URL(nginx.plainOrigin).port;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['scripts/observatory-scan.mjs', '--host', 'localhost', '--https-port', port, '--http-port', plainPort],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: nginx.certificateFile } },
  );
  const result = JSON.parse(stdout) as { grade: string; score: number; testsPassed: number; testsQuantity: number };
  expect(result.grade).toBe('A+');
  expect(result.testsPassed).toBe(result.testsQuantity);
  expect(result.score).toBeGreaterThanOrEqual(100);
});
