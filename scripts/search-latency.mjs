// Measures how long a first search takes on a slow mobile network: from the moment the reader has typed
// a word on the search page to the first result on screen. The reader can start once the search field
// shows (it appears with the page's script): at once and instantly (no person types that fast: the worst
// case), at once at three keys a second (a quick phone typist who knows the word), or a few seconds
// later. Chromium's network throttling (DevTools "Slow 3G": 2 s round trip, 50 kB/s each way; or "Fast
// 3G") over the built site, cold cache, phone-sized window. The local server compresses text as a static
// host does, but speaks HTTP/1.1: six connections to the host, where a host's HTTP/2 has one for all.
// --trace prints each run's downloads: when asked for, first byte and last (ms from the navigation), bytes.
// Usage: npm run build && node scripts/search-latency.mjs [--dir dist] [--port 4399] [--runs 3] [--profile slow-3g|fast-3g] [--trace]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4399' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string', default: 'slow-3g' },
    trace: { type: 'boolean', default: false },
  },
});

/** Chromium DevTools' presets: "3G" (formerly "Slow 3G") and "Slow 4G" (formerly "Fast 3G"). */
const profiles = {
  'slow-3g': { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'fast-3g': { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};
const network = profiles[values.profile];
if (!network) throw new Error(`--profile: one of ${Object.keys(profiles).join(', ')}`);

/** When the reader starts typing after the field shows, and how long between two keys. */
const readers = [
  { pause: 0, keyDelay: 0, label: 'typed instantly as the field shows' },
  { pause: 0, keyDelay: 333, label: 'typed at 3 keys/s from when the field shows' },
  { pause: 5000, keyDelay: 0, label: 'typed 5 s after the field shows' },
  { pause: 15000, keyDelay: 0, label: 'typed 15 s after the field shows' },
];
const queries = [
  { path: '/szukaj/', word: 'mieszkanie' },
  { path: '/en/search/', word: 'housing' },
];

const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port, '--dir', values.dir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', () => reject(new Error(`the server could not start on port ${values.port}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
  ],
});

/**
 * Milliseconds from the last key to the word's results, listed and announced: a reader typing at three
 * keys a second sees the results of each beginning of the word first.
 */
async function firstSearch(path, word, { pause, keyDelay }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  const started = Date.now();
  const downloads = traced(cdp, started);
  await page.goto(base + path, { waitUntil: 'commit', timeout: 120_000 });
  const field = page.locator('#search-page-query');
  await field.waitFor({ state: 'visible', timeout: 120_000 });
  if (pause > 0) await page.waitForTimeout(pause);
  await field.click();
  for (const key of word.slice(0, -1)) {
    await page.keyboard.type(key);
    if (keyDelay > 0) await page.waitForTimeout(keyDelay);
  }
  // From the last key on, the next answer announced is the word's own (an earlier one, for a beginning
  // of it, may already be on screen).
  await page.evaluate(() => {
    const status = document.querySelector('[data-status]');
    const searching = document.querySelector('search-page').dataset.searching;
    new MutationObserver((_, observer) => {
      const text = status.textContent;
      if (!document.querySelector('[data-list] > li h3 a') || text === '' || text === searching) return;
      observer.disconnect();
      window.answered = true;
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.type(word.at(-1));
  const typed = Date.now();
  await page.waitForFunction(() => window.answered === true, null, { timeout: 120_000, polling: 'raf' });
  const elapsed = Date.now() - typed;
  if (values.trace) {
    console.log(`field shown and typed in ${typed - started} ms, results ${elapsed} ms later:`);
    for (const { path: url, asked, first, last, bytes } of downloads.values())
      console.log(`  ${asked}\t${first ?? '-'}\t${last ?? '-'}\t${bytes ?? '-'}\t${url}`);
  }
  await context.close();
  return elapsed;
}

/** Each request of the page as it happens: path, when asked for, first and last byte, bytes received. */
function traced(cdp, started) {
  const downloads = new Map();
  const now = () => Date.now() - started;
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) =>
    downloads.set(requestId, { path: new URL(request.url).pathname, asked: now() }),
  );
  cdp.on('Network.responseReceived', ({ requestId }) =>
    Object.assign(downloads.get(requestId) ?? {}, { first: now() }),
  );
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) =>
    Object.assign(downloads.get(requestId) ?? {}, { last: now(), bytes: encodedDataLength }),
  );
  return downloads;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

try {
  for (const { path, word } of queries) {
    for (const reader of readers) {
      const times = [];
      for (let run = 0; run < Number(values.runs); run += 1) times.push(await firstSearch(path, word, reader));
      console.log(
        `${values.profile} ${path} “${word}”, ${reader.label}: median ${(median(times) / 1000).toFixed(1)} s (${times.map((t) => (t / 1000).toFixed(1)).join(', ')})`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}
