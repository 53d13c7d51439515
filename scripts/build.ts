// `npm run build`: `astro build` renders the site; then, in this process, once Astro has exited and its
// memory is free, Pagefind indexes the site while the vCard files and _headers are written. Astro and
// Pagefind never hold their memory at the same time (25,000 offices: 2.8 GB together, see the README).
// Arguments go to `astro build`.
//
// Astro's heap is capped at 1 GB, and its young generation at 16 MB a half, unless NODE_OPTIONS says
// otherwise: without them V8 lets garbage pile up to 1.7 GB before it collects (25,000 offices); with them
// Astro peaks at about 1.2-1.4 GB, in a little less CPU time, and keeps everything it still uses (about
// 250 MB at that size).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { finishAfterAstroVariable } from '../src/lib/buildSteps.ts';

const project = join(import.meta.dirname, '..');
// At most two malloc arenas (glibc; other C libraries ignore it) for Astro and Pagefind, which inherit it:
// with one per thread, a 25,000-office build's memory outside V8's heap grew by tens of megabytes and some
// runs spent half a minute more in the kernel. Seven runs with it: 52.7-56.2 s and 1,474-1,499 MB; thirteen
// without: 51.7-71.2 s and 1,427-1,626 MB (2026-11-24, 2 cores).
process.env['MALLOC_ARENA_MAX'] ??= '2';
const heapCap = '--max-old-space-size=1024 --max-semi-space-size=16';
const nodeOptions = process.env.NODE_OPTIONS ?? heapCap;
const astro = spawnSync(
  process.execPath,
  [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions, [finishAfterAstroVariable]: '1' },
  },
);
if (astro.status !== 0) {
  // V8 ends a process that outgrows its heap with SIGABRT and a message about the heap, not about the cap.
  if (astro.signal === 'SIGABRT' && nodeOptions === heapCap)
    console.error(
      `astro build ran out of memory within its cap (${heapCap}, scripts/build.ts). A larger site may need more: NODE_OPTIONS=--max-old-space-size=2048 npm run build`,
    );
  process.exit(astro.status ?? 1);
}

// Loaded only now: held while Astro runs, they would count towards the build's peak.
const { writeSearchIndex } = await import('../src/integrations/searchWords.ts');
const { writeVcardFiles } = await import('../src/integrations/vcardFiles.ts');
const { writeHeadersFile } = await import('../src/integrations/securityHeaders.ts');
const dist = join(project, 'dist');
const log = (step: string) => (message: string) => console.log(`[${step}] ${message}`);
const started = performance.now();
// Pagefind works in a process of its own and the vCards wait on the disk: _headers is read and written
// here in the meantime.
const indexing = writeSearchIndex(dist, pathToFileURL(`${project}/`), log('search-words'));
const writingCards = writeVcardFiles(dist);
log('security-headers')(`_headers written for ${writeHeadersFile(dist)} pages`);
const [, cards] = await Promise.all([indexing, writingCards]);
log('vcard-files')(`${cards} vCards written`);
console.log(`[build] search index, vCards and _headers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
