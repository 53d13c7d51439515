// Directory benchmark: builds a copy of the site with the real offices or with N synthetic ones and
// reports build time, pages, and the size of the largest directory page (raw and gzip). Nothing here
// touches the real content: the build runs in a temporary copy of the project.
// Usage: npm run bench:directory -- [--offices 2500] [--pagefind] [--keep] [--budget-kb 30]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { copyProject, removeCopy, runTool } from './project-copy.mjs';
import { syntheticOffices } from './synthetic-offices.mjs';

const { values } = parseArgs({
  options: {
    offices: { type: 'string', default: '0' },
    pagefind: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'budget-kb': { type: 'string', default: '30' },
  },
});
const count = Number(values.offices);

function run(tool, args, cwd) {
  const { status, output, seconds } = runTool(tool, args, cwd);
  if (status !== 0) {
    process.stderr.write(output);
    throw new Error(`${tool} ${args.join(' ')} failed`);
  }
  return seconds;
}

function walk(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const workdir = copyProject();
try {
  if (count > 0) writeFileSync(join(workdir, 'content/data/offices.yaml'), stringify(syntheticOffices(count)));
  const entries = count > 0 ? count : readFileSync(join(workdir, 'content/data/offices.yaml'), 'utf8').match(/^- id:/gm).length;

  const astroSeconds = run('astro', ['build'], workdir);
  // `astro build` now includes the Pagefind index; --pagefind re-runs it alone, to time it apart.
  const pagefindSeconds = values.pagefind ? run('pagefind', ['--site', 'dist'], workdir) : 0;

  const dist = join(workdir, 'dist');
  const files = walk(dist);
  const html = files.filter((file) => file.endsWith('.html'));
  const measure = (file) => {
    const bytes = readFileSync(file);
    return { path: `/${relative(dist, file).split(sep).join('/')}`, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const directoryPages = html
    .filter((file) => /^(gdzie-szukac-pomocy|en[\\/]where-to-get-help)[\\/]/.test(relative(dist, file)))
    .map(measure)
    .sort((a, b) => b.gzip - a.gzip);
  const allPages = html.map(measure).sort((a, b) => b.gzip - a.gzip);
  const feed = measure(join(dist, 'data/directory.json'));
  const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const largest = directoryPages[0];

  const report = [
    ['offices', String(entries)],
    ['astro build', `${astroSeconds.toFixed(1)} s`],
    ...(values.pagefind ? [['pagefind', `${pagefindSeconds.toFixed(1)} s`]] : []),
    ['HTML pages', String(html.length)],
    ['directory pages', String(directoryPages.length)],
    ['vCards', String(files.filter((file) => file.endsWith('.vcf')).length)],
    ['largest directory page', `${largest.path}: ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzip`],
    ['largest page of all', `${allPages[0].path}: ${kb(allPages[0].raw)} raw, ${kb(allPages[0].gzip)} gzip`],
    ['data feed', `${kb(feed.raw)} raw, ${kb(feed.gzip)} gzip`],
    ['dist total', kb(totalBytes)],
  ];
  const width = Math.max(...report.map(([label]) => label.length));
  console.log(report.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));

  const budget = Number(values['budget-kb']) * 1024;
  const over = allPages.filter((page) => page.gzip > budget);
  if (over.length > 0) {
    console.error(`Over the ${values['budget-kb']} kB gzip budget:\n  ${over.map((p) => `${p.path} ${kb(p.gzip)}`).join('\n  ')}`);
    process.exitCode = 1;
  }
  if (values.keep) console.log(`Kept: ${workdir}`);
} finally {
  if (!values.keep) removeCopy(workdir);
}
