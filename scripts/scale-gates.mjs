// The gates over a large directory: builds a temporary copy of the site with N synthetic social welfare
// centres (default 2,500, about as many as Poland has) and runs the budget, link and accessibility tests
// over it; the browser tests open a sample of its voivodeship pages (PAGE_SAMPLE), the file checks read
// every page. Usage: npm run test:scale [-- --offices 2500 --sample 4 --keep]
import { spawnSync } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { copyProject, removeCopy, runTool } from './project-copy.mjs';
import { syntheticOffices } from './synthetic-offices.mjs';

const { values } = parseArgs({
  options: {
    offices: { type: 'string', default: '2500' },
    sample: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
  },
});
const project = join(import.meta.dirname, '..');
const started = performance.now();
const copy = copyProject();
try {
  writeFileSync(join(copy, 'content/data/offices.yaml'), stringify(syntheticOffices(Number(values.offices))));
  const build = runTool('astro', ['build'], copy);
  if (build.status !== 0) {
    process.stderr.write(build.output);
    throw new Error(`the build with ${values.offices} offices failed`);
  }
  console.log(`built ${values.offices} offices in ${build.seconds.toFixed(1)} s`);
  const specs = ['budgets', 'links', 'accessibility'].map((name) => `tests/e2e/${name}.spec.ts`);
  // A page of 40 offices is the longest the accessibility check reads: more time than a content page.
  const playwright = [
    realpathSync(join(project, 'node_modules/.bin/playwright')),
    'test',
    ...specs,
    '--timeout',
    '120000',
  ];
  const tests = spawnSync(process.execPath, playwright, {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, DIST_DIR: join(copy, 'dist'), PAGE_SAMPLE: values.sample },
  });
  process.exitCode = tests.status ?? 1;
} finally {
  if (values.keep) console.log(`Kept: ${copy}`);
  else removeCopy(copy);
  console.log(`scale gates: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
