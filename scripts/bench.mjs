// Benchmark: builds the real site and a synthetic one whose directory holds N social welfare centres
// (default 2,500), and prints build time, pages per second, peak memory, the Pagefind index size,
// bytes downloaded for a first and a second search query, and the heaviest page with its JavaScript.
// Usage: npm run bench [-- --entries 2500] [-- --skip-real]. The synthetic site is built in a temporary
// copy of the project; nothing synthetic ever enters content/.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { stringify } from 'yaml';
import { copyProject, removeCopy } from './project-copy.mjs';
import { syntheticOffices } from './synthetic-offices.mjs';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '2500' },
    'skip-real': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const project = resolve(import.meta.dirname, '..');

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(rootPid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) bytes += Number(rss[1]) * 1024;
    } catch {}
  }
  return bytes;
}

/** Runs a command; resolves with its wall time and the peak memory of its process tree. */
function measured(command, args, cwd) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else done({ seconds: (performance.now() - started) / 1000, peakBytes: peak });
    });
  });
}

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The page whose HTML plus the CSS and JS it links is heaviest (gzip). */
function heaviestPage(dist) {
  let heaviest = { path: '', bytes: 0, scriptBytes: 0 };
  for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]));
    const scripts = assets.filter((a) => a.endsWith('.js'));
    const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const scriptBytes = scripts.reduce((sum, a) => sum + gz(a), 0) + (inline ? gzipSync(inline).length : 0);
    const bytes = gz(file) + assets.reduce((sum, a) => sum + gz(a), 0);
    if (bytes > heaviest.bytes) heaviest = { path: `/${relative(dist, file).split(sep).join('/')}`, bytes, scriptBytes };
  }
  return heaviest;
}

/** Bytes the browser downloads for search (Pagefind and the site's search words) for a first query, counted from opening the search page, then for a second one. */
async function searchBytes(dist, searchPath, queries) {
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
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
      if (/^\/(pagefind|search-words)\//.test(url.pathname) && response.status() === 200) downloaded += gz(join(dist, decodeURIComponent(url.pathname)));
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

async function measureSite(label, root) {
  // The build indexes the site with Pagefind itself (src/integrations/searchWords.ts).
  const astro = await measured(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], root);
  const dist = join(root, 'dist');
  const pages = files(dist).filter((f) => f.endsWith('.html')).length;
  const index = files(join(dist, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
  const heaviest = heaviestPage(dist);
  const [first, second] = await searchBytes(dist, '/szukaj/', ['pomoc', 'Bydgoszcz']);
  return {
    label,
    pages,
    buildSeconds: astro.seconds,
    pagesPerSecond: pages / astro.seconds,
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

const results = [];
if (!values['skip-real']) results.push(await measureSite('real site', project));
const copy = syntheticCopy(Number(values.entries));
try {
  results.push(await measureSite(`synthetic: ${values.entries} centres`, copy));
} finally {
  removeCopy(copy);
}

if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  const round = (v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
  console.log(`bench ${new Date().toISOString().slice(0, 10)} · ${process.version} · ${(await import('node:os')).cpus().length} cores`);
  console.table(Object.fromEntries(results.map(({ label, ...figures }) => [label, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)]))])));
}
