// The one benchmark: builds the real site and synthetic ones whose directory holds N social welfare
// centres, and prints, for each, build time (Astro + Pagefind), pages per second, peak memory, files,
// _headers rules, the data feed's size, the Pagefind index, what a first and a second search query
// download (gzip), and the heaviest page (HTML + CSS + JS, gzip) with its JavaScript. The figures are
// checked against the budgets in src/lib/budgets.ts; with --check a missed budget fails the run.
// Usage: npm run bench [-- --offices 2500,10000,25000] [--skip-real] [--json] [--check] [--keep]
// Synthetic sites are built in temporary copies of the project; nothing synthetic ever enters content/.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { stringify } from 'yaml';
import { scriptsAfterPaint } from '../src/lib/afterPaint.ts';
import { budgets } from '../src/lib/budgets.ts';
import { builtFiles } from '../src/lib/builtFiles.ts';
import { linkedAssets } from '../src/lib/pageAssets.ts';
import { copyProject, removeCopy } from './project-copy.mjs';
import { serveSite } from './serve.mjs';
import { syntheticOffices } from './synthetic-offices.mjs';

const { values } = parseArgs({
  options: {
    offices: { type: 'string', default: '2500' },
    'skip-real': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.offices
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const project = resolve(import.meta.dirname, '..');

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(rootPid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked: it no longer uses memory.
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) bytes += Number(rss[1]) * 1024;
    } catch {
      // The process ended while we looked: it no longer uses memory.
    }
  }
  return bytes;
}

/**
 * CPU seconds used so far by this process's finished children (Linux: cutime + cstime, in clock ticks of
 * 1/100 s). On a busy machine the wall time grows with the load; the CPU time much less.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Runs a command; resolves with its wall time, CPU time and the peak memory of its process tree. */
function measured(command, args, cwd) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const cpuBefore = childCpuSeconds();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else
        done({
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: childCpuSeconds() - cpuBefore,
          peakBytes: peak,
        });
    });
  });
}

const files = (dir) => builtFiles(dir).map(({ file }) => file);

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The page whose HTML plus the CSS and JS it links for its first paint is heaviest (gzip), with all the
 * JavaScript it runs (also the scripts that wait for the first paint).
 */
function heaviestPage(dist) {
  let heaviest = { path: '', bytes: 0, scriptBytes: 0 };
  for (const { file, path } of builtFiles(dist, { ext: '.html' })) {
    const html = readFileSync(file, 'utf8');
    const assets = linkedAssets(html).map((src) => join(dist, src));
    const scripts = [
      ...assets.filter((a) => a.endsWith('.js')),
      ...scriptsAfterPaint(html).map((src) => join(dist, src)),
    ];
    const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    const scriptBytes = scripts.reduce((sum, a) => sum + gz(a), 0) + (inline ? gzipSync(inline).length : 0);
    const bytes = gz(file) + assets.reduce((sum, a) => sum + gz(a), 0);
    if (bytes > heaviest.bytes) heaviest = { path, bytes, scriptBytes };
  }
  return heaviest;
}

/** Bytes the browser downloads for search (Pagefind and the site's search words) for a first query, counted from opening the search page, then for a second one. */
async function searchBytes(dist, searchPath, queries) {
  const server = await serveSite({ root: dist });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let downloaded = 0;
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (/^\/(pagefind|search-words)\//.test(url.pathname) && response.status() === 200)
        downloaded += gz(join(dist, decodeURIComponent(url.pathname)));
    });
    const results = [];
    await page.goto(`${base}${searchPath}`);
    for (const query of queries) {
      // Search starts loading as soon as the page is idle, so the first query counts from the page's opening.
      const before = results.length === 0 ? 0 : downloaded;
      await page.locator('#search-page-query').fill(query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      results.push(downloaded - before);
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Rules in the _headers file: blocks whose first line is a URL pattern. */
function headerRules(dist) {
  return readFileSync(join(dist, '_headers'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/')).length;
}

async function measureSite(label, root, offices) {
  // What `npm run build` runs: Astro, then the search index, the vCards and _headers (scripts/build.ts).
  const astro = await measured(process.execPath, [join(root, 'scripts/build.ts')], root);
  const dist = join(root, 'dist');
  const pages = files(dist).filter((f) => f.endsWith('.html')).length;
  const index = files(join(dist, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
  const heaviest = heaviestPage(dist);
  const [first, second] = await searchBytes(dist, '/szukaj/', ['pomoc', 'Bydgoszcz']);
  const feed = readFileSync(join(dist, 'data/directory.json'));
  return {
    label,
    offices,
    pages,
    files: files(dist).length,
    headerRules: headerRules(dist),
    feedKB: feed.length / 1024,
    feedGzipKB: gzipSync(feed).length / 1024,
    buildSeconds: astro.seconds,
    pagesPerSecond: pages / astro.seconds,
    cpuSeconds: astro.cpuSeconds,
    peakMemoryMB: astro.peakBytes / 2 ** 20,
    pagefindIndexKB: index / 1024,
    firstQueryKB: first / 1024,
    secondQueryKB: second / 1024,
    heaviestPage: heaviest.path,
    heaviestPageKB: heaviest.bytes / 1024,
    heaviestPageScriptKB: heaviest.scriptBytes / 1024,
  };
}

/** A temporary copy of the project whose offices file holds the synthetic centres. */
function syntheticCopy(entries) {
  const dir = copyProject();
  writeFileSync(join(dir, 'content/data/offices.yaml'), stringify(syntheticOffices(entries)));
  return dir;
}

/** The budgets a site's figures miss, in words. */
function missed(site) {
  const misses = [];
  if (site.heaviestPageKB * 1024 > budgets.pageBytes)
    misses.push(
      `heaviest page ${site.heaviestPage} ${site.heaviestPageKB.toFixed(1)} KB > ${budgets.pageBytes / 1024} KB`,
    );
  if (site.offices >= 25_000 && site.buildSeconds > budgets.buildSecondsAt25000)
    misses.push(`build ${site.buildSeconds.toFixed(0)} s > ${budgets.buildSecondsAt25000} s`);
  if (site.offices >= 25_000 && site.peakMemoryMB > budgets.peakMemoryMBAt25000)
    misses.push(`peak memory ${site.peakMemoryMB.toFixed(0)} MB > ${budgets.peakMemoryMBAt25000} MB`);
  if (site.offices <= 10_000 && site.files >= budgets.filesAt10000)
    misses.push(`${site.files} files ≥ ${budgets.filesAt10000}`);
  return misses;
}

const realOffices = () =>
  readFileSync(join(project, 'content/data/offices.yaml'), 'utf8').match(/^- id:/gm)?.length ?? 0;
const results = [];
/** Each site's figures as soon as they are measured (on stderr): a long run can be read as it goes. */
const measuredSite = (site) => {
  console.error(JSON.stringify(site));
  results.push(site);
};
if (!values['skip-real']) measuredSite(await measureSite('real site', project, realOffices()));
for (const size of sizes) {
  const copy = syntheticCopy(size);
  try {
    measuredSite(await measureSite(`${size.toLocaleString('en')} centres`, copy, size));
  } finally {
    if (values.keep) console.error(`Kept: ${copy} (DIST_DIR=${copy}/dist npx playwright test …)`);
    else removeCopy(copy);
  }
}
for (const site of results) site.missedBudgets = missed(site);

if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  const round = (v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : Array.isArray(v) ? v.join('; ') || '–' : v);
  console.log(
    `bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model}) · ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
  );
  console.table(
    Object.fromEntries(
      results.map(({ label, ...figures }) => [
        label,
        Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)])),
      ]),
    ),
  );
}
if (values.check && results.some((site) => site.missedBudgets.length > 0)) process.exitCode = 1;
