// The benchmark runs and prints every figure (a small synthetic size here; the full 2,500 by hand).
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('npm run bench measures a synthetic directory site', () => {
  test.setTimeout(240_000);
  const output = execFileSync(process.execPath, ['scripts/bench.mjs', '--offices', '40', '--skip-real', '--json'], {
    encoding: 'utf8',
  });
  const [synthetic] = JSON.parse(output.slice(output.indexOf('['))) as Record<string, number | string>[];
  expect(synthetic!['label']).toBe('40 centres');
  expect(synthetic!['pages']).toBeGreaterThan(30);
  for (const figure of [
    'buildSeconds',
    'cpuSeconds',
    'pagesPerSecond',
    'peakMemoryMB',
    'files',
    'headerRules',
    'feedKB',
    'pagefindIndexKB',
    'firstQueryKB',
    'heaviestPageKB',
  ])
    expect(synthetic![figure], figure).toBeGreaterThan(0);
  // The budgets it checks, and what it found over them, are in the report.
  expect(Array.isArray(synthetic!['missedBudgets'])).toBe(true);
  expect(synthetic!['heaviestPageKB']).toBeLessThanOrEqual(20);
});
